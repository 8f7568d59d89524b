import { Badge, Button, Group, Loader, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  PROCESSING_RECORD_FIELDS,
  RETENTION_KINDS,
  privacyDutiesContract,
  type ProcessingRecord,
  type ProcessingRecordField,
  type RetentionKind,
  type RetentionSettings,
} from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { useUnsavedGuard } from '../../components/unsaved';
import { call, toApiError } from '../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { notifySuccess } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';
import { useRun } from '../../lib/use-run';

type PeriodValues = Record<RetentionKind, number | string>;

// NumberInput gives '' when emptied; the schema then names the field instead of reading 0.
const toPeriods = (v: PeriodValues) => ({
  periods: Object.fromEntries(RETENTION_KINDS.map((k) => [k, v[k] === '' ? Number.NaN : Number(v[k])])) as Record<RetentionKind, number>,
});

function RetentionForm({ initial }: { initial: RetentionSettings }) {
  const { t } = useTranslation();
  const validate = schemaValidator(privacyDutiesContract['privacy:setRetention'].input);
  const start = Object.fromEntries(initial.periods.map((p) => [p.kind, p.months])) as PeriodValues;
  const form = useForm<PeriodValues>({
    mode: 'controlled',
    initialValues: start,
    // The schema's errors are on `periods.<kind>`; the form's fields are the kinds.
    validate: (values) => Object.fromEntries(Object.entries(validate(toPeriods(values))).map(([k, v]) => [k.replace(/^periods\./, ''), v])),
  });
  const guard = useUnsavedGuard(() => form.isDirty());
  const submit = form.onSubmit(async (values, event) => {
    try {
      const saved = await call('privacy:setRetention', toPeriods(values));
      const next = Object.fromEntries(saved.periods.map((p) => [p.kind, p.months])) as PeriodValues;
      form.setInitialValues(next);
      form.setValues(next);
      notifySuccess(t('privacyDuties.settings.saved'));
    } catch (err) {
      const error = toApiError(err);
      const fields = error.fields
        ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.replace(/^periods\./, ''), v]))
        : undefined;
      handleFormError(form, error.withFields(fields), { root: formOf(event) });
    }
  });
  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-labelledby="retention-title">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {RETENTION_KINDS.map((kind) => (
            <NumberInput
              key={kind}
              label={t(`privacyDuties.kinds.${kind}`)}
              description={t(`privacyDuties.kindHints.${kind}`)}
              rightSection={<Text size="xs" c="dimmed" pr="xs">{t('privacyDuties.settings.months')}</Text>}
              rightSectionWidth={64}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
              data-testid={`retention-${kind}`}
              {...form.getInputProps(kind)}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
      {guard.dialog}
    </form>
  );
}

function RecordForm({ initial }: { initial: ProcessingRecord }) {
  const { t } = useTranslation();
  const form = useForm<Record<ProcessingRecordField, string>>({ mode: 'controlled', initialValues: initial.texts });
  const guard = useUnsavedGuard(() => form.isDirty());
  const printing = useRun();
  const submit = form.onSubmit(async (values, event) => {
    try {
      const saved = await call('privacy:setProcessingRecord', { texts: values });
      form.setInitialValues(saved.texts);
      form.setValues(saved.texts);
      notifySuccess(t('privacyDuties.settings.recordSaved'));
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });
  const print = () =>
    printing.run(async () => {
      const res = await call('privacy:printProcessingRecord', { target: 'pdf' });
      if (res.path) notifySuccess(t('privacyDuties.settings.printed', { path: res.path }));
    });
  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-labelledby="record-title">
      <Stack gap="md">
        {PROCESSING_RECORD_FIELDS.map((field) => (
          <Textarea
            key={field}
            label={
              <Group gap="xs" component="span">
                <span>{t(`privacyDuties.settings.fields.${field}`)}</span>
                {initial.defaults.includes(field) && form.values[field] === initial.texts[field] ? (
                  <Badge size="xs" variant="light" color="gray" component="span">
                    {t('privacyDuties.settings.isDefault')}
                  </Badge>
                ) : null}
              </Group>
            }
            autosize
            minRows={2}
            maxRows={8}
            data-testid={`record-${field}`}
            {...form.getInputProps(field)}
          />
        ))}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('app.save')}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} />} loading={printing.busy} onClick={() => void print()} disabled={form.isDirty()}>
            {t('privacyDuties.settings.print')}
          </Button>
        </Group>
        {printing.error ? <InlineError error={printing.error} /> : null}
      </Stack>
      {guard.dialog}
    </form>
  );
}

/** Pengaturan › Data pribadi: the retention period of each kind of record and the record of processing's texts. */
export function PrivacySettingsTab() {
  const { t } = useTranslation();
  const retention = useApiQuery('privacy:retention', undefined, { live: false });
  const record = useApiQuery('privacy:processingRecord', undefined, { live: false });
  return (
    <Stack gap="lg" maw={960}>
      <Paper withBorder radius="md" p="lg">
        <Title order={2} size="h4" id="retention-title" mb={4}>
          {t('privacyDuties.settings.retentionTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('privacyDuties.settings.retentionIntro')}
        </Text>
        {retention.error ? <InlineError error={retention.error} onRetry={retention.refetch} /> : null}
        {retention.data ? <RetentionForm key={retention.data.updatedAt ?? 'default'} initial={retention.data} /> : retention.error ? null : <Loader aria-label={t('app.loading')} />}
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Title order={2} size="h4" id="record-title" mb={4}>
          {t('privacyDuties.settings.recordTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('privacyDuties.settings.recordIntro')}
        </Text>
        {record.error ? <InlineError error={record.error} onRetry={record.refetch} /> : null}
        {record.data ? <RecordForm key={record.data.updatedAt ?? 'default'} initial={record.data} /> : record.error ? null : <Loader aria-label={t('app.loading')} />}
      </Paper>
    </Stack>
  );
}


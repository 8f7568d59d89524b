import { Button, Group, Loader, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail, ExportRecord } from '../../../../shared/contract';
import { breachInput } from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { call } from '../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { formatDay } from '../../lib/format';
import { formatInstant, officeClock, officeInstant, officeToday } from '../../lib/office-time';
import { useApiQuery } from '../../lib/query';
import { useOfficeTimeZone } from '../../app/settings';

interface Values {
  exportId: string | null;
  title: string;
  occurredAt: string;
  discoveredAt: string;
  description: string;
  measures: string;
}

/** What an export held, in a line: when, its scope, its contents, and whether it was encrypted. */
export function exportLabel(e: ExportRecord, zone: string, t: TFunction): string {
  const s = e.scope;
  const scope = !s
    ? '—'
    : s.kind === 'all'
      ? t('privacyDuties.breaches.scopeAll')
      : s.kind === 'dateRange'
        ? t('privacyDuties.breaches.scopeRange', { from: formatDay(s.from), to: formatDay(s.to) })
        : s.kind === 'regencies'
          ? t('privacyDuties.breaches.scopeRegencies', { count: s.codes.length })
          : t('privacyDuties.breaches.scopeBusinesses', { count: s.ids.length });
  return t('privacyDuties.breaches.exportOption', {
    date: formatInstant(e.at, zone),
    scope,
    contents: e.contents.join(', ').toUpperCase(),
    encrypted: e.encrypted ? t('privacyDuties.breaches.exportEncrypted') : '',
  });
}

/** Registers a breach of a past export: the export picked from the history, what happened and what is done about it. */
export function BreachForm({ opened, onClose, onSaved }: { opened: boolean; onClose: () => void; onSaved: (b: BreachDetail) => void }) {
  const { t } = useTranslation();
  const zone = useOfficeTimeZone();
  const now = `${officeToday(zone)}T${officeClock(zone)}`;
  const toInput = (v: Values) => ({
    exportId: v.exportId ?? '',
    title: v.title,
    occurredAt: v.occurredAt ? officeInstant(v.occurredAt, zone) : null,
    discoveredAt: officeInstant(v.discoveredAt, zone) ?? '',
    description: v.description,
    measures: v.measures,
  });
  const validate = schemaValidator(breachInput);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { exportId: null, title: '', occurredAt: '', discoveredAt: now, description: '', measures: '' },
    validate: (values) => validate(toInput(values)),
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('privacyDuties.breaches.formTitle')} size="lg">
      <ExportChoices>
        {(exports) => (
          <form
            noValidate
            onKeyDown={keepEnterFromSubmitting}
            onSubmit={form.onSubmit(async (values, event) => {
              try {
                const saved = await call('privacy:createBreach', toInput(values));
                form.reset();
                onSaved(saved);
              } catch (err) {
                handleFormError(form, err, { root: formOf(event) });
              }
            })}
          >
            <Stack gap="sm">
              <Select
                label={t('privacyDuties.breaches.exportLabel')}
                description={t('privacyDuties.breaches.exportHint')}
                data={exports.map((e) => ({ value: e.id, label: exportLabel(e, zone, t) }))}
                nothingFoundMessage={t('privacyDuties.breaches.noExports')}
                withAsterisk
                data-testid="breach-export"
                {...form.getInputProps('exportId')}
              />
              <TextInput label={t('privacyDuties.breaches.titleLabel')} placeholder={t('privacyDuties.breaches.titlePlaceholder')} withAsterisk {...form.getInputProps('title')} />
              <Group grow align="flex-start">
                <TextInput type="datetime-local" label={t('privacyDuties.breaches.occurredLabel')} {...form.getInputProps('occurredAt')} />
                <TextInput type="datetime-local" label={t('privacyDuties.breaches.discoveredLabel')} withAsterisk {...form.getInputProps('discoveredAt')} />
              </Group>
              <Textarea label={t('privacyDuties.breaches.descriptionLabel')} description={t('privacyDuties.breaches.descriptionHint')} withAsterisk autosize minRows={2} {...form.getInputProps('description')} />
              <Textarea label={t('privacyDuties.breaches.measuresLabel')} description={t('privacyDuties.breaches.measuresHint')} withAsterisk autosize minRows={2} {...form.getInputProps('measures')} />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('app.cancel')}
                </Button>
                <Button type="submit" loading={form.submitting}>
                  {t('privacyDuties.breaches.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </ExportChoices>
    </Modal>
  );
}

/** The export history, loaded once the form opens. */
function ExportChoices({ children }: { children: (exports: ExportRecord[]) => ReactNode }) {
  const { t } = useTranslation();
  const exports = useApiQuery('privacy:exports', undefined, { live: false });
  if (exports.error) return <InlineError error={exports.error} onRetry={exports.refetch} />;
  if (!exports.data) return <Loader aria-label={t('app.loading')} />;
  if (exports.data.length === 0) return <Text size="sm">{t('privacyDuties.breaches.noExports')}</Text>;
  return <>{children(exports.data)}</>;
}

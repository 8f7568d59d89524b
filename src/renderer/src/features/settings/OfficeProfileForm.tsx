import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONES, officeProfileInput, type OfficeProfile, type Settings } from '../../../../shared/contract';
import { LIMITS } from '../../../../shared/validation/fields';
import { useUnsavedGuard } from '../../components/unsaved';
import { call } from '../../lib/api';
import { focusFirstInvalid, formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { notifySuccess } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';
import { LogoField } from './LogoField';
import { type OfficeFormValues, officeFormValues } from './office-values';

interface OfficeProfileFormProps {
  office: OfficeProfile | null | undefined;
  onSaved?: (settings: Settings) => void;
}

const toOptions = (regions: Array<{ code: string; name: string }> | undefined) =>
  (regions ?? []).map((r) => ({ value: r.code, label: r.name }));

/** "Profil Kantor": checked with the same schema main uses; server field errors land on fields. */
export function OfficeProfileForm({ office, onSaved }: OfficeProfileFormProps) {
  const { t } = useTranslation();
  const form = useForm<OfficeFormValues>({
    initialValues: officeFormValues(office),
    validate: schemaValidator(officeProfileInput),
  });
  const guard = useUnsavedGuard(() => form.isDirty());

  const submit = form.onSubmit(async (values, event) => {
    // Captured now: React clears currentTarget once the handler has returned.
    const root = formOf(event);
    try {
      const settings = await call('settings:updateOffice', values);
      const saved = officeFormValues(settings.office);
      form.setValues(saved);
      form.resetDirty(saved);
      notifySuccess(t('settings.office.saved'));
      onSaved?.(settings);
    } catch (err) {
      handleFormError(form, err, { root });
    }
  }, (_errors, _values, event) => focusFirstInvalid(formOf(event)));

  const changeProvince = (value: string | null) => {
    form.setFieldValue('provinceCode', value);
    const regency = form.getValues().regencyCode;
    if (regency && !(value && regency.startsWith(`${value}.`))) form.setFieldValue('regencyCode', null);
  };

  const timeZones = TIME_ZONES.map((tz) => ({ value: tz, label: t(`timeZones.${tz}`) }));
  const provinceCode = form.values.provinceCode;
  const provinces = toOptions(useApiQuery('regions:children', { parentCode: null }).data);
  const regencies = toOptions(useApiQuery('regions:children', { parentCode: provinceCode ?? '' }, { enabled: Boolean(provinceCode) }).data);

  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-label={t('settings.tabs.office')}>
      <Stack gap="lg" maw={760}>
        <Fieldset legend={t('firstRun.officeSection')}>
          <Stack gap="sm">
            <TextInput
              label={t('fields.officeName')}
              placeholder={t('placeholders.officeName')}
              withAsterisk
              maxLength={LIMITS.line}
              {...form.getInputProps('officeName')}
            />
            <TextInput
              label={t('fields.unitName')}
              placeholder={t('placeholders.unitName')}
              maxLength={LIMITS.line}
              {...form.getInputProps('unitName')}
            />
            <Textarea
              label={t('fields.address')}
              autosize
              minRows={2}
              maxRows={4}
              maxLength={LIMITS.address}
              {...form.getInputProps('address')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('fields.phone')}
                placeholder={t('placeholders.phone')}
                inputMode="tel"
                {...form.getInputProps('phone')}
              />
              <TextInput
                label={t('fields.email')}
                placeholder={t('placeholders.email')}
                type="email"
                {...form.getInputProps('email')}
              />
              <Select
                label={t('fields.provinceCode')}
                placeholder={t('placeholders.selectProvince')}
                data={provinces}
                searchable
                clearable
                allowDeselect
                {...form.getInputProps('provinceCode')}
                onChange={changeProvince}
              />
              <Select
                label={t('fields.regencyCode')}
                placeholder={t('placeholders.selectRegency')}
                data={regencies}
                searchable
                clearable
                allowDeselect
                disabled={regencies.length === 0}
                {...form.getInputProps('regencyCode')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('settings.office.deskSection')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('fields.deskCode')}
                placeholder={t('placeholders.deskCode')}
                maxLength={6}
                withAsterisk
                {...form.getInputProps('deskCode')}
                onChange={(e) => form.setFieldValue('deskCode', e.currentTarget.value.toUpperCase())}
              />
              <Select label={t('fields.timeZone')} data={timeZones} withAsterisk {...form.getInputProps('timeZone')} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('firstRun.deskCodeHelp')}
            </Text>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('settings.office.letterheadSection')}>
          <LogoField
            value={form.values.logoDataUrl}
            onChange={(value) => form.setFieldValue('logoDataUrl', value)}
            error={form.errors.logoDataUrl}
            onProblem={(key) => form.setFieldError('logoDataUrl', t(key))}
          />
        </Fieldset>

        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('app.requiredNote')}
          </Text>
          <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={18} />}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
      {guard.dialog}
    </form>
  );
}

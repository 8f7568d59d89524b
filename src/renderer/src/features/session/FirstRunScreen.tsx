import { Button, Center, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, TIME_ZONES, firstRunInput, type FirstRunInput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { focusFirstInvalid, formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { useSettings } from '../../app/settings';
import { useSession } from './SessionProvider';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { PinField } from './PinField';

interface FirstRunValues {
  officeName: string;
  deskCode: string;
  timeZone: FirstRunInput['timeZone'];
  consultant: { name: string; nip: string; phone: string; pin: string };
  /** The PIN typed again; not sent. */
  confirmPin: string;
}

/** A fresh install: the office, this desk's code and the first consultant, in one step. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const { setSession } = useSession();
  // First-run writes the office too, and main announces only the session: load settings again.
  const { reload: reloadSettings } = useSettings();
  const form = useForm<FirstRunValues>({
    initialValues: {
      officeName: '',
      deskCode: '',
      timeZone: DEFAULT_TIME_ZONE,
      consultant: { name: '', nip: '', phone: '', pin: '' },
      confirmPin: '',
    },
    validate: (values) => {
      const { confirmPin, ...input } = values;
      const errors = schemaValidator(firstRunInput)(input);
      if (!errors['consultant.pin'] && confirmPin !== input.consultant.pin) errors['confirmPin'] = t('lock.pinMismatch');
      return errors;
    },
  });

  const submit = form.onSubmit(async (values, event) => {
    // Captured now: React clears currentTarget once the handler has returned.
    const root = formOf(event);
    try {
      const { confirmPin: _typedTwice, ...input } = values;
      const session = await call('session:firstRun', input);
      notifySuccess(t('firstRun.done'));
      reloadSettings();
      setSession(session);
    } catch (err) {
      handleFormError(form, err, { root });
    }
  }, (_errors, _values, event) => focusFirstInvalid(formOf(event)));

  const timeZones = TIME_ZONES.map((tz) => ({ value: tz, label: t(`timeZones.${tz}`) }));

  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" radius="lg" p="xl" w="100%" maw={960}>
        <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
          <Stack gap="lg">
            <Stack gap="xs">
              <ThemeIcon size={48} radius="xl" variant="light">
                <IconBuildingStore size={28} />
              </ThemeIcon>
              <Title order={1} size="h2">
                {t('firstRun.title')}
              </Title>
              <Text c="dimmed">{t('firstRun.intro')}</Text>
            </Stack>

            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Fieldset legend={t('firstRun.officeSection')}>
                <Stack gap="sm">
                  <TextInput
                    label={t('fields.officeName')}
                    placeholder={t('placeholders.officeName')}
                    withAsterisk
                    {...form.getInputProps('officeName')}
                  />
                  <TextInput
                    label={t('fields.deskCode')}
                    description={t('firstRun.deskCodeHelp')}
                    placeholder={t('placeholders.deskCode')}
                    maxLength={6}
                    withAsterisk
                    {...form.getInputProps('deskCode')}
                    onChange={(e) => form.setFieldValue('deskCode', e.currentTarget.value.toUpperCase())}
                  />
                  <Select label={t('fields.timeZone')} data={timeZones} withAsterisk {...form.getInputProps('timeZone')} />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('firstRun.consultantSection')}>
                <Stack gap="sm">
                  <TextInput label={t('fields.consultantName')} withAsterisk {...form.getInputProps('consultant.name')} />
                  <TextInput
                    label={t('fields.nip')}
                    placeholder={t('placeholders.nip')}
                    inputMode="numeric"
                    {...form.getInputProps('consultant.nip')}
                  />
                  <TextInput
                    label={t('fields.phone')}
                    placeholder={t('placeholders.phone')}
                    inputMode="tel"
                    {...form.getInputProps('consultant.phone')}
                  />
                  <PinField label={t('lock.pin')} description={t('lock.firstRunPinHelp')} withAsterisk {...form.getInputProps('consultant.pin')} />
                  <PinField label={t('lock.confirmPin')} withAsterisk {...form.getInputProps('confirmPin')} />
                </Stack>
              </Fieldset>
            </SimpleGrid>

            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('app.requiredNote')}
              </Text>
              <Button type="submit" size="md" px="xl" loading={form.submitting}>
                {t('firstRun.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

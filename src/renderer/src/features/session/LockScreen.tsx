import { Avatar, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconChevronRight, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultant } from '../../../../shared/contract';
import { formatPhoneLocal } from '../../../../shared/validation/fields';
import { InlineError } from '../../components/InlineError';
import { call } from '../../lib/api';
import { focusFirstInvalid, handleFormError } from '../../lib/form-errors';
import { useApiQuery } from '../../lib/query';
import { useSettings } from '../../app/settings';
import { initials } from './initials';
import { PinField, pinError } from './PinField';
import { useSession } from './SessionProvider';
import classes from './LockScreen.module.css';

/**
 * The lock screen: at start (nobody on duty: choose your name, then your PIN) and whenever the desk
 * locks (the consultant on duty enters their PIN; another may sign in instead). It covers the
 * whole window; under it the screens keep what was typed.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { settings } = useSettings();
  const onDuty = session?.consultant ?? null;
  const consultants = useApiQuery('consultants:list', { includeInactive: false });
  // Locked with someone on duty: their PIN first; "Konsultan lain" opens the list.
  const [chosen, setChosen] = useState<Consultant | null>(onDuty);
  const active = consultants.data ?? [];
  const current = chosen ? (active.find((c) => c.id === chosen.id) ?? chosen) : null;

  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" radius="lg" p="xl" w="100%" maw={current ? 460 : 720}>
        <Stack gap="lg">
          <Stack gap={4}>
            {settings?.office.officeName ? (
              <Text size="sm" c="dimmed" fw={500}>
                {settings.office.officeName}
              </Text>
            ) : null}
            <Group gap="xs" wrap="nowrap">
              {onDuty ? <IconLock size={24} aria-hidden /> : null}
              <Title order={1} size="h2">
                {onDuty ? t('lock.title') : t('session.chooseTitle')}
              </Title>
            </Group>
            {!current ? <Text c="dimmed">{t('lock.chooseHint')}</Text> : null}
          </Stack>
          {current ? (
            <PinForm key={current.id} consultant={current} onDuty={onDuty?.id === current.id} onOther={() => setChosen(null)} />
          ) : (
            <>
              {consultants.error ? <InlineError error={consultants.error} onRetry={consultants.refetch} /> : null}
              {consultants.loading && !consultants.data ? <Loader aria-label={t('app.loading')} /> : null}
              {consultants.data?.length === 0 ? <Text>{t('session.noActive')}</Text> : null}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {active.map((c) => (
                  <UnstyledButton key={c.id} className={classes.card} onClick={() => setChosen(c)} aria-label={t('session.signInAs', { name: c.name })}>
                    <Group wrap="nowrap">
                      <Avatar color="klinik" radius="xl">
                        {initials(c.name)}
                      </Avatar>
                      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                        <Text fw={600} truncate>
                          {c.name}
                        </Text>
                        <Text size="xs" c="dimmed" truncate>
                          {c.nip ?? (c.phone ? formatPhoneLocal(c.phone) : '\u00a0')}
                        </Text>
                      </Stack>
                      <IconChevronRight size={18} stroke={1.5} />
                    </Group>
                  </UnstyledButton>
                ))}
              </SimpleGrid>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

interface PinValues {
  pin: string;
  confirm: string;
}

/** The chosen consultant's PIN; one without a PIN yet makes one here (typed twice). */
function PinForm({ consultant, onDuty, onOther }: { consultant: Consultant; onDuty: boolean; onOther: () => void }) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const setting = !consultant.hasPin;
  const form = useForm<PinValues>({
    initialValues: { pin: '', confirm: '' },
    validate: {
      pin: (value: string) => pinError(value),
      confirm: (value, values) => (setting && value !== values.pin ? t('lock.pinMismatch') : null),
    },
  });

  const submit = form.onSubmit(
    async (values, event) => {
      const root = event?.currentTarget instanceof HTMLElement ? event.currentTarget : null;
      try {
        setSession(await call('session:start', { consultantId: consultant.id, pin: values.pin }));
      } catch (err) {
        form.setFieldValue('pin', '');
        form.setFieldValue('confirm', '');
        handleFormError(form, err, { root });
      }
    },
    (_errors, _values, event) => focusFirstInvalid(event?.currentTarget instanceof HTMLElement ? event.currentTarget : null),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('lock.chosen')}>
      <Stack gap="md">
        <Group wrap="nowrap">
          <Avatar color="klinik" radius="xl" size="lg">
            {initials(consultant.name)}
          </Avatar>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('lock.chosen')}
            </Text>
            <Text fw={600} size="lg">
              {consultant.name}
            </Text>
          </Stack>
        </Group>
        <Text size="sm" c="dimmed">
          {setting ? t('lock.setPinHint', { name: consultant.name }) : onDuty ? t('lock.lockedHint', { name: consultant.name }) : t('lock.chooseHint')}
        </Text>
        <PinField label={setting ? t('lock.newPin') : t('lock.pin')} description={t('lock.pinHelp')} withAsterisk data-autofocus autoFocus {...form.getInputProps('pin')} />
        {setting ? <PinField label={t('lock.confirmPin')} withAsterisk {...form.getInputProps('confirm')} /> : null}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onOther}>
            {onDuty ? t('lock.otherConsultant') : t('lock.back')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {setting ? t('lock.setAndSignIn') : onDuty ? t('lock.unlock') : t('lock.signIn')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Avatar, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhoneLocal } from '../../../../shared/validation/fields';
import { InlineError } from '../../components/InlineError';
import { call, toApiError } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';
import { useSettings } from '../../app/settings';
import { initials } from './initials';
import { useSession } from './SessionProvider';
import classes from './ChooseConsultantScreen.module.css';

/** "Who is on duty today?": one click on an active consultant starts the session. */
export function ChooseConsultantScreen() {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const { settings } = useSettings();
  const consultants = useApiQuery('consultants:list', { includeInactive: false });
  const [starting, setStarting] = useState<string | null>(null);

  const start = async (consultantId: string) => {
    setStarting(consultantId);
    try {
      setSession(await call('session:start', { consultantId }));
    } catch (err) {
      notifyError(toApiError(err));
      consultants.refetch();
    } finally {
      setStarting(null);
    }
  };

  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" radius="lg" p="xl" w="100%" maw={720}>
        <Stack gap="lg">
          <Stack gap={4}>
            {settings?.office.officeName ? (
              <Text size="sm" c="dimmed" fw={500}>
                {settings.office.officeName}
              </Text>
            ) : null}
            <Title order={1} size="h2">
              {t('session.chooseTitle')}
            </Title>
            <Text c="dimmed">{t('session.chooseHint')}</Text>
          </Stack>
          {consultants.error ? <InlineError error={consultants.error} onRetry={consultants.refetch} /> : null}
          {consultants.loading && !consultants.data ? <Loader aria-label={t('app.loading')} /> : null}
          {consultants.data?.length === 0 ? <Text>{t('session.noActive')}</Text> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {consultants.data?.map((c) => (
              <UnstyledButton
                key={c.id}
                className={classes.card}
                onClick={() => void start(c.id)}
                disabled={starting !== null}
                aria-label={t('session.signInAs', { name: c.name })}
              >
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
                  {starting === c.id ? <Loader size="xs" /> : <IconChevronRight size={18} stroke={1.5} />}
                </Group>
              </UnstyledButton>
            ))}
          </SimpleGrid>
        </Stack>
      </Paper>
    </Center>
  );
}

import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api';
import { describeError } from '../lib/notify';

/** Full-window loader, shown while the session and settings load at start. */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Stack align="center" gap="sm">
        <Loader aria-label={t('app.loading')} />
        <Text c="dimmed">{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}

/** Full-window error with a retry, for when start-up calls fail. */
export function StartErrorScreen({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  const { title, message } = describeError(error);
  return (
    <Center h="100vh" p="xl">
      <Stack align="center" gap="sm" maw={480} role="alert">
        <Title order={2}>{t('app.startFailed')}</Title>
        <Text fw={600}>{title}</Text>
        <Text c="dimmed" ta="center">
          {message}
        </Text>
        <Button onClick={onRetry}>{t('app.retry')}</Button>
      </Stack>
    </Center>
  );
}

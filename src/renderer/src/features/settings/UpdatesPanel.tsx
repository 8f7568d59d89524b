import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, UpdateCheck } from '../../../../shared/contract';
import { messageText } from '../../../../shared/messages';
import { InlineError } from '../../components/InlineError';
import { call } from '../../lib/api';
import { describeError } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';
import { useRun } from '../../lib/use-run';

/** Where updates come from, the update folder, and "Periksa pembaruan" with what it found. */
export function UpdatesPanel() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
  const settings = useApiQuery('updates:settings', undefined, { live: false });
  const [folder, setFolder] = useState<string | null>(null);
  const [result, setResult] = useState<UpdateCheck | null>(null);
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);

  if (settings.error) return <InlineError error={settings.error} onRetry={settings.refetch} />;
  const shown = folder ?? settings.data?.folder ?? '';

  const save = () =>
    run(async () => {
      await call('updates:setFolder', { folder: shown.trim() === '' ? null : shown.trim() });
      setSaved(true);
    });
  const check = () => run(async () => setResult(await call('updates:check')));
  const install = (from: string) => run(async () => void (await call('updates:install', { folder: from })));

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('updates.title')}
        </Title>
        <Text size="sm">{t('updates.sources', { driveFolder: 'klinik-bisnis-update' })}</Text>
        <Group align="flex-end">
          <TextInput
            label={t('updates.folder')}
            description={t('updates.folderHint')}
            value={shown}
            onChange={(e) => {
              setFolder(e.currentTarget.value);
              setSaved(false);
            }}
            style={{ flex: 1 }}
          />
          <Button variant="default" onClick={() => void save()} disabled={busy}>
            {t('updates.saveFolder')}
          </Button>
        </Group>
        {saved && (
          <Text size="sm" role="status">
            {t('updates.saved')}
          </Text>
        )}
        <Group>
          <Button onClick={() => void check()} loading={busy} data-testid="check-updates">
            {t('updates.check')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert" title={describeError(error).title}>
            {describeError(error).message}
          </Alert>
        )}
        {result && (
          <Stack gap="xs" data-testid="update-result">
            {result.found ? (
              <Alert color="teal" title={t('updates.found', { version: result.found.version, folder: result.found.folder })}>
                <Stack gap="xs">
                  <Text size="sm">{t('updates.installing')}</Text>
                  <Group>
                    <Button onClick={() => void install(result.found!.folder)} loading={busy}>
                      {t('updates.install', { version: result.found.version })}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <Text size="sm">{t('updates.none')}</Text>
            )}
            {result.refused.map((r) => (
              <Alert key={r.folder} color="orange" variant="light" title={t('updates.refused', { folder: r.folder })}>
                <Text size="sm">{messageText(language, `updates.${r.reason}`, { version: r.version ?? '', current: result.appVersion })}</Text>
              </Alert>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

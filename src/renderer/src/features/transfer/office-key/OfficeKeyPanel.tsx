import { Alert, Badge, Button, Divider, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileImport, IconKey, IconPlus, IconRefreshAlert, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeKeyStatus } from '../../../../../shared/contract';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { InlineError } from '../../../components/InlineError';
import { useOfficeTimeZone } from '../../../app/settings';
import { call, toApiError, type ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { keepAnswer, useApiQuery } from '../../../lib/query';
import { useSession } from '../../session';
import { fieldMessage } from '../issues';
import { KeyFileSave } from './KeyFileSave';
import { KeyReveal } from './KeyReveal';

/** A change of key waiting for "Ganti kunci": a new key, one typed, or one from a key file. */
type Replacement = { kind: 'create' } | { kind: 'join'; key: string } | { kind: 'file'; path: string };

/**
 * Kunci kantor: whether this desk has the office key (fingerprint to compare by eye), making it at
 * the first desk, showing and saving it for the others, and entering it (typed or from its file) at
 * a second desk. Replacing a key asks first: packages locked with the old one no longer open.
 */
export function OfficeKeyPanel() {
  const { t, i18n } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const status = useApiQuery('transfer:officeKey');
  const admin = useSession().session?.consultant?.role === 'admin';
  const [typed, setTyped] = useState('');
  const [joinError, setJoinError] = useState<ApiError | null>(null);
  const [fileError, setFileError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'create' | 'join' | 'file' | null>(null);
  const [replacing, setReplacing] = useState<Replacement | null>(null);
  const current = status.data;

  const stored = (next: OfficeKeyStatus, message: string) => {
    keepAnswer('transfer:officeKey', undefined, next);
    notifySuccess(message);
  };

  /** Runs one change of key; a typed key the core refuses is answered on its field. */
  const apply = async (change: Replacement) => {
    if (change.kind === 'create') {
      stored(await call('transfer:createOfficeKey'), t('transfer.officeKey.created'));
    } else if (change.kind === 'join') {
      try {
        stored(await call('transfer:joinOfficeKey', { key: change.key }), t('transfer.officeKey.joined'));
        setTyped('');
      } catch (err) {
        const error = toApiError(err);
        if (!error.fields?.['key']) throw error;
        setJoinError(error);
      }
    } else {
      try {
        stored(await call('transfer:importOfficeKeyFile', { path: change.path }), t('transfer.officeKey.joined'));
      } catch (err) {
        setFileError(toApiError(err));
      }
    }
  };

  /** With a key already here the change waits for the confirmation; without, it runs at once. */
  const start = async (change: Replacement) => {
    if (current?.set) {
      setReplacing(change);
      return;
    }
    setBusy(change.kind);
    try {
      await apply(change);
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  const join = () => {
    setJoinError(null);
    void start({ kind: 'join', key: typed });
  };

  const importFile = async () => {
    setFileError(null);
    try {
      const { path } = await call('transfer:chooseOfficeKeyFile');
      if (path) await start({ kind: 'file', path });
    } catch (err) {
      notifyError(toApiError(err));
    }
  };

  if (status.error) return <InlineError error={status.error} onRetry={status.refetch} />;
  if (!current) return <Loader size="sm" aria-label={t('app.loading')} />;
  const locked = !admin;
  const typedError = fieldMessage(joinError, 'key', i18n.language);

  return (
    <Stack gap="lg" data-testid="office-key-panel">
      <Text size="sm" c="dimmed" maw={820}>
        {t('transfer.officeKey.intro')}
      </Text>

      <Paper withBorder radius="md" p="md" data-testid="office-key-status">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4">
            {t('transfer.officeKey.title')}
          </Title>
          <Badge size="lg" variant="light" color={current.set ? 'teal' : 'yellow'} leftSection={<IconKey size={14} />} tt="none">
            {current.set ? t('transfer.officeKey.set') : t('transfer.officeKey.notSet')}
          </Badge>
        </Group>
        {current.set ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <div>
              <Text size="xs" c="dimmed">
                {t('transfer.officeKey.fingerprint')}
              </Text>
              <Text ff="monospace" fw={700} fz="lg" data-testid="office-key-fingerprint">
                {current.fingerprint}
              </Text>
              <Text size="xs" c="dimmed">
                {t('transfer.officeKey.fingerprintHint')}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('transfer.officeKey.office')}
              </Text>
              <Text fw={600}>{current.officeName ?? '—'}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('transfer.officeKey.setAt')}
              </Text>
              <Text fw={600}>{current.setAt ? formatDateTime(current.setAt, timeZone) : '—'}</Text>
            </div>
          </SimpleGrid>
        ) : null}
      </Paper>

      {locked ? (
        <Alert color="yellow" variant="light" icon={<IconShieldLock size={18} />} data-testid="office-key-admin-only">
          {t('transfer.officeKey.adminOnly')}
        </Alert>
      ) : null}

      {current.set ? (
        <>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('transfer.officeKey.keyTitle')}
            </Title>
            <KeyReveal disabled={locked} />
          </Stack>
          <Divider />
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('transfer.officeKey.saveTitle')}
            </Title>
            <Text size="sm" c="dimmed" maw={820}>
              {t('transfer.officeKey.saveHint')}
            </Text>
            <KeyFileSave disabled={locked} />
          </Stack>
        </>
      ) : (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('transfer.officeKey.firstDesk')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('transfer.officeKey.firstDeskHint')}
          </Text>
          <Group>
            <Button leftSection={<IconPlus size={16} />} onClick={() => void start({ kind: 'create' })} loading={busy === 'create'} disabled={locked}>
              {t('transfer.officeKey.create')}
            </Button>
          </Group>
        </Stack>
      )}

      <Divider />
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('transfer.officeKey.secondDesk')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('transfer.officeKey.secondDeskHint')}
        </Text>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('transfer.officeKey.joinLabel')}
            placeholder={t('transfer.officeKey.joinPlaceholder')}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setJoinError(null);
            }}
            error={typedError}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            w={{ base: '100%', sm: 560 }}
            disabled={locked}
          />
          <Button mt={25} leftSection={<IconKey size={16} />} onClick={join} loading={busy === 'join'} disabled={locked || typed.trim() === ''}>
            {t('transfer.officeKey.joinSubmit')}
          </Button>
        </Group>
        <Group>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => void importFile()} loading={busy === 'file'} disabled={locked}>
            {t('transfer.officeKey.importFile')}
          </Button>
        </Group>
        {fileError ? <InlineError error={fileError} /> : null}
      </Stack>

      {current.set ? (
        <>
          <Divider />
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('transfer.officeKey.replaceSection')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('transfer.officeKey.replaceHint')}
            </Text>
            <Group>
              <Button variant="default" color="red" leftSection={<IconRefreshAlert size={16} />} onClick={() => void start({ kind: 'create' })} disabled={locked}>
                {t('transfer.officeKey.replace')}
              </Button>
            </Group>
          </Stack>
        </>
      ) : null}

      <ConfirmDialog
        opened={replacing !== null}
        onClose={() => setReplacing(null)}
        title={t('transfer.officeKey.replaceTitle')}
        confirmLabel={t('transfer.officeKey.replaceConfirm')}
        confirmIcon={<IconRefreshAlert size={16} />}
        onRefusal="stay"
        onConfirm={async () => {
          if (replacing) await apply(replacing);
        }}
      >
        <Text size="sm">{t('transfer.officeKey.replaceBody', { fingerprint: current.fingerprint ?? '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}

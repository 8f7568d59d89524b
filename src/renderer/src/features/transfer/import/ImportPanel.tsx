import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconKey, IconPackageImport, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ImportPreview, ImportResult } from '../../../../../shared/contract';
import { call, toApiError, type ApiError } from '../../../lib/api';
import { issueLines } from '../issues';
import { describeError } from '../../../lib/notify';
import { OFFICE_KEY_PATH } from '../paths';
import { ProgressPanel } from '../ProgressPanel';
import { newJobId, useTransferProgress } from '../use-progress';
import { noChoices, toApplyInput, type ImportChoices } from './choices';
import { ConflictList } from './ConflictList';
import { DuplicateList } from './DuplicateList';
import { ImportResultView } from './ImportResultView';
import { PreviewSummary } from './PreviewSummary';

type Stage =
  | { state: 'choose' }
  | { state: 'previewing'; jobId: string; cancelling: boolean }
  | { state: 'preview'; preview: ImportPreview }
  | { state: 'applying'; jobId: string; preview: ImportPreview; cancelling: boolean }
  | { state: 'applied'; result: ImportResult };

/** Refusals that the office key panel answers: the desk has no office key, or another one. */
const KEY_REFUSALS: ReadonlySet<string> = new Set(['transfer.package.noOfficeKey', 'transfer.package.wrongOfficeKey']);

function Refused({ title, error }: { title: string; error: ApiError }) {
  const { t, i18n } = useTranslation();
  const { message } = describeError(error);
  const issues = issueLines(error, message, i18n.language);
  const aboutKey = error.sentence ? KEY_REFUSALS.has(error.sentence.key) : false;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert" data-testid="import-error">
      <Text size="sm">{message}</Text>
      {issues.map((issue) => (
        <Text key={issue} size="sm" mt={4}>
          {issue}
        </Text>
      ))}
      {aboutKey ? (
        <Button component={Link} to={OFFICE_KEY_PATH} size="compact-sm" variant="light" color="red" mt="xs" leftSection={<IconKey size={14} />}>
          {t('transfer.import.toOfficeKey')}
        </Button>
      ) : null}
    </Alert>
  );
}

/** Impor: choose a package, preview it against this desk, decide duplicates, apply (conflicts then wait in Konflik). */
export function ImportPanel() {
  const { t } = useTranslation();
  // A package double-clicked in Windows arrives as `?berkas=` (main checked it is a .klb that exists).
  const [params] = useSearchParams();
  const fromOs = params.get('berkas');
  const [openedFromOs, setOpenedFromOs] = useState(fromOs);
  const [path, setPath] = useState<string | null>(fromOs);
  const [password, setPassword] = useState('');
  const [stage, setStage] = useState<Stage>({ state: 'choose' });
  const [choices, setChoices] = useState<ImportChoices>(noChoices);
  const [error, setError] = useState<{ title: string; error: ApiError } | null>(null);
  const [choosing, setChoosing] = useState(false);
  const running = stage.state === 'previewing' || stage.state === 'applying' ? stage.jobId : null;
  const progress = useTransferProgress(running);
  if (fromOs !== openedFromOs && !running) {
    setOpenedFromOs(fromOs);
    if (fromOs) {
      setPath(fromOs);
      setError(null);
      setStage({ state: 'choose' });
    }
  }

  const choose = async () => {
    setChoosing(true);
    try {
      const chosen = await call('transfer:choosePackage');
      if (chosen.path) {
        setPath(chosen.path);
        setError(null);
        setStage({ state: 'choose' });
      }
    } catch (err) {
      setError({ title: t('transfer.import.refusedTitle'), error: toApiError(err) });
    } finally {
      setChoosing(false);
    }
  };

  const previewPackage = () => {
    if (!path) return;
    const jobId = newJobId();
    setError(null);
    setStage({ state: 'previewing', jobId, cancelling: false });
    call('transfer:previewImport', { jobId, path, password: password === '' ? null : password })
      .then((preview) => {
        setChoices(noChoices);
        setStage({ state: 'preview', preview });
      })
      .catch((err: unknown) => {
        setError({ title: t('transfer.import.refusedTitle'), error: toApiError(err) });
        setStage({ state: 'choose' });
      });
  };

  const apply = (preview: ImportPreview) => {
    const jobId = newJobId();
    setError(null);
    setStage({ state: 'applying', jobId, preview, cancelling: false });
    call('transfer:applyImport', toApplyInput(preview, choices, jobId))
      .then((result) => {
        setStage({ state: 'applied', result });
      })
      .catch((err: unknown) => {
        setError({ title: t('transfer.import.failedTitle'), error: toApiError(err) });
        setStage({ state: 'preview', preview });
      });
  };

  const cancel = () => {
    if (stage.state !== 'previewing' && stage.state !== 'applying') return;
    setStage({ ...stage, cancelling: true });
    void call('transfer:cancel', { jobId: stage.jobId }).catch(() => undefined);
  };

  const reset = () => {
    setPath(null);
    setPassword('');
    setChoices(noChoices);
    setError(null);
    setStage({ state: 'choose' });
  };

  if (stage.state === 'applied') return <ImportResultView result={stage.result} onAnother={reset} />;

  const preview = stage.state === 'preview' ? stage.preview : null;
  const busy = stage.state === 'previewing' || stage.state === 'applying';

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('transfer.import.intro')}
          </Text>
          <Group align="flex-end">
            <Button variant="default" leftSection={<IconPackageImport size={16} />} onClick={() => void choose()} loading={choosing} disabled={busy}>
              {t('transfer.import.choose')}
            </Button>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Text size="xs" c="dimmed">
                {t('transfer.import.chosen')}
              </Text>
              <Text size="sm" fw={path ? 600 : undefined} c={path ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }} data-testid="import-path">
                {path ?? t('transfer.import.none')}
              </Text>
            </div>
          </Group>
          <Group align="flex-end">
            <PasswordInput
              label={t('transfer.import.password')}
              description={t('transfer.import.passwordHint')}
              autoComplete="off"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              disabled={busy}
              w={320}
            />
            <Button leftSection={<IconSearch size={16} />} onClick={previewPackage} disabled={!path || busy}>
              {t('transfer.import.preview')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {error ? <Refused title={error.title} error={error.error} /> : null}

      {busy ? (
        <ProgressPanel
          title={stage.state === 'applying' ? t('transfer.phases.apply') : t('transfer.phases.compare')}
          progress={progress}
          onCancel={cancel}
          cancelling={stage.cancelling}
        />
      ) : null}

      {preview ? (
        <Stack gap="lg" data-testid="import-preview">
          <Title order={2} size="h3">{t('transfer.import.previewTitle')}</Title>
          <PreviewSummary preview={preview} />
          <ConflictList preview={preview} />
          <DuplicateList preview={preview} choices={choices} onChange={setChoices} />
          {noChangeIn(preview) ? (
            <Text size="sm" c="dimmed">
              {t('transfer.import.noChanges')}
            </Text>
          ) : null}
          <Group>
            <Button leftSection={<IconFileImport size={16} />} onClick={() => apply(preview)} disabled={preview.problems.length > 0}>
              {t('transfer.import.apply')}
            </Button>
            <Button variant="default" onClick={reset}>
              {t('transfer.import.another')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

function noChangeIn(preview: ImportPreview): boolean {
  return preview.duplicates.length === 0 && preview.tables.every((r) => r.new + r.updated + r.conflicts === 0);
}

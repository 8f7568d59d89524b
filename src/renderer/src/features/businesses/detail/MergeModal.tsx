import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { InlineError } from '../../../components/InlineError';
import { call, toApiError } from '../../../lib/api';
import { translateIssue } from '../../../lib/form-errors';
import { describeError, notifySuccess } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';
import { MergeCompare } from './MergeCompare';
import { differingRows, takeFromMerged, type Choice } from './merge-groups';
import { MergePicker } from './MergePicker';

function MergeStep({ d, otherId, onBack, onDone }: { d: BusinessDetail; otherId: string; onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const other = useApiQuery('businesses:get', { id: otherId });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string[] | null>(null);

  if (other.error) return <InlineError error={other.error} onRetry={other.refetch} />;
  if (!other.data) return <Loader aria-label={t('app.loading')} />;
  const theirs = other.data;
  const rows = differingRows(t, d, theirs);
  const taken = takeFromMerged(rows, choices);

  const merge = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await call('businesses:merge', { survivorId: d.id, mergedId: theirs.id, takeFromMerged: taken });
      notifySuccess(t('businesses.merge.done'));
      onDone();
    } catch (err) {
      const error = toApiError(err);
      const { title, message } = describeError(error);
      setProblem([title, message, ...Object.values(error.fields ?? {}).map((issue) => translateIssue(issue))]);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <MergeCompare rows={rows} choices={choices} onChoose={(key, c) => setChoices((prev) => ({ ...prev, [key]: c }))} otherName={theirs.name} />
      {problem ? (
        <Alert color="red" title={problem[0]} role="alert">
          {problem.slice(1).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
        </Alert>
      ) : null}
      {confirming ? (
        <Alert color="orange" title={t('businesses.merge.confirmTitle')}>
          <Text size="sm">{t('businesses.merge.confirm', { other: theirs.name, name: d.name, count: taken.length })}</Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('app.cancel')}
            </Button>
            <Button color="orange" leftSection={<IconGitMerge size={16} />} loading={busy} onClick={() => void merge()} data-autofocus>
              {t('businesses.merge.confirmButton')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
            {t('businesses.merge.back')}
          </Button>
          <Button leftSection={<IconGitMerge size={16} />} onClick={() => setConfirming(true)}>
            {t('businesses.merge.confirmButton')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** "Gabungkan": pick the other profile, choose field by field, confirm. This profile survives. */
export function MergeModal({ d, opened, onClose }: { d: BusinessDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [otherId, setOtherId] = useState<string | null>(null);
  const close = () => {
    setOtherId(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('businesses.merge.title')} size={otherId ? 'xl' : 'lg'} centered>
      {opened && !otherId ? <MergePicker d={d} onPick={setOtherId} /> : null}
      {opened && otherId ? <MergeStep d={d} otherId={otherId} onBack={() => setOtherId(null)} onDone={close} /> : null}
    </Modal>
  );
}

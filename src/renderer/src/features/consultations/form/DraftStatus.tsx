import { Alert, Anchor, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';
import { formatTime } from '../../../lib/format';
import type { AutosaveState } from './use-autosave';

/** The other live draft of the chosen business, which made this one's save a CONFLICT. */
function ConflictNotice({ draftId, businessId }: { draftId: string; businessId: string | null }) {
  const { t } = useTranslation();
  const drafts = useApiQuery('consultations:drafts', businessId ? { businessId } : {}, { enabled: businessId !== null });
  const other = drafts.data?.find((d) => d.id !== draftId && d.businessId === businessId);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('consultations.draft.conflictTitle')} role="alert">
      <Text size="sm">{t('consultations.draft.conflict')}</Text>
      {other ? (
        <Anchor component={Link} to={`/konsultasi/${other.id}`} size="sm" fw={600} mt={4} display="inline-block">
          {t('consultations.draft.openOther')}
        </Anchor>
      ) : null}
    </Alert>
  );
}

/** The quiet line under the title: "Draf tersimpan pukul 16.42", or why it is not. */
export function DraftStatus({ state, draftId, businessId }: { state: AutosaveState; draftId: string; businessId: string | null }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  if (state.status === 'conflict') return <ConflictNotice draftId={draftId} businessId={businessId} />;
  if (state.status === 'failed') {
    return (
      <Text size="sm" c="red" role="status">
        {t('consultations.draft.failed', { message: describeError(state.error).message })}
      </Text>
    );
  }
  const savedAt = 'savedAt' in state ? state.savedAt : null;
  return (
    <Group gap={6} role="status" aria-live="polite" data-testid="draft-status" data-state={state.status}>
      {state.status === 'saving' ? <Loader size={12} /> : savedAt ? <IconCircleCheck size={14} color="var(--mantine-color-teal-7)" /> : null}
      <Text size="sm" c="dimmed">
        {/* "Tersimpan" only once what was typed is stored: while a change waits or travels, it says so. */}
        {state.status === 'saving'
          ? t('consultations.draft.saving')
          : savedAt
            ? t('consultations.draft.savedAt', { time: formatTime(savedAt, timeZone) })
            : t('consultations.draft.notSaved')}
      </Text>
    </Group>
  );
}

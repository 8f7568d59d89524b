import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DraftSummary } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';
import { useSession } from '../../session';
import { useOfficeTimeZone, useSettings } from '../../../app/settings';
import { BackLink } from '../../../components/BackLink';
import { officeClock, officeToday } from '../../../lib/office-time';
import { DraftEditor } from './DraftEditor';
import { emptyDraft } from './draft-values';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The chosen business already has a live draft: continue it, or throw it away and start anew. */
function ExistingDraftOffer({ draft }: { draft: DraftSummary }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const startOver = () =>
    call('consultations:discardDraft', { id: draft.id }).catch((err: unknown) => notifyError(toApiError(err)));
  return (
    <Alert color="yellow" icon={<IconFileDescription size={18} />} title={t('consultations.draft.existingTitle')} maw={720}>
      <Text size="sm">
        {t('consultations.draft.existing', { name: draft.businessName ?? '', at: formatDateTime(draft.updatedAt, timeZone) })}
      </Text>
      <Group gap="sm" mt="sm">
        <Button component={Link} to={`/konsultasi/${draft.id}`}>
          {t('consultations.drafts.continue')}
        </Button>
        <Button variant="subtle" color="red" onClick={() => void startOver()}>
          {t('consultations.draft.startOver')}
        </Button>
      </Group>
    </Alert>
  );
}

/** Made once per visit: a fresh draft id, the consultant on duty, the office's today and now. */
function NewDraft({ businessId }: { businessId: string | null }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const timeZone = useOfficeTimeZone();
  const [draftId] = useState(() => crypto.randomUUID());
  const [initialValues] = useState(() =>
    emptyDraft({
      businessId,
      consultantId: session?.consultant?.id ?? null,
      date: officeToday(timeZone),
      startTime: officeClock(timeZone),
    }),
  );
  const existing = useApiQuery('consultations:drafts', { businessId: businessId ?? undefined }, { enabled: businessId !== null });
  const other = businessId ? existing.data?.find((d) => d.id !== draftId && d.businessId === businessId) : undefined;

  if (businessId && !existing.data && existing.loading) return <Loader aria-label={t('app.loading')} />;
  if (other) return <ExistingDraftOffer draft={other} />;
  return <DraftEditor draftId={draftId} initialValues={initialValues} title={t('consultations.form.newTitle')} autoFocus />;
}

/** `/konsultasi/baru`, optionally `?umkm=<id>` to start with that business chosen. */
export function NewConsultationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { settings, loading } = useSettings();
  const { session } = useSession();
  const umkm = params.get('umkm');
  const businessId = umkm && UUID.test(umkm) ? umkm : null;
  return (
    <>
      <BackLink to="/konsultasi" label={t('consultations.back')} />
      {/* The office's time zone dates the new consultation and the one on duty runs it; wait for both rather than guess. */}
      {(!settings && loading) || !session ? <Loader aria-label={t('app.loading')} /> : <NewDraft key={businessId ?? ''} businessId={businessId} />}
    </>
  );
}

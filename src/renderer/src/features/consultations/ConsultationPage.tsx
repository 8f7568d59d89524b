import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { InlineError } from '../../components/InlineError';
import { useApiQuery } from '../../lib/query';
import { useSession } from '../session';
import { useOfficeTimeZone } from '../../app/settings';
import { BackLink } from '../../components/BackLink';
import { DraftEditor } from './form/DraftEditor';
import { emptyDraft } from './form/draft-values';
import { officeClock, officeToday } from '../../lib/office-time';
import { ConsultationView } from './view/ConsultationView';

/** `/konsultasi/:id`: a draft opens in the form, every field as last saved; a final one is shown. */
export function ConsultationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useSession();
  const timeZone = useOfficeTimeZone();
  // A draft seeds the form, so it is not loaded again under the consultant's fingers; a final record stays fresh.
  const detail = useApiQuery('consultations:get', { id }, { live: (shown) => shown?.status !== 'draft' });
  const d = detail.data;
  if (detail.error && !d) {
    return (
      <>
        <BackLink to="/konsultasi" label={t('consultations.back')} />
        <InlineError error={detail.error} onRetry={detail.refetch} />
      </>
    );
  }
  if (!d || d.id !== id) return <Loader aria-label={t('app.loading')} />;
  // A draft fills the form once, so it waits for the stored values rather than show a cached copy.
  if (d.status === 'draft' && detail.loading) return <Loader aria-label={t('app.loading')} />;
  if (d.status === 'draft') {
    const initialValues =
      d.draft ??
      emptyDraft({ consultantId: session?.consultant?.id, date: officeToday(timeZone), startTime: officeClock(timeZone) });
    return (
      <>
        <BackLink to="/konsultasi" label={t('consultations.back')} />
        <DraftEditor
          key={d.id}
          draftId={d.id}
          initialValues={initialValues}
          title={t('consultations.form.draftTitle')}
          storedAt={d.updatedAt}
        />
      </>
    );
  }
  return <ConsultationView key={d.id} d={d} />;
}

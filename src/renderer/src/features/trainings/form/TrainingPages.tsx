import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { InlineError } from '../../../components/InlineError';
import { PageHeader } from '../../../components/PageHeader';
import { notifySuccess } from '../../../lib/notify';
import { keepAnswer, useApiQuery } from '../../../lib/query';
import { BackLink } from '../../../components/BackLink';
import { useSettings } from '../../../app/settings';
import { emptyTrainingValues, valuesFromTraining } from './form-values';
import { TrainingForm } from './TrainingForm';

/** `/pelatihan/baru`: starts in the office's own kabupaten/kota. */
export function TrainingNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings, loading } = useSettings();
  if (!settings && loading) return <Loader aria-label={t('app.loading')} />;
  return (
    <>
      <BackLink to="/pelatihan" label={t('trainings.back')} />
      <PageHeader title={t('trainings.form.newTitle')} />
      <TrainingForm
        initialValues={emptyTrainingValues(settings?.office.regencyCode ?? null)}
        onCancel={() => navigate('/pelatihan')}
        onSaved={(saved) => {
          keepAnswer('trainings:get', { id: saved.id }, saved);
          notifySuccess(t('trainings.form.created'));
          navigate(`/pelatihan/${saved.id}`, { replace: true });
        }}
      />
    </>
  );
}

/** `/pelatihan/:id/ubah`: the form starts from the stored version and sends it back as expectedUpdatedAt. */
export function TrainingEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const training = useApiQuery('trainings:get', { id }, { live: false });
  if (training.error && !training.data) return <InlineError error={training.error} onRetry={training.refetch} />;
  if (!training.data) return <Loader aria-label={t('app.loading')} />;
  const d = training.data;
  return (
    <>
      <BackLink to={`/pelatihan/${d.id}`} label={d.title} />
      <PageHeader title={t('trainings.form.editTitle')} description={d.title} />
      <TrainingForm
        // A reload after a conflict brings a newer version: the form starts again from it.
        key={d.updatedAt}
        training={d}
        initialValues={valuesFromTraining(d)}
        onReload={training.refetch}
        onCancel={() => navigate(`/pelatihan/${d.id}`)}
        onSaved={(saved) => {
          keepAnswer('trainings:get', { id: saved.id }, saved);
          notifySuccess(t('trainings.form.updated'));
          navigate(`/pelatihan/${saved.id}`);
        }}
      />
    </>
  );
}

import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { InlineError } from '../../../components/InlineError';
import { PageHeader } from '../../../components/PageHeader';
import { notifySuccess } from '../../../lib/notify';
import { keepAnswer, useApiQuery } from '../../../lib/query';
import { BackLink } from '../../../components/BackLink';
import { BusinessForm } from './BusinessForm';
import { valuesFromDetail } from './form-values';

/** "Ubah profil UMKM": the form starts from the stored version and sends it back as expectedUpdatedAt. */
export function BusinessEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = useApiQuery('businesses:get', { id }, { live: false });

  if (detail.error && !detail.data) return <InlineError error={detail.error} onRetry={detail.refetch} />;
  if (!detail.data) return <Loader aria-label={t('app.loading')} />;
  const business = detail.data;

  return (
    <>
      <BackLink to={`/umkm/${business.id}`} label={business.name} />
      <PageHeader title={t('businesses.form.editTitle')} description={business.name} />
      <BusinessForm
        // A reload after a conflict brings a newer version: the form starts again from it.
        key={business.updatedAt}
        detail={business}
        initialValues={valuesFromDetail(business)}
        onReload={detail.refetch}
        onCancel={() => navigate(`/umkm/${business.id}`)}
        onSaved={(saved) => {
          keepAnswer('businesses:get', { id: saved.id }, saved);
          notifySuccess(t('businesses.form.updated'));
          navigate(`/umkm/${saved.id}`);
        }}
      />
    </>
  );
}

import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { notifySuccess } from '../../../lib/notify';
import { keepAnswer } from '../../../lib/query';
import { useSettings } from '../../../app/settings';
import { BackLink } from '../../../components/BackLink';
import { BusinessForm } from './BusinessForm';
import { emptyValues } from './form-values';

/** "Tambah profil UMKM": starts in the office's own province and kabupaten/kota. */
export function BusinessNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings, loading } = useSettings();
  // The office's region fills the new profile; wait for it rather than start without.
  if (!settings && loading) return <Loader aria-label={t('app.loading')} />;
  const office = settings?.office;
  return (
    <>
      <BackLink to="/umkm" label={t('businesses.back')} />
      <PageHeader title={t('businesses.form.newTitle')} />
      <BusinessForm
        initialValues={emptyValues({ provinceCode: office?.provinceCode, regencyCode: office?.regencyCode })}
        onCancel={() => navigate('/umkm')}
        onSaved={(saved) => {
          keepAnswer('businesses:get', { id: saved.id }, saved);
          notifySuccess(t('businesses.form.created'));
          navigate(`/umkm/${saved.id}`, { replace: true });
        }}
      />
    </>
  );
}

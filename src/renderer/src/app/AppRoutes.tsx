import { IconChecklist, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { EmptySection } from '../components/EmptySection';
import { PageHeader } from '../components/PageHeader';
import { BusinessDetailPage, BusinessEditPage, BusinessListPage, BusinessNewPage } from '../features/businesses';
import {
  ConsultationAmendPage,
  ConsultationPage,
  ConsultationsPage,
  NewConsultationPage,
} from '../features/consultations';
import { FollowUpDetailPage, FollowUpsPage } from '../features/follow-ups';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings';

function Placeholder({ section }: { section: 'followUps' | 'export' }) {
  const { t } = useTranslation();
  const icons = { followUps: IconChecklist, export: IconFileExport };
  const Icon = icons[section];
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} />
      <EmptySection icon={<Icon size={32} stroke={1.5} />} title={t(`empty.${section}Title`)} description={t(`empty.${section}`)} />
    </>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/umkm" element={<BusinessListPage />} />
      <Route path="/umkm/baru" element={<BusinessNewPage />} />
      <Route path="/umkm/:id" element={<BusinessDetailPage />} />
      <Route path="/umkm/:id/ubah" element={<BusinessEditPage />} />
      <Route path="/konsultasi" element={<ConsultationsPage />} />
      <Route path="/konsultasi/baru" element={<NewConsultationPage />} />
      <Route path="/konsultasi/:id" element={<ConsultationPage />} />
      <Route path="/konsultasi/:id/amandemen" element={<ConsultationAmendPage />} />
      <Route path="/tindak-lanjut" element={<FollowUpsPage />} />
      <Route path="/tindak-lanjut/:id" element={<FollowUpDetailPage />} />
      <Route path="/ekspor" element={<Placeholder section="export" />} />
      <Route path="/pengaturan" element={<Navigate to="/pengaturan/kantor" replace />} />
      <Route path="/pengaturan/:tab" element={<SettingsPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}

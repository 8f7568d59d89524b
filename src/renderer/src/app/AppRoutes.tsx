import { Navigate, Route, Routes } from 'react-router';
import { BusinessDetailPage, BusinessEditPage, BusinessListPage, BusinessNewPage } from '../features/businesses';
import {
  ConsultationAmendPage,
  ConsultationPage,
  ConsultationsPage,
  NewConsultationPage,
} from '../features/consultations';
import { FollowUpDetailPage, FollowUpsPage } from '../features/follow-ups';
import { HomePage } from '../features/home/HomePage';
import { PrivacyRequestPage, PrivacyRequestsPage } from '../features/privacy';
import { PrivacyDutiesPage } from '../features/privacy-duties';
import { ReportsPage } from '../features/reports';
import { SettingsPage } from '../features/settings';
import { TransferPage } from '../features/transfer';
import { TrainingDetailPage, TrainingEditPage, TrainingListPage, TrainingNewPage } from '../features/trainings';

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
      <Route path="/pelatihan" element={<TrainingListPage />} />
      <Route path="/pelatihan/baru" element={<TrainingNewPage />} />
      <Route path="/pelatihan/:id" element={<TrainingDetailPage />} />
      <Route path="/pelatihan/:id/ubah" element={<TrainingEditPage />} />
      <Route path="/laporan" element={<ReportsPage />} />
      <Route path="/ekspor" element={<TransferPage tab="export" />} />
      <Route path="/ekspor/impor" element={<TransferPage tab="import" />} />
      <Route path="/ekspor/kunci-kantor" element={<TransferPage tab="officeKey" />} />
      <Route path="/ekspor/konflik" element={<TransferPage tab="conflicts" />} />
      <Route path="/ekspor/konflik/:id" element={<TransferPage tab="conflicts" />} />
      <Route path="/permintaan-data" element={<PrivacyRequestsPage />} />
      <Route path="/permintaan-data/:id" element={<PrivacyRequestPage />} />
      <Route path="/kewajiban-pdp" element={<Navigate to="/kewajiban-pdp/retensi" replace />} />
      <Route path="/kewajiban-pdp/:tab" element={<PrivacyDutiesPage />} />
      <Route path="/pengaturan" element={<Navigate to="/pengaturan/kantor" replace />} />
      <Route path="/pengaturan/:tab" element={<SettingsPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}

import {
  IconBriefcase,
  IconChecklist,
  IconFileCertificate,
  IconFileExport,
  IconHome,
  IconMessages,
  IconReportAnalytics,
  IconSchool,
  IconSettings,
  IconShieldLock,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: Icon;
}

/** The sections of the app, in the order of the navbar. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: IconHome },
  { path: '/umkm', labelKey: 'nav.businesses', icon: IconBriefcase },
  { path: '/konsultasi', labelKey: 'nav.consultations', icon: IconMessages },
  { path: '/tindak-lanjut', labelKey: 'nav.followUps', icon: IconChecklist },
  { path: '/pelatihan', labelKey: 'nav.trainings', icon: IconSchool },
  { path: '/laporan', labelKey: 'nav.reports', icon: IconReportAnalytics },
  { path: '/ekspor', labelKey: 'nav.export', icon: IconFileExport },
  { path: '/permintaan-data', labelKey: 'nav.privacyRequests', icon: IconFileCertificate },
  { path: '/kewajiban-pdp', labelKey: 'nav.privacyDuties', icon: IconShieldLock },
  { path: '/pengaturan', labelKey: 'nav.settings', icon: IconSettings },
];

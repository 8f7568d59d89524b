import dayjs from 'dayjs';
import 'dayjs/locale/id';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../../shared/contract';
import { backupsEn, backupsId } from '../../features/backups/i18n';
import { businessesEn, businessesId } from '../../features/businesses/i18n';
import { consultationsEn, consultationsId } from '../../features/consultations/i18n';
import { dashboardEn, dashboardId } from '../../features/dashboard/i18n';
import { followUpsEn, followUpsId } from '../../features/follow-ups/i18n';
import { impactEn, impactId } from '../../features/impact/i18n';
import { printingEn, printingId } from '../../features/printing/i18n';
import { privacyRequestsEn, privacyRequestsId } from '../../features/privacy/i18n';
import { reportsEn, reportsId } from '../../features/reports/i18n';
import { trainingsEn, trainingsId } from '../../features/trainings/i18n';
import { transferEn, transferId } from '../../features/transfer/i18n';
import { updatesEn, updatesId } from '../../features/settings/i18n/updates';
import { privacyDutiesEn, privacyDutiesId } from '../../features/privacy-duties/i18n';
import { lockEn, lockId } from '../../features/session/i18n';
import { en } from './en';
import { id } from './id';

export const DEFAULT_LANGUAGE: Language = 'id';
// Feature catalogues keep their own files (one namespace each) and join the app catalogue here.
export const resources = {
  id: { translation: { ...id, businesses: businessesId, consultations: consultationsId, dashboard: dashboardId, reports: reportsId, followUps: followUpsId, impact: impactId, printing: printingId, privacyRequests: privacyRequestsId, trainings: trainingsId, transfer: transferId, backups: backupsId, updates: updatesId, lock: lockId, privacyDuties: privacyDutiesId } },
  en: { translation: { ...en, businesses: businessesEn, consultations: consultationsEn, dashboard: dashboardEn, reports: reportsEn, followUps: followUpsEn, impact: impactEn, printing: printingEn, privacyRequests: privacyRequestsEn, trainings: trainingsEn, transfer: transferEn, backups: backupsEn, updates: updatesEn, lock: lockEn, privacyDuties: privacyDutiesEn } },
} as const;

// Resources are bundled, so init is synchronous and `t` works right after import.
void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['id', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Intl locale for the current UI language; data formats (Rupiah, dd/mm/yyyy) stay id-ID. */
export function intlLocale(language: string = i18n.language): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

/** Switches the UI, dayjs and the document language together. */
export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  // The week starts on Monday in both: dayjs 'id' has weekStart 1, and 'en' is only used for words.
  dayjs.locale(language === 'en' ? 'en' : 'id');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

dayjs.locale('id');

export { i18n };

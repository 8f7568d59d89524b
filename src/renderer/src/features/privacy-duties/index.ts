export { PrivacyDutiesPage, PRIVACY_DUTIES_PATH } from './PrivacyDutiesPage';
export { PrivacySettingsTab } from './PrivacySettingsTab';
export { privacyDutiesEn, privacyDutiesId } from './i18n';

export { privacyDutiesId, type PrivacyDutiesCatalogue } from './id';
export { privacyDutiesEn } from './en';

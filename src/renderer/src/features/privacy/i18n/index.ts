export { privacyRequestsId, type PrivacyRequestsCatalogue } from './id';
export { privacyRequestsEn } from './en';

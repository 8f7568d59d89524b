export { PrivacyRequestsPage } from './PrivacyRequestsPage';
export { PrivacyRequestPage } from './PrivacyRequestPage';

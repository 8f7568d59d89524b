export { BusinessService, type RelatedMover } from './business.service';
export { BusinessPrivacyService, safeFileName } from './business.privacy';
export { businessHandlers } from './business.handlers';

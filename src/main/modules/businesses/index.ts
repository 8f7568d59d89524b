export { BusinessService, type RelatedMover } from './business.service';
export { BusinessPrivacyService, safeFileName, type TimelineSource } from './business.privacy';
export { businessHandlers } from './business.handlers';

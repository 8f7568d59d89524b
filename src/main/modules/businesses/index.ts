export { BusinessService, type RelatedMover } from './business.service';
export { BusinessPrivacyService } from './business.privacy';
export { BusinessTimelineService, type TimelineSource } from './business.timeline';
export { businessHandlers } from './business.handlers';
export { ownerErasure, removeTransferredNotDuplicate, writeTransferredBusiness, writeTransferredNotDuplicate } from './business.transfer.queries';
export { maskPhone } from './business.mapper';
// The privacy module's reach into businesses: the restriction flag and finding a data subject.
export { anyRestrictedBusinesses, businessSubject, restrictedBusinesses, searchBusinessOwners, setBusinessRestricted } from './business.queries';

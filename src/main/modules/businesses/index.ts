export { BusinessService, type RelatedMover } from './business.service';
export { BusinessPrivacyService } from './business.privacy';
export { BusinessTimelineService, type TimelineSource } from './business.timeline';
export { businessHandlers } from './business.handlers';
export { writeTransferredBusiness, writeTransferredNotDuplicate } from './business.transfer.queries';
export { maskPhone } from './business.mapper';

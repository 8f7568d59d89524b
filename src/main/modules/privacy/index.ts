// The privacy module: data subjects' requests (requests.*) and the office's other UU PDP duties
// (retention, breaches, record of processing).
export { PrivacyRequestService } from './requests.service';
export { privacyRequestHandlers } from './requests.handlers';
export { RESTRICTED_CHANNELS, RestrictionRule, guardRestricted, type RestrictedAction, type SubjectRef } from './requests.restriction';
export { RetentionService, type RetentionErasers } from './retention.service';
export { retentionHandlers } from './retention.handlers';
export { BreachService } from './breach.service';
export { breachHandlers } from './breach.handlers';
export { ProcessingRecordService } from './processing-record.service';
export { processingRecordHandlers } from './processing-record.handlers';

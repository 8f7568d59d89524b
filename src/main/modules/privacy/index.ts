// The privacy module: the office's UU PDP duties (retention, breaches, record of processing).
export { RetentionService, type RetentionErasers } from './retention.service';
export { retentionHandlers } from './retention.handlers';
export { BreachService } from './breach.service';
export { breachHandlers } from './breach.handlers';
export { ProcessingRecordService } from './processing-record.service';
export { processingRecordHandlers } from './processing-record.handlers';

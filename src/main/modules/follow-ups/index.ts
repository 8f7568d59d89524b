export { FollowUpService } from './follow-up.service';
export type { NewFollowUp } from './follow-up.scheduling';
export { ReminderEngine, type ReminderSource, type SourceReminder } from './reminder.engine';
export { followUpHandlers } from './follow-up.handlers';
export { writeTransferredFollowUp } from './follow-up.queries';

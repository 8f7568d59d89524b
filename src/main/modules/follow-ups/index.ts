export { FollowUpService, type NewFollowUp } from './follow-up.service';
export { ReminderEngine } from './reminder.engine';
export { followUpHandlers } from './follow-up.handlers';

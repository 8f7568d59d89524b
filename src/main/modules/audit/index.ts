export { AuditService, diff, type Changes } from './audit.service';

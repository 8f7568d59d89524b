export { ReportService } from './report.service';
export { reportHandlers } from './report.handlers';

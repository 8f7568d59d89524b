import type { reportsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { ReportService } from './report.service';

export function reportHandlers(reports: ReportService): Pick<Handlers, keyof typeof reportsContract> {
  return {
    'reports:dashboard': (q) => reports.dashboard(q),
    'reports:activity': (q) => reports.activity(q),
    'reports:impact': (q) => reports.impact(q),
    'reports:dataChecks': (q) => reports.dataChecks(q),
    'reports:print': (q) => reports.printReport(q),
    'reports:exportXlsx': (q) => reports.exportXlsx(q),
  };
}

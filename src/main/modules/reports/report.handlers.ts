import type { reportsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { ReportService } from './report.service';

export function reportHandlers({ dashboard, figures, documents }: ReportService): Pick<Handlers, keyof typeof reportsContract> {
  return {
    'reports:dashboard': (q) => dashboard.dashboard(q),
    'reports:activity': (q) => figures.activity(q),
    'reports:impact': (q) => figures.impact(q),
    'reports:dataChecks': (q) => figures.dataChecks(q),
    'reports:print': (q) => documents.printReport(q),
    'reports:exportXlsx': (q) => documents.exportXlsx(q),
  };
}

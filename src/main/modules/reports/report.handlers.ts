import type { reportsContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../ipc/handlers';
import type { ReportService } from './report.service';

const pending = () => {
  throw new AppError('INTERNAL', 'Belum tersedia.');
};

export function reportHandlers(_reports: ReportService): Pick<Handlers, keyof typeof reportsContract> {
  return {
    'reports:dashboard': pending,
    'reports:activity': pending,
    'reports:impact': pending,
    'reports:dataChecks': pending,
    'reports:print': pending,
    'reports:exportXlsx': pending,
  };
}

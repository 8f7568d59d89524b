import type { Handlers } from '../../ipc/handlers';
import type { RetentionService } from './retention.service';

export function retentionHandlers(
  retention: RetentionService,
): Pick<Handlers, 'privacy:retention' | 'privacy:setRetention' | 'privacy:retentionDue' | 'privacy:anonymise'> {
  return {
    'privacy:retention': () => retention.settings(),
    'privacy:setRetention': (input) => retention.setPeriods(input),
    'privacy:retentionDue': () => retention.due(),
    'privacy:anonymise': (input) => retention.anonymise(input),
  };
}

import type { impactContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { ImpactService } from './impact.service';

export function impactHandlers(impact: ImpactService): Pick<Handlers, keyof typeof impactContract> {
  return {
    'impact:list': ({ businessId }) => impact.list(businessId),
    'impact:get': ({ id }) => impact.get(id),
    'impact:create': (input) => impact.create(input),
    'impact:update': ({ id, milestone }) => impact.update(id, milestone),
    'impact:delete': ({ id, reason }) => impact.remove(id, reason),
  };
}

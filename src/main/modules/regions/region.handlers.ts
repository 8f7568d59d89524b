import type { regionsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { RegionService } from './region.service';

export function regionHandlers(regions: RegionService): Pick<Handlers, keyof typeof regionsContract> {
  return {
    'regions:children': ({ parentCode }) => regions.children(parentCode),
  };
}

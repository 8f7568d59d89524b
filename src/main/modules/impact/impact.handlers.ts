import type { impactContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../ipc/handlers';
import type { ImpactService } from './impact.service';

const pending = () => {
  throw new AppError('INTERNAL', 'Belum tersedia.');
};

export function impactHandlers(_impact: ImpactService): Pick<Handlers, keyof typeof impactContract> {
  return {
    'impact:list': pending,
    'impact:get': pending,
    'impact:create': pending,
    'impact:update': pending,
    'impact:delete': pending,
  };
}

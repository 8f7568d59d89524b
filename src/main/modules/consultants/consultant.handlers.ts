import type { consultantsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { ConsultantService } from './consultant.service';

export function consultantHandlers(consultants: ConsultantService): Pick<Handlers, keyof typeof consultantsContract> {
  return {
    'consultants:list': ({ includeInactive }) => consultants.list(includeInactive),
    'consultants:create': (input) => consultants.create(input),
    'consultants:update': (input) => consultants.update(input),
    'consultants:resetPin': (input) => consultants.resetPin(input),
  };
}

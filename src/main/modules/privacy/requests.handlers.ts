import type { privacyContract } from '../../../shared/contract/privacy';
import type { Handlers } from '../../ipc/handlers';
import type { PrivacyRequestService } from './requests.service';

export function privacyRequestHandlers(requests: PrivacyRequestService): Pick<Handlers, keyof typeof privacyContract> {
  return {
    'privacy:list': (q) => requests.list(q),
    'privacy:get': ({ id }) => requests.get(id),
    'privacy:subjects': ({ search }) => requests.subjects(search),
    'privacy:create': (input) => requests.create(input),
    'privacy:answer': ({ id, answer }) => requests.answer(id, answer),
    'privacy:refuse': ({ id, reason }) => requests.refuse(id, reason),
    'privacy:setRestricted': (input) => requests.setRestricted(input),
    'privacy:accessCopy': ({ id, target }) => requests.accessCopy(id, target),
  };
}

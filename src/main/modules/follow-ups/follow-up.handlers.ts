import type { followUpsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { FollowUpService } from './follow-up.service';

export function followUpHandlers(followUps: FollowUpService): Pick<Handlers, keyof typeof followUpsContract> {
  return {
    'followUps:counts': (q) => followUps.counts(q),
    'followUps:list': async (q) => ({ ...(await followUps.list(q)), page: q.page, pageSize: q.pageSize }),
    'followUps:agenda': (q) => followUps.agenda(q),
    'followUps:get': ({ id }) => followUps.get(id),
    'followUps:create': (input) => followUps.create(input),
    'followUps:complete': ({ id, outcome }) => followUps.complete(id, outcome),
    'followUps:snooze': (input) => followUps.snooze(input),
    'followUps:reschedule': (input) => followUps.reschedule(input),
    'followUps:cancel': ({ id, reason }) => followUps.cancel(id, reason),
    'followUps:idle': (q) => followUps.idle(q),
  };
}

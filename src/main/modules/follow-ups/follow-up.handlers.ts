import type { followUpsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { FollowUpService } from './follow-up.service';

export function followUpHandlers(followUps: FollowUpService): Pick<Handlers, keyof typeof followUpsContract> {
  return {
    'followUps:counts': (q) => followUps.lists.counts(q),
    'followUps:list': async (q) => ({ ...(await followUps.lists.list(q)), page: q.page, pageSize: q.pageSize }),
    'followUps:agenda': (q) => followUps.lists.agenda(q),
    'followUps:get': ({ id }) => followUps.lists.get(id),
    'followUps:create': (input) => followUps.scheduling.create(input),
    'followUps:complete': ({ id, outcome }) => followUps.scheduling.complete(id, outcome),
    'followUps:snooze': (input) => followUps.scheduling.snooze(input),
    'followUps:reschedule': (input) => followUps.scheduling.reschedule(input),
    'followUps:cancel': ({ id, reason }) => followUps.scheduling.cancel(id, reason),
    'followUps:idle': (q) => followUps.idle.list(q),
  };
}

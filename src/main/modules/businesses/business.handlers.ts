import type { businessesContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { BusinessPrivacyService } from './business.privacy';
import type { BusinessService } from './business.service';
import type { BusinessTimelineService } from './business.timeline';

export function businessHandlers(
  businesses: BusinessService,
  privacy: BusinessPrivacyService,
  timeline: BusinessTimelineService,
): Pick<Handlers, keyof typeof businessesContract> {
  return {
    'businesses:list': async (q) => ({ ...(await businesses.list(q)), page: q.page, pageSize: q.pageSize }),
    'businesses:get': ({ id }) => businesses.get(id),
    'businesses:create': (input) => businesses.create(input),
    'businesses:update': (input) => businesses.update(input),
    'businesses:delete': ({ id }) => businesses.setDeleted(id, true),
    'businesses:restore': ({ id }) => businesses.setDeleted(id, false),
    'businesses:checkDuplicates': (q) => businesses.findDuplicates(q),
    'businesses:dismissDuplicate': async ({ id, otherId }) => {
      await businesses.dismissDuplicate(id, otherId);
      return { ok: true as const };
    },
    'businesses:merge': (input) => businesses.merge(input),
    'businesses:timeline': ({ id }) => timeline.timeline(id),
    'businesses:tags': () => businesses.tags(),
    'businesses:revealNik': ({ id }) => privacy.revealNik(id),
    'businesses:exportPersonalData': ({ id }) => privacy.exportPersonalData(id),
    'businesses:erasePersonalData': ({ id, reason }) => privacy.erasePersonalData(id, reason),
  };
}

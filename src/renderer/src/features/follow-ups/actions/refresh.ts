import { invalidate } from '../../../lib/query';

/** Every query a follow-up change can alter: the tabs, counts, agenda, timeline, detail and idle list. */
export function refreshFollowUps(): void {
  invalidate('followUps:list', 'followUps:counts', 'followUps:agenda', 'businesses:timeline', 'followUps:get', 'followUps:idle', 'consultations:get');
}

import { invalidate } from '../../../lib/query';

/** Everything a change to participants can move: the roster, the training's counts, the list. */
export function refreshParticipants(): void {
  invalidate('participants:list', 'trainings:get', 'trainings:list');
}

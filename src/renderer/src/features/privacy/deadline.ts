import type { PrivacyRequest } from '../../../../shared/contract';

export type DeadlineState =
  | { kind: 'left'; hours: number; minutes: number; urgent: boolean }
  | { kind: 'overdue'; hours: number; minutes: number; urgent: true }
  | { kind: 'answeredOnTime' }
  | { kind: 'answeredLate' };

/** Where a request stands against its 3×24-hour deadline at `now` (ms): time left, time overdue, or how it was closed. */
export function deadlineState(r: Pick<PrivacyRequest, 'status' | 'deadlineAt' | 'answeredAt'>, now: number): DeadlineState {
  const deadline = Date.parse(r.deadlineAt);
  if (r.status !== 'open') return r.answeredAt && Date.parse(r.answeredAt) <= deadline ? { kind: 'answeredOnTime' } : { kind: 'answeredLate' };
  const diff = Math.abs(deadline - now);
  const minutesAll = Math.floor(diff / 60_000);
  const state = { hours: Math.floor(minutesAll / 60), minutes: minutesAll % 60 };
  return now > deadline ? { kind: 'overdue', ...state, urgent: true } : { kind: 'left', ...state, urgent: deadline - now <= 24 * 3_600_000 };
}

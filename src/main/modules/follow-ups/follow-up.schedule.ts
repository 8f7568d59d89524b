import { addDays } from '../../../shared/domain/dates';
import { DEFAULT_DUE_TIME, zonedInstant, zonedParts } from '../../../shared/domain/zoned';
import type { FollowUpBucket } from '../../../shared/contract';

export interface ScheduleFacts {
  dueDate: string;
  dueTime: string | null;
  snoozedUntil: string | null;
}

export interface Schedule {
  dueAt: string;
  effectiveAt: string;
  remindAt: string;
}

/**
 * When a follow-up falls due, which moment decides its tab, and when its reminder fires: the due
 * date at its time (08:00 office time when none) in the office zone, less the lead time; a snooze
 * replaces both until it runs out.
 */
export function scheduleOf(f: ScheduleFacts, timeZone: string, leadMinutes: number): Schedule {
  const dueAt = zonedInstant(f.dueDate, f.dueTime ?? DEFAULT_DUE_TIME, timeZone);
  if (f.snoozedUntil) return { dueAt, effectiveAt: f.snoozedUntil, remindAt: f.snoozedUntil };
  return { dueAt, effectiveAt: dueAt, remindAt: new Date(Date.parse(dueAt) - leadMinutes * 60_000).toISOString() };
}

export interface BucketBounds {
  now: string;
  /** Start of tomorrow in the office zone. */
  tomorrow: string;
  /** Start of the day after the next seven days. */
  weekEnd: string;
  today: string;
}

/** The edges of the tabs at `now`, in UTC instants, from the office's calendar. */
export function bucketBounds(now: Date, timeZone: string): BucketBounds {
  const today = zonedParts(now, timeZone).date;
  return {
    now: now.toISOString(),
    today,
    tomorrow: zonedInstant(addDays(today, 1), '00:00', timeZone),
    weekEnd: zonedInstant(addDays(today, 8), '00:00', timeZone),
  };
}

/** SQL condition (on alias `f`) and its parameters for one tab. */
export function bucketCondition(bucket: FollowUpBucket, b: BucketBounds): { sql: string; params: string[] } {
  switch (bucket) {
    case 'overdue':
      return { sql: `f.status = 'open' AND f.effective_at < ?`, params: [b.now] };
    case 'today':
      return { sql: `f.status = 'open' AND f.effective_at >= ? AND f.effective_at < ?`, params: [b.now, b.tomorrow] };
    case 'week':
      return { sql: `f.status = 'open' AND f.effective_at >= ? AND f.effective_at < ?`, params: [b.tomorrow, b.weekEnd] };
    case 'later':
      return { sql: `f.status = 'open' AND f.effective_at >= ?`, params: [b.weekEnd] };
    case 'closed':
      return { sql: `f.status <> 'open'`, params: [] };
  }
}

/** Where a snooze preset ends: in an hour, tomorrow at 08:00, or a week from today at 08:00. */
export function snoozePresetUntil(preset: 'hour' | 'tomorrow' | 'nextWeek', now: Date, timeZone: string): string {
  if (preset === 'hour') return new Date(now.getTime() + 3_600_000).toISOString();
  const today = zonedParts(now, timeZone).date;
  return zonedInstant(addDays(today, preset === 'tomorrow' ? 1 : 7), '08:00', timeZone);
}

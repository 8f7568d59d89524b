import { addDays } from '../../../shared/domain/dates';
import { dueInstant, reminderBase } from '../../../shared/domain/follow-up-due';
import { zonedInstant, zonedParts } from '../../../shared/domain/zoned';

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
 * When a follow-up falls due, which moment decides its tab, and when its reminder fires. Due: its
 * date at its time in the office zone, or the end of that office day when it has no time (see
 * `dueInstant`). Reminded: at its time, or at the morning of its date when it has none, less the
 * lead time; a reminder time already past fires at once. A snooze replaces both until it runs out: it
 * reminds at its end, and the follow-up falls due then, or, without a time, by the end of that office day.
 */
export function scheduleOf(f: ScheduleFacts, timeZone: string, leadMinutes: number): Schedule {
  const dueAt = dueInstant(f.dueDate, f.dueTime, timeZone);
  if (f.snoozedUntil) {
    // A snooze moves a follow-up without a time to the office day it ends on, due by the end of that day as any such one.
    const effectiveAt = f.dueTime ? f.snoozedUntil : dueInstant(zonedParts(new Date(f.snoozedUntil), timeZone).date, null, timeZone);
    return { dueAt, effectiveAt, remindAt: f.snoozedUntil };
  }
  const remindAt = new Date(Date.parse(reminderBase(f.dueDate, f.dueTime, timeZone)) - leadMinutes * 60_000).toISOString();
  return { dueAt, effectiveAt: dueAt, remindAt };
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

/** Where a snooze preset ends: in an hour, tomorrow at 08:00, or a week from today at 08:00. */
export function snoozePresetUntil(preset: 'hour' | 'tomorrow' | 'nextWeek', now: Date, timeZone: string): string {
  if (preset === 'hour') return new Date(now.getTime() + 3_600_000).toISOString();
  const today = zonedParts(now, timeZone).date;
  return zonedInstant(addDays(today, preset === 'tomorrow' ? 1 : 7), '08:00', timeZone);
}

import { addDays, type IsoDate } from './dates';
import { zonedInstant } from './zoned';

/*
 * When a follow-up is due and when it is overdue: one rule for the core's tabs, counts, agenda,
 * badge and reports, and for the screens that colour an item red.
 *
 * A follow-up with a time is due at that time on its date, office time. One with only a date is due
 * by the end of that office day: it is "Hari ini" all day and overdue from 00:00 of the next. The
 * moment stored for it is the last millisecond of its day, so every comparison below stays one
 * comparison and an item always sorts and groups into the office day it is due on.
 */

/** The morning of an office day: a follow-up without a time is reminded of then (less the lead time). */
export const MORNING_REMINDER_TIME = '08:00';

/** The last moment a follow-up is on time, as ISO-8601 UTC: its date at its time, else the end of that office day. */
export function dueInstant(dueDate: IsoDate, dueTime: string | null, timeZone: string): string {
  if (dueTime) return zonedInstant(dueDate, dueTime, timeZone);
  return new Date(Date.parse(zonedInstant(addDays(dueDate, 1), '00:00', timeZone)) - 1).toISOString();
}

/** When its reminder is due, before the lead time is taken off: its time, else the morning of its date. */
export function reminderBase(dueDate: IsoDate, dueTime: string | null, timeZone: string): string {
  return zonedInstant(dueDate, dueTime ?? MORNING_REMINDER_TIME, timeZone);
}

/**
 * Overdue: the moment that decides its tab (its due instant, or the end of a snooze) has passed.
 * The core's SQL (`bucketCondition`) is this same comparison on `effective_at`.
 */
export function isOverdue(effectiveAt: string, now: number | Date): boolean {
  return Date.parse(effectiveAt) < +now;
}

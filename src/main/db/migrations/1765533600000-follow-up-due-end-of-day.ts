import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TIME_ZONES } from '../../../shared/contract/settings';
import { addDays } from '../../../shared/domain/dates';
import { zonedInstant } from '../../../shared/domain/zoned';

/**
 * A follow-up with only a date is due by the end of that office day, not at 08:00: one made at
 * 09:20 for today was overdue the moment it was saved, and "Hari ini" held nothing but those with a
 * time. From now on its due_at (and effective_at, unless snoozed) is the last millisecond of its
 * office day; it turns overdue at 00:00 of the next. Its reminder stays at 08:00 of its date less
 * the lead time, so remind_at and notified_at are left alone and nothing fires a second time.
 *
 * Done here once rather than by re-scheduling every open row at each start: the stored instants
 * are what the tabs, counts and reminders read, a start should not write to the database, and
 * closed rows' due_at is brought in step too. Dates are handled one distinct date at a time in the
 * office's zone, as the app reads it then (a zone it does not know counts as WITA).
 */
export class FollowUpDueEndOfDay1765533600000 implements MigrationInterface {
  name = 'FollowUpDueEndOfDay1765533600000';

  async up(q: QueryRunner): Promise<void> {
    const zone = await officeZone(q);
    await rewrite(q, (date) => new Date(Date.parse(zonedInstant(addDays(date, 1), '00:00', zone)) - 1).toISOString());
  }

  async down(q: QueryRunner): Promise<void> {
    const zone = await officeZone(q);
    await rewrite(q, (date) => zonedInstant(date, '08:00', zone));
  }
}

async function officeZone(q: QueryRunner): Promise<string> {
  const [row]: Array<{ zone: string | null }> = await q.query(`SELECT time_zone AS zone FROM office_profile ORDER BY created_at LIMIT 1`);
  return row?.zone && (TIME_ZONES as readonly string[]).includes(row.zone) ? row.zone : 'Asia/Makassar';
}

/** Sets due_at of every follow-up without a time, and effective_at of those not snoozed, from its date. */
async function rewrite(q: QueryRunner, dueOf: (date: string) => string): Promise<void> {
  const dates: Array<{ due_date: string }> = await q.query(`SELECT DISTINCT due_date FROM follow_up WHERE due_time IS NULL`);
  for (const { due_date: date } of dates) {
    const dueAt = dueOf(date);
    await q.query(`UPDATE follow_up SET due_at = ? WHERE due_date = ? AND due_time IS NULL`, [dueAt, date]);
    await q.query(`UPDATE follow_up SET effective_at = due_at WHERE due_date = ? AND due_time IS NULL AND snoozed_until IS NULL`, [date]);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the reminder engine needs on each follow-up: the instant it falls due (its date at its time,
 * 08:00 office time when none), a snooze, the instant the reminder fires and when it last fired.
 * The office gains its reminder lead time and the idle days after which a business is a check-in
 * candidate. Times are ISO-8601 UTC text, so they compare as text.
 */
export class FollowUpReminders1764662400000 implements MigrationInterface {
  name = 'FollowUpReminders1764662400000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of ['due_at', 'snoozed_until', 'effective_at', 'remind_at', 'notified_at']) {
      await q.query(`ALTER TABLE follow_up ADD COLUMN ${column} varchar NULL`);
    }
    // Rows written before this migration: due at 08:00 WITA (UTC+8) on their date.
    await q.query(`UPDATE follow_up SET due_at = strftime('%Y-%m-%dT%H:%M:%fZ', due_date || ' ' || coalesce(due_time, '08:00'), '-8 hours')`);
    await q.query(`UPDATE follow_up SET effective_at = due_at, remind_at = due_at`);
    // A deleted business's follow-ups are deleted with it from now on; so are those already there.
    await q.query(`
      UPDATE follow_up SET deleted_at = (SELECT b.deleted_at FROM business b WHERE b.id = follow_up.business_id)
      WHERE deleted_at IS NULL AND business_id IN (SELECT id FROM business WHERE deleted_at IS NOT NULL)`);
    // The tabs count and page open follow-ups by the moment that decides their tab; these partial
    // indexes hold only open ones, so a tab's count reads a short index range and nothing else.
    await q.query(`DROP INDEX follow_up_due`);
    await q.query(`CREATE INDEX follow_up_open_effective ON follow_up (effective_at, created_at) WHERE status = 'open' AND deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX follow_up_open_consultant ON follow_up (consultant_id, effective_at, created_at) WHERE status = 'open' AND deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX follow_up_open_remind ON follow_up (remind_at) WHERE status = 'open' AND deleted_at IS NULL`);
    await q.query(`CREATE INDEX follow_up_closed ON follow_up (completed_at) WHERE status <> 'open' AND deleted_at IS NULL`);
    await q.query(`ALTER TABLE office_profile ADD COLUMN reminder_lead_minutes integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE office_profile ADD COLUMN idle_days integer NOT NULL DEFAULT 90`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['follow_up_open_effective', 'follow_up_open_consultant', 'follow_up_open_remind', 'follow_up_closed']) {
      await q.query(`DROP INDEX ${index}`);
    }
    await q.query(`CREATE INDEX follow_up_due ON follow_up (deleted_at, status, due_date)`);
    for (const column of ['due_at', 'snoozed_until', 'effective_at', 'remind_at', 'notified_at']) {
      await q.query(`ALTER TABLE follow_up DROP COLUMN ${column}`);
    }
    await q.query(`ALTER TABLE office_profile DROP COLUMN reminder_lead_minutes`);
    await q.query(`ALTER TABLE office_profile DROP COLUMN idle_days`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lock on shared desks. Each consultant's role and PIN live in `consultant_access`, beside the
 * consultant and not on it: a data package carries every column of `consultant` to other desks,
 * and neither a PIN's hash nor who is admin here may travel on a stick or arrive from one. A
 * consultant without a row is a konsultan without a PIN (one imported from another desk, say).
 * Wrong PINs are counted here too, so a restart does not reset the wait they earn.
 *
 * Existing desks: the earliest created active consultant becomes admin, every other one konsultan;
 * nobody has a PIN yet, so each sets one at their next sign-in. The office gets its idle minutes.
 */
export class DeskLock1765710000000 implements MigrationInterface {
  name = 'DeskLock1765710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultant_access (
        consultant_id varchar(36) PRIMARY KEY NOT NULL REFERENCES consultant (id) ON DELETE CASCADE,
        role varchar(10) NOT NULL DEFAULT 'konsultan' CHECK (role IN ('admin', 'konsultan')),
        pin_hash varchar NULL,
        pin_set_at varchar NULL,
        failed_pin_count integer NOT NULL DEFAULT 0,
        pin_locked_until varchar NULL,
        updated_at varchar NOT NULL
      )`);
    const now = new Date().toISOString();
    const admin = (await q.query(
      `SELECT id FROM consultant WHERE deleted_at IS NULL ORDER BY active DESC, created_at, id LIMIT 1`,
    )) as Array<{ id: string }>;
    await q.query(
      `INSERT INTO consultant_access (consultant_id, role, updated_at)
       SELECT id, CASE WHEN id = ? THEN 'admin' ELSE 'konsultan' END, ? FROM consultant`,
      [admin[0]?.id ?? null, now],
    );
    await q.query(`ALTER TABLE office_profile ADD COLUMN lock_after_minutes integer NOT NULL DEFAULT 10`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE office_profile DROP COLUMN lock_after_minutes`);
    await q.query(`DROP TABLE consultant_access`);
  }
}

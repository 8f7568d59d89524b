import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When something last happened with a business (its creation, a finalised consultation, a
 * follow-up made or changed), kept by triggers so every writer (services, import, generators)
 * keeps it right. Beranda lists businesses idle for the office's idle days from an index on it,
 * instead of looking through every business's consultations and follow-ups.
 */
export class BusinessActivity1765008000000 implements MigrationInterface {
  name = 'BusinessActivity1765008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE business ADD COLUMN last_activity_at varchar NULL`);
    await q.query(`
      UPDATE business SET last_activity_at = max(
        created_at,
        coalesce((SELECT max(c.consultation_date) || 'T00:00:00.000Z' FROM consultation c
                  WHERE c.business_id = business.id AND c.status = 'final'), ''),
        coalesce((SELECT max(f.updated_at) FROM follow_up f WHERE f.business_id = business.id), ''))`);
    await q.query(`CREATE INDEX business_activity ON business (deleted_at, last_activity_at)`);
    const touch = (businessId: string, at: string) =>
      `UPDATE business SET last_activity_at = max(coalesce(last_activity_at, ''), ${at}) WHERE id = ${businessId};`;
    await q.query(`
      CREATE TRIGGER business_activity_created AFTER INSERT ON business WHEN new.last_activity_at IS NULL BEGIN
        UPDATE business SET last_activity_at = new.created_at WHERE id = new.id;
      END`);
    await q.query(`
      CREATE TRIGGER business_activity_consultation AFTER INSERT ON consultation
      WHEN new.status = 'final' AND new.business_id IS NOT NULL AND new.consultation_date IS NOT NULL BEGIN
        ${touch('new.business_id', `new.consultation_date || 'T00:00:00.000Z'`)}
      END`);
    await q.query(`
      CREATE TRIGGER business_activity_consultation_update AFTER UPDATE OF status, business_id, consultation_date ON consultation
      WHEN new.status = 'final' AND new.business_id IS NOT NULL AND new.consultation_date IS NOT NULL BEGIN
        ${touch('new.business_id', `new.consultation_date || 'T00:00:00.000Z'`)}
      END`);
    await q.query(`
      CREATE TRIGGER business_activity_follow_up AFTER INSERT ON follow_up BEGIN
        ${touch('new.business_id', 'new.updated_at')}
      END`);
    await q.query(`
      CREATE TRIGGER business_activity_follow_up_update AFTER UPDATE OF status, business_id, updated_at ON follow_up BEGIN
        ${touch('new.business_id', 'new.updated_at')}
      END`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'business_activity_created',
      'business_activity_consultation',
      'business_activity_consultation_update',
      'business_activity_follow_up',
      'business_activity_follow_up_update',
    ]) {
      await q.query(`DROP TRIGGER ${t}`);
    }
    await q.query(`DROP INDEX business_activity`);
    await q.query(`ALTER TABLE business DROP COLUMN last_activity_at`);
  }
}

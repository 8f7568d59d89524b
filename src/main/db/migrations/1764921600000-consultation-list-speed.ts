import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the filtered consultation lists and the hours report need to read only an index:
 *
 * - `consultation.regency_code`: the business's kabupaten/kota, copied onto the consultation and
 *   carried in `consultation_live_date` with the other filter columns (channel, service areas,
 *   business), so a month's totals under any one filter never read the table.
 * - `consultation_consultant.consultation_date`, `contact_minutes`, `prep_minutes`: the
 *   consultation's date while it is a live final consultation (NULL otherwise) and its minutes, so
 *   a consultant's month is a range of `consultation_consultant_date` and the hours report sums the
 *   join rows alone.
 *
 * Triggers keep the copies right whoever writes (the app, import, tools): a consultation takes its
 * business's regency when inserted or moved to another business, and all of a business's
 * consultations follow when its regency changes (or when the business row arrives after them); a join row takes its consultation's values when
 * inserted, and follows when the consultation's date, minutes, status or deletion change.
 * Existing rows are filled here.
 */
export class ConsultationListSpeed1764921600000 implements MigrationInterface {
  name = 'ConsultationListSpeed1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consultation ADD COLUMN regency_code varchar NULL`);
    await q.query(`ALTER TABLE consultation_consultant ADD COLUMN consultation_date varchar(10) NULL`);
    await q.query(`ALTER TABLE consultation_consultant ADD COLUMN contact_minutes integer NULL`);
    await q.query(`ALTER TABLE consultation_consultant ADD COLUMN prep_minutes integer NULL`);

    // Indexes that the backfill would otherwise keep up to date row by row go first.
    await q.query(`DROP INDEX consultation_live_date`);
    await q.query(`DROP INDEX consultation_consultant_by`);

    await q.query(`
      UPDATE consultation AS c SET regency_code = b.regency_code
      FROM business b WHERE b.id = c.business_id AND b.regency_code IS NOT NULL`);
    await q.query(`
      UPDATE consultation_consultant AS cc SET
        consultation_date = CASE WHEN c.status = 'final' AND c.deleted_at IS NULL THEN c.consultation_date END,
        contact_minutes = c.contact_minutes,
        prep_minutes = c.prep_minutes
      FROM consultation c WHERE c.id = cc.consultation_id`);

    const indexes = [
      // The list: the date range drives it, every filter but the consultant's is checked in the index,
      // and the totals (count, contact minutes) and the hours' minutes are read from it.
      `CREATE INDEX consultation_live_date ON consultation
         (deleted_at, status, consultation_date, start_time, contact_minutes, prep_minutes, id, business_id, channel, regency_code, service_areas)`,
      // A consultant's consultations by date (the list's consultant filter, the hours of one consultant).
      `CREATE INDEX consultation_consultant_date ON consultation_consultant
         (consultant_id, consultation_date, consultation_id, contact_minutes, prep_minutes)`,
      // Every consultant's hours over a range of months.
      `CREATE INDEX consultation_consultant_hours ON consultation_consultant
         (consultation_date, consultant_id, contact_minutes, prep_minutes)`,
    ];
    for (const sql of indexes) await q.query(sql);

    const triggers = [
      `CREATE TRIGGER consultation_regency_insert AFTER INSERT ON consultation
       WHEN NEW.business_id IS NOT NULL OR NEW.regency_code IS NOT NULL
       BEGIN
         UPDATE consultation SET regency_code = (SELECT regency_code FROM business WHERE id = NEW.business_id) WHERE id = NEW.id;
       END`,
      `CREATE TRIGGER consultation_regency_business AFTER UPDATE OF business_id, regency_code ON consultation
       BEGIN
         UPDATE consultation SET regency_code = (SELECT regency_code FROM business WHERE id = NEW.business_id)
         WHERE id = NEW.id AND regency_code IS NOT (SELECT regency_code FROM business WHERE id = NEW.business_id);
       END`,
      `CREATE TRIGGER business_regency_consultations AFTER UPDATE OF regency_code ON business
       WHEN NEW.regency_code IS NOT OLD.regency_code
       BEGIN
         UPDATE consultation SET regency_code = NEW.regency_code WHERE business_id = NEW.id;
       END`,
      // A writer that puts a consultation in before its business (an import with deferred keys).
      `CREATE TRIGGER business_regency_insert AFTER INSERT ON business
       WHEN NEW.regency_code IS NOT NULL
       BEGIN
         UPDATE consultation SET regency_code = NEW.regency_code WHERE business_id = NEW.id;
       END`,
      `CREATE TRIGGER consultation_consultant_insert AFTER INSERT ON consultation_consultant
       BEGIN
         UPDATE consultation_consultant SET
           consultation_date = (SELECT CASE WHEN status = 'final' AND deleted_at IS NULL THEN consultation_date END FROM consultation WHERE id = NEW.consultation_id),
           contact_minutes = (SELECT contact_minutes FROM consultation WHERE id = NEW.consultation_id),
           prep_minutes = (SELECT prep_minutes FROM consultation WHERE id = NEW.consultation_id)
         WHERE consultation_id = NEW.consultation_id AND consultant_id = NEW.consultant_id;
       END`,
      `CREATE TRIGGER consultation_consultant_follow AFTER UPDATE OF status, deleted_at, consultation_date, contact_minutes, prep_minutes ON consultation
       WHEN NEW.status IS NOT OLD.status OR NEW.deleted_at IS NOT OLD.deleted_at OR NEW.consultation_date IS NOT OLD.consultation_date
         OR NEW.contact_minutes IS NOT OLD.contact_minutes OR NEW.prep_minutes IS NOT OLD.prep_minutes
       BEGIN
         UPDATE consultation_consultant SET
           consultation_date = CASE WHEN NEW.status = 'final' AND NEW.deleted_at IS NULL THEN NEW.consultation_date END,
           contact_minutes = NEW.contact_minutes,
           prep_minutes = NEW.prep_minutes
         WHERE consultation_id = NEW.id;
       END`,
    ];
    for (const sql of triggers) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'consultation_consultant_follow',
      'consultation_consultant_insert',
      'business_regency_insert',
      'business_regency_consultations',
      'consultation_regency_business',
      'consultation_regency_insert',
    ]) {
      await q.query(`DROP TRIGGER ${t}`);
    }
    for (const i of ['consultation_consultant_hours', 'consultation_consultant_date', 'consultation_live_date']) await q.query(`DROP INDEX ${i}`);
    await q.query(`ALTER TABLE consultation_consultant DROP COLUMN prep_minutes`);
    await q.query(`ALTER TABLE consultation_consultant DROP COLUMN contact_minutes`);
    await q.query(`ALTER TABLE consultation_consultant DROP COLUMN consultation_date`);
    await q.query(`ALTER TABLE consultation DROP COLUMN regency_code`);
    await q.query(`CREATE INDEX consultation_consultant_by ON consultation_consultant (consultant_id, consultation_id)`);
    await q.query(
      'CREATE INDEX consultation_live_date ON consultation (deleted_at, status, consultation_date, start_time, contact_minutes, prep_minutes)',
    );
  }
}

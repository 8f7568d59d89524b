import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Month aggregates of the counted consultations (finalised, not deleted, of a business that is not
 * deleted), so Beranda reads a few thousand rows instead of a year of consultations:
 *
 * - `report_month_area`: per month, kabupaten/kota ('' for none) and service area, the number of
 *   consultations and their contact minutes; the area '*' holds every consultation of the month
 *   once, whatever its areas.
 * - `report_business_month`: per business, kabupaten/kota and month, its consultations, with the
 *   business's previous month with consultations in that kabupaten/kota (`prev_month`, '' for
 *   none). The businesses served over months M1..M2 are then the rows of those months whose
 *   previous month is before M1: one count over an index range, no distinct.
 *
 * Triggers keep both exact whoever writes: a consultation's old values are taken off and its new
 * ones added (each change applied as a delta that creates its row first, so the order in which
 * SQLite runs this and the regency triggers does not matter), and a business's soft delete or
 * restore takes its consultations out or puts them back. Existing rows are counted here.
 */

const MONTH = (r: string) => `substr(${r}.consultation_date, 1, 7)`;
const REGENCY = (r: string) => `coalesce(${r}.regency_code, '')`;
const AREAS = (r: string) =>
  `(SELECT '*' AS area UNION SELECT value FROM json_each(CASE WHEN json_valid(${r}.service_areas) THEN ${r}.service_areas ELSE '[]' END))`;
const COUNTED = (r: string) =>
  `${r}.status = 'final' AND ${r}.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM business WHERE id = ${r}.business_id AND deleted_at > '')`;

/** The statements adding (sign 1) or taking off (sign -1) consultation row `r` (NEW or OLD) when it counts. */
function apply(r: 'NEW' | 'OLD', sign: 1 | -1): string[] {
  const month = MONTH(r);
  const regency = REGENCY(r);
  const key = `business_id = ${r}.business_id AND regency_code = ${regency}`;
  const row = `${key} AND month = ${month}`;
  const next = `${key} AND month = (SELECT min(month) FROM report_business_month WHERE ${key} AND month > ${month})`;
  const counted = COUNTED(r);
  return [
    `INSERT OR IGNORE INTO report_month_area (month, regency_code, area, consultations, contact_minutes)
       SELECT ${month}, ${regency}, a.area, 0, 0 FROM ${AREAS(r)} a WHERE ${counted}`,
    `UPDATE report_month_area SET consultations = consultations + (${sign}), contact_minutes = contact_minutes + (${sign}) * coalesce(${r}.contact_minutes, 0)
       WHERE month = ${month} AND regency_code = ${regency} AND area IN ${AREAS(r)} AND ${counted}`,
    `DELETE FROM report_month_area
       WHERE month = ${month} AND regency_code = ${regency} AND area IN ${AREAS(r)} AND consultations = 0 AND contact_minutes = 0`,
    `INSERT OR IGNORE INTO report_business_month (business_id, regency_code, month, consultations, prev_month)
       SELECT ${r}.business_id, ${regency}, ${month}, 0,
         coalesce((SELECT max(month) FROM report_business_month WHERE ${key} AND month < ${month}), '')
       WHERE ${counted}`,
    `UPDATE report_business_month SET prev_month = ${month} WHERE ${next} AND ${counted}`,
    `UPDATE report_business_month SET consultations = consultations + (${sign}) WHERE ${row} AND ${counted}`,
    `UPDATE report_business_month SET prev_month = (SELECT prev_month FROM report_business_month WHERE ${row})
       WHERE ${next} AND EXISTS (SELECT 1 FROM report_business_month WHERE ${row} AND consultations = 0)`,
    `DELETE FROM report_business_month WHERE ${row} AND consultations = 0`,
  ];
}

/** A business's consultations that count but for the business being deleted, by month, regency and area. */
const BUSINESS_AREAS = `
  SELECT substr(c.consultation_date, 1, 7) AS month, coalesce(c.regency_code, '') AS regency_code, a.area AS area,
    count(*) AS consultations, sum(coalesce(c.contact_minutes, 0)) AS contact_minutes
  FROM (
    SELECT DISTINCT c.id AS id, j.value AS area FROM consultation c, json_each(CASE WHEN json_valid(c.service_areas) THEN c.service_areas ELSE '[]' END) j
    WHERE c.business_id = NEW.id AND c.status = 'final' AND c.deleted_at IS NULL
    UNION ALL
    SELECT c.id, '*' FROM consultation c WHERE c.business_id = NEW.id AND c.status = 'final' AND c.deleted_at IS NULL
  ) a JOIN consultation c ON c.id = a.id
  GROUP BY 1, 2, 3`;

function businessMove(sign: 1 | -1): string[] {
  const match = (col: string) =>
    `(SELECT s.${col} FROM (${BUSINESS_AREAS}) s WHERE s.month = report_month_area.month AND s.regency_code = report_month_area.regency_code AND s.area = report_month_area.area)`;
  const keys = `(month, regency_code, area) IN (SELECT s.month, s.regency_code, s.area FROM (${BUSINESS_AREAS}) s)`;
  const statements = [
    `INSERT OR IGNORE INTO report_month_area (month, regency_code, area, consultations, contact_minutes)
       SELECT s.month, s.regency_code, s.area, 0, 0 FROM (${BUSINESS_AREAS}) s`,
    `UPDATE report_month_area SET consultations = consultations + (${sign}) * ${match('consultations')},
       contact_minutes = contact_minutes + (${sign}) * ${match('contact_minutes')}
     WHERE ${keys}`,
    `DELETE FROM report_month_area WHERE ${keys} AND consultations = 0 AND contact_minutes = 0`,
    `DELETE FROM report_business_month WHERE business_id = NEW.id`,
  ];
  if (sign === 1) {
    statements.push(
      `INSERT INTO report_business_month (business_id, regency_code, month, consultations, prev_month)
         SELECT c.business_id, coalesce(c.regency_code, ''), substr(c.consultation_date, 1, 7), count(*), ''
         FROM consultation c WHERE c.business_id = NEW.id AND c.status = 'final' AND c.deleted_at IS NULL
         GROUP BY 1, 2, 3`,
      `UPDATE report_business_month SET prev_month = coalesce((SELECT max(p.month) FROM report_business_month p
           WHERE p.business_id = NEW.id AND p.regency_code = report_business_month.regency_code AND p.month < report_business_month.month), '')
         WHERE business_id = NEW.id`,
    );
  }
  return statements;
}

const CHANGED = ['status', 'deleted_at', 'consultation_date', 'service_areas', 'contact_minutes', 'business_id', 'regency_code'];

export class ReportAggregates1765267200000 implements MigrationInterface {
  name = 'ReportAggregates1765267200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_month_area (
        month varchar(7) NOT NULL,
        regency_code varchar NOT NULL,
        area varchar NOT NULL,
        consultations integer NOT NULL,
        contact_minutes integer NOT NULL,
        PRIMARY KEY (month, regency_code, area)
      ) WITHOUT ROWID`);
    await q.query(`
      CREATE TABLE report_business_month (
        business_id varchar(36) NOT NULL,
        regency_code varchar NOT NULL,
        month varchar(7) NOT NULL,
        consultations integer NOT NULL,
        prev_month varchar(7) NOT NULL
      )`);

    await q.query(`
      INSERT INTO report_month_area (month, regency_code, area, consultations, contact_minutes)
      SELECT substr(c.consultation_date, 1, 7), coalesce(c.regency_code, ''), a.area, count(*), sum(coalesce(c.contact_minutes, 0))
      FROM (
        SELECT DISTINCT c.id AS id, j.value AS area FROM consultation c, json_each(CASE WHEN json_valid(c.service_areas) THEN c.service_areas ELSE '[]' END) j
        WHERE ${COUNTED('c')}
        UNION ALL
        SELECT c.id, '*' FROM consultation c WHERE ${COUNTED('c')}
      ) a JOIN consultation c ON c.id = a.id
      GROUP BY 1, 2, 3`);
    await q.query(`
      INSERT INTO report_business_month (business_id, regency_code, month, consultations, prev_month)
      SELECT business_id, regency_code, month, n, coalesce(lag(month) OVER (PARTITION BY business_id, regency_code ORDER BY month), '')
      FROM (
        SELECT c.business_id AS business_id, coalesce(c.regency_code, '') AS regency_code, substr(c.consultation_date, 1, 7) AS month, count(*) AS n
        FROM consultation c WHERE ${COUNTED('c')} GROUP BY 1, 2, 3
      )`);
    await q.query(`CREATE UNIQUE INDEX report_business_month_key ON report_business_month (business_id, regency_code, month)`);
    // Businesses served: a kabupaten/kota's range of months, each row's previous month read from the index.
    await q.query(`CREATE INDEX report_business_month_served ON report_business_month (regency_code, month, prev_month)`);

    const when = CHANGED.map((col) => `NEW.${col} IS NOT OLD.${col}`).join(' OR ');
    const triggers = [
      `CREATE TRIGGER report_consultation_insert AFTER INSERT ON consultation BEGIN ${apply('NEW', 1).join(';\n')}; END`,
      `CREATE TRIGGER report_consultation_update AFTER UPDATE OF ${CHANGED.join(', ')} ON consultation WHEN ${when}
       BEGIN ${[...apply('OLD', -1), ...apply('NEW', 1)].join(';\n')}; END`,
      `CREATE TRIGGER report_consultation_delete AFTER DELETE ON consultation BEGIN ${apply('OLD', -1).join(';\n')}; END`,
      `CREATE TRIGGER report_business_deleted AFTER UPDATE OF deleted_at ON business
       WHEN coalesce(NEW.deleted_at > '', 0) AND NOT coalesce(OLD.deleted_at > '', 0)
       BEGIN ${businessMove(-1).join(';\n')}; END`,
      `CREATE TRIGGER report_business_restored AFTER UPDATE OF deleted_at ON business
       WHEN coalesce(OLD.deleted_at > '', 0) AND NOT coalesce(NEW.deleted_at > '', 0)
       BEGIN ${businessMove(1).join(';\n')}; END`,
    ];
    for (const sql of triggers) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['report_business_restored', 'report_business_deleted', 'report_consultation_delete', 'report_consultation_update', 'report_consultation_insert']) {
      await q.query(`DROP TRIGGER ${t}`);
    }
    await q.query(`DROP TABLE report_business_month`);
    await q.query(`DROP TABLE report_month_area`);
  }
}

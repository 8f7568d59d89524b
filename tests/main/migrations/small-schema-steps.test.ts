import { describe, expect, it } from 'vitest';
import { BackupSettings1765353600000 } from '../../../src/main/db/migrations/1765353600000-backup-settings';
import { ReportSpeed1765180800000 } from '../../../src/main/db/migrations/1765180800000-report-speed';
import { Transfer1764748800000 } from '../../../src/main/db/migrations/1764748800000-transfer';
import { namesOn, schemaOf, upgradeTests } from '../helpers/migrations';

/** The migrations that only add a table or an index: the data of the version before stays as it was. */
const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

/** Every row of every table but the region list, to compare before and after. */
async function allRows(query: (sql: string) => Promise<Array<Record<string, unknown>>>) {
  const tables = (await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('region', 'migrations') AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY name`)) as Array<{ name: string }>;
  return Object.fromEntries(await Promise.all(tables.map(async ({ name }) => [name, await query(`SELECT * FROM "${name}" ORDER BY 1`)])));
}

describe('migrations that add a table or an index', () => {
  it('transfer: adds the transfer bases, keeping businesses and consultations', async () => {
    const db = await before(Transfer1764748800000);
    await db.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES ('b1', 'Kue Bu Sri', 'kue bu sri', 'aktif', '64.72', ?, ?)`, [AT, AT]);
    const rowsBefore = await allRows(db.query);
    const ds = await db.upgrade();
    expect(await allRows((sql) => ds.query(sql))).toEqual({ ...rowsBefore, transfer_base: [] });
    await ds.query(`INSERT INTO transfer_base (entity, record_id, base_updated_at) VALUES ('business', 'b1', ?)`, [AT]);
    await expect(ds.query(`INSERT INTO transfer_base (entity, record_id, base_updated_at) VALUES ('business', 'b1', ?)`, [AT])).rejects.toThrow(/UNIQUE/);
  });

  it('report speed: adds the final-consultation and done-follow-up indexes, keeping the rows', async () => {
    const db = await before(ReportSpeed1765180800000);
    await db.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES ('b1', 'Kue Bu Sri', 'kue bu sri', 'aktif', '64.72', ?, ?)`, [AT, AT]);
    await db.query(
      `INSERT INTO follow_up (id, business_id, title, due_date, assignee, status, completed_at, created_at, updated_at) VALUES ('f1', 'b1', 'Cek', '2026-10-02', 'consultant', 'done', ?, ?, ?)`,
      [AT, AT, AT],
    );
    const rowsBefore = await allRows(db.query);
    const schemaBefore = await schemaOf(db.ds);
    const ds = await db.upgrade();
    expect(await allRows((sql) => ds.query(sql))).toEqual(rowsBefore);
    expect(await namesOn(ds, 'index', 'consultation')).toContain('consultation_final_business');
    expect(await namesOn(ds, 'index', 'follow_up')).toContain('follow_up_done');
    expect((await schemaOf(ds)).filter((o) => !['consultation_final_business', 'follow_up_done'].includes(o.name))).toEqual(schemaBefore);
  });

  it('backup settings: adds the one-row settings table, keeping the office and the rest', async () => {
    const db = await before(BackupSettings1765353600000);
    await db.query(`UPDATE office_profile SET office_name = 'PLUT Samarinda', idle_days = 60`);
    const rowsBefore = await allRows(db.query);
    const ds = await db.upgrade();
    expect(await allRows((sql) => ds.query(sql))).toEqual({ ...rowsBefore, backup_settings: [] });
    await ds.query(`INSERT INTO backup_settings (id, second_folder, updated_at) VALUES (1, '/media/usb', ?)`, [AT]);
    await expect(ds.query(`INSERT INTO backup_settings (id, updated_at) VALUES (2, ?)`, [AT])).rejects.toThrow(/CHECK/);
  });
});

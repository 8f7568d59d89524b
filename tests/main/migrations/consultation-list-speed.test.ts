import { describe, expect, it } from 'vitest';
import { ConsultationListSpeed1764921600000 } from '../../../src/main/db/migrations/1764921600000-consultation-list-speed';
import { namesOn, upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

/** The version before: two consultants, businesses in two kabupaten, final, draft and deleted consultations. */
async function previousVersion() {
  const db = await before(ConsultationListSpeed1764921600000);
  for (const [id, name] of [['k1', 'Siti Rahmawati'], ['k2', 'Andi Pratama']]) {
    await db.query(`INSERT INTO consultant (id, name, active, created_at, updated_at) VALUES (?, ?, 1, ?, ?)`, [id, name, AT, AT]);
  }
  for (const [id, regency] of [['b-smd', '64.72'], ['b-bpn', '64.71']]) {
    await db.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES (?, ?, ?, 'aktif', ?, ?, ?)`, [id, id, id, regency, AT, AT]);
  }
  const rows: Array<[string, string, string, string | null, number | null, number | null, string | null]> = [
    // id, business, status, date, contact, prep, deleted
    ['c-final', 'b-smd', 'final', '2026-10-05', 90, 30, null],
    ['c-deleted', 'b-bpn', 'final', '2026-10-06', 60, null, AT],
    ['c-draft', 'b-bpn', 'draft', '2026-10-07', 45, 15, null],
  ];
  let seq = 0;
  for (const [id, business, status, date, contact, prep, deleted] of rows) {
    seq += 1;
    const final = status === 'final';
    await db.query(
      `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, contact_minutes, prep_minutes, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, 'SMD1', '2026-10', ?, ?, ?, ?, ?, ?, ?)`,
      [id, business, status, final ? `KB/SMD1/2026/10/000${seq}` : null, final ? seq : null, date, contact, prep, AT, AT, deleted],
    );
    await db.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES (?, 'k1', 0)`, [id]);
  }
  await db.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES ('c-final', 'k2', 1)`);
  return db;
}

type Join = { consultation_id: string; consultant_id: string; consultation_date: string | null; contact_minutes: number | null; prep_minutes: number | null };
const joins = async (ds: { query: (sql: string) => Promise<unknown> }) =>
  (await ds.query(`SELECT consultation_id, consultant_id, consultation_date, contact_minutes, prep_minutes FROM consultation_consultant ORDER BY consultation_id, consultant_id`)) as Join[];

describe('consultation list speed: migration', () => {
  it('copies each business’s kabupaten onto its consultations and each live final consultation’s date and minutes onto its consultants', async () => {
    const db = await previousVersion();
    const consultationsBefore = await db.query(`SELECT * FROM consultation ORDER BY id`);
    const ds = await db.upgrade();
    const after: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM consultation ORDER BY id`);
    expect(after.map(({ regency_code: _r, ...kept }) => kept)).toEqual(consultationsBefore);
    expect(after.map((r) => [r['id'], r['regency_code']])).toEqual([['c-deleted', '64.71'], ['c-draft', '64.71'], ['c-final', '64.72']]);
    expect(await joins(ds)).toEqual([
      { consultation_id: 'c-deleted', consultant_id: 'k1', consultation_date: null, contact_minutes: 60, prep_minutes: null },
      { consultation_id: 'c-draft', consultant_id: 'k1', consultation_date: null, contact_minutes: 45, prep_minutes: 15 },
      { consultation_id: 'c-final', consultant_id: 'k1', consultation_date: '2026-10-05', contact_minutes: 90, prep_minutes: 30 },
      { consultation_id: 'c-final', consultant_id: 'k2', consultation_date: '2026-10-05', contact_minutes: 90, prep_minutes: 30 },
    ]);
    expect(await namesOn(ds, 'index', 'consultation')).toContain('consultation_live_date');
    expect(await namesOn(ds, 'index', 'consultation_consultant')).toEqual(expect.arrayContaining(['consultation_consultant_date', 'consultation_consultant_hours']));
    expect(await namesOn(ds, 'index', 'consultation_consultant')).not.toContain('consultation_consultant_by');
  });

  it('keeps the copies by triggers: a business moving kabupaten, a consultation moved or finalised, a consultant added', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    const regency = async (id: string) => ((await ds.query(`SELECT regency_code FROM consultation WHERE id = ?`, [id])) as Array<{ regency_code: string }>)[0]!.regency_code;

    await ds.query(`UPDATE business SET regency_code = '64.02' WHERE id = 'b-smd'`);
    expect(await regency('c-final')).toBe('64.02');
    await ds.query(`UPDATE consultation SET business_id = 'b-smd' WHERE id = 'c-draft'`);
    expect(await regency('c-draft')).toBe('64.02');

    await ds.query(`UPDATE consultation SET status = 'final', number = 'KB/SMD1/2026/10/0009', seq = 9, contact_minutes = 50 WHERE id = 'c-draft'`);
    await ds.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES ('c-draft', 'k2', 1)`);
    expect((await joins(ds)).filter((j) => j.consultation_id === 'c-draft')).toEqual([
      { consultation_id: 'c-draft', consultant_id: 'k1', consultation_date: '2026-10-07', contact_minutes: 50, prep_minutes: 15 },
      { consultation_id: 'c-draft', consultant_id: 'k2', consultation_date: '2026-10-07', contact_minutes: 50, prep_minutes: 15 },
    ]);
    await ds.query(`UPDATE consultation SET deleted_at = ? WHERE id = 'c-final'`, [AT]);
    expect((await joins(ds)).filter((j) => j.consultation_id === 'c-final').map((j) => j.consultation_date)).toEqual([null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import { BusinessActivity1765008000000 } from '../../../src/main/db/migrations/1765008000000-business-activity';
import { namesOn, upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const CREATED = '2026-10-01T01:00:00.000Z';

/** The version before: four businesses, each last active in a different way. */
async function previousVersion() {
  const db = await before(BusinessActivity1765008000000);
  for (const id of ['b-consulted', 'b-followed', 'b-quiet', 'b-draft']) {
    await db.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES (?, ?, ?, 'aktif', '64.72', ?, ?)`, [id, id, id, CREATED, CREATED]);
  }
  const consultation = (id: string, business: string, status: string, date: string, seq: number) =>
    db.query(
      `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'SMD1', substr(?, 1, 7), ?, ?, ?, ?)`,
      [id, business, status, status === 'final' ? `KB/SMD1/2026/${date.slice(5, 7)}/000${seq}` : null, date, status === 'final' ? seq : null, date, CREATED, CREATED],
    );
  await consultation('c1', 'b-consulted', 'final', '2026-10-20', 1);
  await consultation('c2', 'b-consulted', 'final', '2026-10-05', 2);
  await consultation('c3', 'b-followed', 'final', '2026-10-03', 3);
  await consultation('c4', 'b-draft', 'draft', '2026-11-01', 0);
  await db.query(
    `INSERT INTO follow_up (id, business_id, title, due_date, assignee, status, created_at, updated_at) VALUES ('f1', 'b-followed', 'Cek stok', '2026-11-02', 'consultant', 'open', ?, '2026-10-25T02:00:00.000Z')`,
    [CREATED],
  );
  return db;
}

describe('business activity: migration', () => {
  it('dates each business’s last activity from its creation, final consultations and follow-ups, drafts not counting', async () => {
    const db = await previousVersion();
    const businessesBefore = await db.query(`SELECT * FROM business ORDER BY id`);
    const ds = await db.upgrade();
    const after: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM business ORDER BY id`);
    expect(after.map(({ last_activity_at: _a, ...kept }) => kept)).toEqual(businessesBefore);
    expect(Object.fromEntries(after.map((r) => [r['id'], r['last_activity_at']]))).toEqual({
      'b-consulted': '2026-10-20T00:00:00.000Z',
      'b-draft': CREATED,
      'b-followed': '2026-10-25T02:00:00.000Z',
      'b-quiet': CREATED,
    });
    expect(await namesOn(ds, 'index', 'business')).toContain('business_activity');
  });

  it('keeps the date by triggers: a new business, a consultation finalised, a follow-up made or changed, never going back', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    const last = async (id: string) => ((await ds.query(`SELECT last_activity_at FROM business WHERE id = ?`, [id])) as Array<{ last_activity_at: string }>)[0]!.last_activity_at;

    await ds.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES ('b-new', 'Baru', 'baru', 'aktif', '64.72', '2026-11-03T00:00:00.000Z', '2026-11-03T00:00:00.000Z')`);
    expect(await last('b-new')).toBe('2026-11-03T00:00:00.000Z');

    await ds.query(`UPDATE consultation SET status = 'final', number = 'KB/SMD1/2026/11/0001', seq = 9 WHERE id = 'c4'`);
    expect(await last('b-draft')).toBe('2026-11-01T00:00:00.000Z');

    await ds.query(`UPDATE follow_up SET status = 'done', updated_at = '2026-11-04T05:00:00.000Z' WHERE id = 'f1'`);
    expect(await last('b-followed')).toBe('2026-11-04T05:00:00.000Z');
    await ds.query(
      `INSERT INTO follow_up (id, business_id, title, due_date, assignee, status, created_at, updated_at) VALUES ('f2', 'b-quiet', 'Telepon', '2026-11-06', 'business', 'open', ?, '2026-11-05T00:00:00.000Z')`,
      [CREATED],
    );
    expect(await last('b-quiet')).toBe('2026-11-05T00:00:00.000Z');

    // A consultation finalised with an older date leaves a later activity as it is.
    await ds.query(
      `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, created_at, updated_at)
       VALUES ('c5', 'b-quiet', 'final', 'KB/SMD1/2026/10/0009', 'SMD1', '2026-10', 10, '2026-10-02', ?, ?)`,
      [CREATED, CREATED],
    );
    expect(await last('b-quiet')).toBe('2026-11-05T00:00:00.000Z');
  });
});

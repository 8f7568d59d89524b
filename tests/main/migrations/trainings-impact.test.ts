import { describe, expect, it } from 'vitest';
import { TrainingsImpact1765094400000 } from '../../../src/main/db/migrations/1765094400000-trainings-impact';
import { namesOn, schemaOf, upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-11-02T01:00:00.000Z';
const LATER = '2026-11-20T03:00:00.000Z';

/** The version before: a consultant, two businesses, a final consultation and its follow-ups in every state. */
async function previousVersion() {
  const db = await before(TrainingsImpact1765094400000);
  await db.query(`INSERT INTO consultant (id, name, active, created_at, updated_at) VALUES ('k1', 'Siti Rahmawati', 1, ?, ?)`, [AT, AT]);
  for (const [id, name] of [['b1', 'Kue Bu Sri'], ['b2', 'Bengkel Las Pak Anto']]) {
    await db.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES (?, ?, lower(?), 'aktif', '64.72', ?, ?)`, [id, name, name, AT, AT]);
  }
  await db.query(
    `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, created_at, updated_at)
     VALUES ('c1', 'b1', 'final', 'KB/SMD1/2026/11/0001', 'SMD1', '2026-11', 1, '2026-11-02', ?, ?)`,
    [AT, AT],
  );
  const followUps: Array<Array<string | null>> = [
    // id, business, consultation, action item, title, due date, due time, assignee, consultant, status, outcome, cancel reason, completed, snoozed
    ['f-open', 'b1', 'c1', 'a1', 'Kirim contoh label halal', '2026-11-09', null, 'business', null, 'open', null, null, null, null],
    ['f-timed', 'b1', null, null, 'Kunjungan ke dapur produksi', '2026-11-10', '10:30', 'consultant', 'k1', 'open', null, null, null, '2026-11-10T06:00:00.000Z'],
    ['f-done', 'b2', null, null, 'Tanya izin PIRT', '2026-11-03', null, 'consultant', 'k1', 'done', 'Sudah diajukan', null, '2026-11-03T05:00:00.000Z', null],
    ['f-cancelled', 'b2', null, null, 'Foto produk', '2026-11-04', null, 'business', null, 'cancelled', null, 'Usaha tutup sementara', null, null],
  ];
  for (const [id, business, consultation, item, title, date, time, assignee, consultant, status, outcome, reason, completed, snoozed] of followUps) {
    const due = `${date}T15:59:59.999Z`;
    await db.query(
      `INSERT INTO follow_up (id, business_id, consultation_id, action_item_id, title, due_date, due_time, assignee, consultant_id, status, outcome,
         cancel_reason, completed_at, created_at, updated_at, updated_by, due_at, snoozed_until, effective_at, remind_at, notified_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'k1', ?, ?, ?, ?, NULL)`,
      [id, business, consultation, item, title, date, time, assignee, consultant, status, outcome, reason, completed, AT, AT, due, snoozed, snoozed ?? due, snoozed ?? due],
    );
  }
  return db;
}

describe('trainings and impact: migration', () => {
  it('keeps every follow-up row and column as it was, with no participant or training', async () => {
    const db = await previousVersion();
    const rowsBefore = await db.query(`SELECT * FROM follow_up ORDER BY id`);
    const ds = await db.upgrade();
    const after: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM follow_up ORDER BY id`);
    expect(after).toHaveLength(4);
    expect(after.map(({ participant_id: _p, training_id: _t, ...kept }) => kept)).toEqual(rowsBefore);
    expect(after.every((r) => r['participant_id'] === null && r['training_id'] === null)).toBe(true);
    expect(await ds.query(`PRAGMA foreign_key_check`)).toEqual([]);
  });

  it('gives the rebuilt follow_up its indexes and triggers again, word for word, and the two new indexes', async () => {
    const db = await previousVersion();
    const dependents = (await schemaOf(db.ds, 'follow_up')).filter((o) => o.type !== 'table');
    const ds = await db.upgrade();
    const afterDependents = (await schemaOf(ds, 'follow_up')).filter((o) => o.type !== 'table');
    expect(afterDependents.filter((o) => !['follow_up_participant', 'follow_up_training'].includes(o.name))).toEqual(dependents);
    expect(await namesOn(ds, 'index', 'follow_up')).toEqual(expect.arrayContaining(['follow_up_participant', 'follow_up_training']));
    expect(await namesOn(ds, 'trigger', 'follow_up')).toEqual(['business_activity_follow_up', 'business_activity_follow_up_update']);
    // The table keeps its name in the stored SQL of every object that names it.
    expect((await schemaOf(ds)).filter((o) => o.sql?.includes('follow_up_new'))).toEqual([]);
  });

  it('keeps the rules working on the rebuilt table: activity triggers, one follow-up per action item, foreign keys', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    const insert = (id: string, business: string | null, extra: { consultation?: string; item?: string; participant?: string; training?: string } = {}) =>
      ds.query(
        `INSERT INTO follow_up (id, business_id, consultation_id, action_item_id, participant_id, training_id, title, due_date, assignee, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'Cek', '2026-11-25', 'consultant', 'open', ?, ?)`,
        [id, business, extra.consultation ?? null, extra.item ?? null, extra.participant ?? null, extra.training ?? null, LATER, LATER],
      );
    await insert('f-new', 'b2');
    expect(await ds.query(`SELECT last_activity_at FROM business WHERE id = 'b2'`)).toEqual([{ last_activity_at: LATER }]);
    await expect(insert('f-copy', 'b1', { consultation: 'c1', item: 'a1' })).rejects.toThrow(/UNIQUE/);
    await expect(insert('f-nobody', 'nope')).rejects.toThrow(/FOREIGN KEY/);
  });

  it('lets a participant of a training, who has no business profile yet, have a check-in, but never a follow-up of nobody', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    await ds.query(`INSERT INTO training (id, title, topic, start_date, end_date, created_at, updated_at) VALUES ('t1', 'Pelatihan Pemasaran Digital', 'pemasaran', '2026-11-16', '2026-11-18', ?, ?)`, [LATER, LATER]);
    await ds.query(`INSERT INTO training_participant (id, training_id, name, created_at, updated_at) VALUES ('p1', 't1', 'Rina Wulandari', ?, ?)`, [LATER, LATER]);
    const checkIn = `INSERT INTO follow_up (id, business_id, participant_id, training_id, title, due_date, assignee, status, created_at, updated_at)
       VALUES (?, NULL, ?, ?, 'Sudah mulai usaha?', '2026-12-18', 'consultant', 'open', ?, ?)`;
    await ds.query(checkIn, ['f-check', 'p1', 't1', LATER, LATER]);
    await expect(ds.query(checkIn, ['f-none', null, 't1', LATER, LATER])).rejects.toThrow(/CHECK/);
    await expect(ds.query(checkIn, ['f-ghost', 'nope', 't1', LATER, LATER])).rejects.toThrow(/FOREIGN KEY/);
    expect(await ds.query(`SELECT id FROM follow_up WHERE participant_id = 'p1'`)).toEqual([{ id: 'f-check' }]);
  });

  it('undoes to the follow_up table of the version before (columns, indexes, triggers), and does again to the same schema', async () => {
    const db = await previousVersion();
    const columns = async () => db.ds.query(`PRAGMA table_info(follow_up)`);
    const dependents = async () => (await schemaOf(db.ds, 'follow_up')).filter((o) => o.type !== 'table');
    const [columnsBefore, dependentsBefore] = [await columns(), await dependents()];
    const ds = await db.upgrade();
    const schemaUp = await schemaOf(ds);
    await ds.undoLastMigration({ transaction: 'each' });
    expect(await ds.query(`PRAGMA table_info(follow_up)`)).toEqual(columnsBefore);
    expect((await schemaOf(ds, 'follow_up')).filter((o) => o.type !== 'table')).toEqual(dependentsBefore);
    expect(await ds.query(`SELECT count(*) AS n FROM follow_up`)).toEqual([{ n: 4 }]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await schemaOf(ds)).toEqual(schemaUp);
  });
});

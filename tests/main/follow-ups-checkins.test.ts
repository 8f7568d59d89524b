import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUpBucket } from '../../src/shared/contract';
import { distinctProfile, openDesk, profile, steppingClock, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { exportTo } from './helpers/transfer';

/** A clock the test moves by hand; each reading adds a millisecond so writes never share a time. */
function handClock(startIso: string) {
  let t = Date.parse(startIso);
  return {
    clock: () => new Date(t++),
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

/**
 * A training and its participants written straight into the database: these tests are about the
 * follow-ups a training's participants get, not about how trainings are entered.
 */
async function seedTraining(
  d: Desk,
  participants: Array<{ name: string; regencyCode?: string | null; businessId?: string | null }>,
  title = 'Pelatihan Sablon Kaos',
): Promise<{ trainingId: string; participantIds: string[] }> {
  const now = '2026-06-01T02:00:00.000Z';
  const trainingId = randomUUID();
  const participantIds: string[] = [];
  await d.t.core.ds.transaction(async (m) => {
    await m.query(
      `INSERT INTO training (id, title, topic, start_date, end_date, regency_code, trainers, created_at, updated_at, updated_by)
       VALUES (?, ?, 'sablon', '2026-06-01', '2026-06-03', '64.72', '[]', ?, ?, ?)`,
      [trainingId, title, now, now, d.consultantId],
    );
    for (const p of participants) {
      const id = randomUUID();
      await m.query(
        `INSERT INTO training_participant (id, training_id, name, regency_code, has_business, business_id, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, trainingId, p.name, p.regencyCode ?? null, p.businessId ? 1 : 0, p.businessId ?? null, now, now, d.consultantId],
      );
      participantIds.push(id);
    }
  });
  return { trainingId, participantIds };
}

type CheckIn = { participantId: string; trainingId: string; businessId: string | null; title: string; dueDate: string; consultantId: string | null };

const service = (d: Desk) => d.t.core.services.followUps;

function createCheckIns(d: Desk, items: CheckIn[]): Promise<number> {
  return d.t.core.ds.transaction((m) => service(d).createCheckIns(m, items));
}

const tab = async (d: Desk, bucket: FollowUpBucket, filters: Record<string, string> = {}) =>
  (await d.call('followUps:list', { bucket, ...filters })).rows.map((r) => r.title);

let desk: Desk;
const dirs: string[] = [];
afterEach(async () => {
  await desk?.t.dispose();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-ins of training participants', () => {
  it('fall due at 08:00 office time on their date, land in the right tab, and are audited', async () => {
    // 15 June 2026, 07:30 WITA, while UTC still says the 14th.
    const time = handClock('2026-06-14T23:30:00.000Z');
    desk = await openDesk({ clock: time.clock });
    const { trainingId, participantIds: [rina, budi, sari] } = await seedTraining(desk, [
      { name: 'Rina Marlina', regencyCode: '64.71' },
      { name: 'Budi Santoso' },
      { name: 'Sari Dewi' },
    ]);
    const base = { trainingId, businessId: null, consultantId: desk.consultantId };
    const n = await createCheckIns(desk, [
      { ...base, participantId: rina!, title: 'Sudah mulai usaha? (Rina)', dueDate: '2026-06-15' },
      { ...base, participantId: budi!, title: 'Sudah mulai usaha? (Budi)', dueDate: '2026-06-18' },
      { ...base, participantId: sari!, title: 'Sudah mulai usaha? (Sari)', dueDate: '2026-07-13', consultantId: null },
    ]);
    expect(n).toBe(3);

    const [today] = (await desk.call('followUps:list', { bucket: 'today' })).rows;
    expect(today).toMatchObject({
      title: 'Sudah mulai usaha? (Rina)',
      businessId: null,
      businessName: null,
      participantId: rina,
      participantName: 'Rina Marlina',
      trainingId,
      trainingTitle: 'Pelatihan Sablon Kaos',
      regencyName: 'Kota Balikpapan',
      consultationId: null,
      actionItemId: null,
      assignee: 'consultant',
      consultantId: desk.consultantId,
      status: 'open',
      dueDate: '2026-06-15',
      dueTime: null,
      dueAt: '2026-06-15T15:59:59.999Z',
      effectiveAt: '2026-06-15T15:59:59.999Z',
    });
    expect(await tab(desk, 'week')).toEqual(['Sudah mulai usaha? (Budi)']);
    expect(await tab(desk, 'later')).toEqual(['Sudah mulai usaha? (Sari)']);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 1, week: 1, later: 1 });
    // The reminder is armed for the morning of its date, 08:00 WITA.
    const [row] = await desk.t.core.ds.query(`SELECT remind_at FROM follow_up WHERE participant_id = ?`, [rina]);
    expect(row.remind_at).toBe('2026-06-15T00:00:00.000Z');

    // 08:00 WITA has passed: still due today; overdue from midnight.
    time.set('2026-06-15T00:30:00.000Z');
    expect(await tab(desk, 'today')).toEqual(['Sudah mulai usaha? (Rina)']);
    time.set('2026-06-15T16:00:00.000Z');
    expect(await tab(desk, 'overdue')).toEqual(['Sudah mulai usaha? (Rina)']);

    const audit = await desk.call('audit:list', { limit: 50, entity: 'follow_up' });
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.action === 'create')).toBe(true);
    expect(audit.find((a) => a.entityId === today!.id)!.changes).toEqual({
      title: [null, 'Sudah mulai usaha? (Rina)'],
      dueDate: [null, '2026-06-15'],
      businessId: [null, null],
      participantId: [null, rina],
      trainingId: [null, trainingId],
    });
  });

  it('writes nothing for no items', async () => {
    desk = await openDesk();
    expect(await createCheckIns(desk, [])).toBe(0);
    expect(await desk.t.core.ds.query(`SELECT id FROM follow_up`)).toEqual([]);
  });

  it('without a business: listed, filtered by the participant’s kabupaten/kota, in the agenda, snoozed, rescheduled and completed', async () => {
    desk = await openDesk({ clock: steppingClock('2026-06-15T02:00:00.000Z') });
    const sri = await desk.create(profile()); // Kota Samarinda
    await desk.call('followUps:create', { businessId: sri.id, title: 'Cek label', dueDate: '2026-06-16', assignee: 'consultant' });
    const { trainingId, participantIds: [rina] } = await seedTraining(desk, [{ name: 'Rina Marlina', regencyCode: '64.71' }]);
    await createCheckIns(desk, [{ participantId: rina!, trainingId, businessId: null, title: 'Sudah mulai usaha?', dueDate: '2026-06-16', consultantId: desk.consultantId }]);

    expect(await tab(desk, 'week')).toEqual(['Cek label', 'Sudah mulai usaha?']);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 0, week: 2, later: 0 });
    expect(await desk.call('followUps:counts', { consultantId: desk.consultantId })).toMatchObject({ week: 2 });
    expect(await tab(desk, 'week', { regencyCode: '64.71' })).toEqual(['Sudah mulai usaha?']);
    expect(await tab(desk, 'week', { regencyCode: '64.72' })).toEqual(['Cek label']);
    expect((await desk.call('followUps:list', { bucket: 'week', regencyCode: '64.71' })).total).toBe(1);
    expect(await tab(desk, 'week', { businessId: sri.id })).toEqual(['Cek label']);
    const agenda = await desk.call('followUps:agenda', { from: '2026-06-15', to: '2026-06-20', regencyCode: '64.71' });
    expect(agenda.map((a) => [a.title, a.participantName])).toEqual([['Sudah mulai usaha?', 'Rina Marlina']]);

    const id = agenda[0]!.id;
    const snoozed = await desk.call('followUps:snooze', { id, until: '2026-07-01T00:00:00.000Z' });
    expect(snoozed).toMatchObject({ participantName: 'Rina Marlina', snoozedUntil: '2026-07-01T00:00:00.000Z', effectiveAt: '2026-07-01T15:59:59.999Z' });
    expect(await tab(desk, 'later')).toEqual(['Sudah mulai usaha?']);
    const moved = await desk.call('followUps:reschedule', { id, dueDate: '2026-06-17', dueTime: '10:00' });
    expect(moved).toMatchObject({ snoozedUntil: null, dueAt: '2026-06-17T02:00:00.000Z', businessId: null });
    const done = await desk.call('followUps:complete', { id, outcome: 'Sudah jualan kaos sablon lewat WhatsApp' });
    expect(done).toMatchObject({ status: 'done', participantName: 'Rina Marlina', trainingTitle: 'Pelatihan Sablon Kaos', businessId: null });
    expect(await tab(desk, 'closed')).toEqual(['Sudah mulai usaha?']);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 0, week: 1, later: 0 });
    const audit = (await desk.call('audit:list', { limit: 50, entity: 'follow_up' })).filter((a) => a.entityId === id);
    expect(audit.map((a) => a.action)).toEqual(['complete', 'reschedule', 'snooze', 'create']);
  });

  it('can be cancelled', async () => {
    desk = await openDesk();
    const { trainingId, participantIds: [rina] } = await seedTraining(desk, [{ name: 'Rina Marlina' }]);
    await createCheckIns(desk, [{ participantId: rina!, trainingId, businessId: null, title: 'Sudah mulai usaha?', dueDate: '2026-06-20', consultantId: null }]);
    const [row] = (await desk.call('followUps:list', { bucket: 'week' })).rows;
    expect(row!.consultantId).toBeNull();
    expect(await desk.call('followUps:cancel', { id: row!.id, reason: 'Pindah ke luar daerah' })).toMatchObject({ status: 'cancelled', cancelReason: 'Pindah ke luar daerah' });
  });

  it('a reminder names the participant and the training when there is no business', async () => {
    const time = handClock('2026-06-15T02:00:00.000Z');
    desk = await openDesk({ clock: time.clock });
    const sri = await desk.create(profile());
    const { trainingId, participantIds: [rina] } = await seedTraining(desk, [{ name: 'Rina Marlina' }]);
    await createCheckIns(desk, [{ participantId: rina!, trainingId, businessId: null, title: 'Sudah mulai usaha?', dueDate: '2026-06-16', consultantId: desk.consultantId }]);
    const due: unknown[] = [];
    desk.t.core.events.subscribe((name, payload) => {
      if (name === 'reminder:due') due.push(payload);
    });
    const engine = desk.t.core.services.reminders;
    expect(await engine.check()).toEqual([]);

    time.set('2026-06-16T00:00:00.000Z'); // 08:00 WITA
    const fired = await engine.check();
    expect(fired.map((f) => f.participantName)).toEqual(['Rina Marlina']);
    expect(desk.t.platform.notifications).toEqual([
      { title: 'Tindak lanjut jatuh tempo hari ini', body: 'Sudah mulai usaha? — Rina Marlina (peserta pelatihan Pelatihan Sablon Kaos)', route: `/tindak-lanjut/${fired[0]!.id}` },
    ]);
    expect(due).toEqual([
      {
        items: [{ id: fired[0]!.id, title: 'Sudah mulai usaha?', businessName: 'Rina Marlina (peserta pelatihan Pelatihan Sablon Kaos)', effectiveAt: '2026-06-16T15:59:59.999Z' }],
        overdue: 0,
      },
    ]);

    // Grouped with others, each line still says whom it is about.
    await desk.call('followUps:create', { businessId: sri.id, title: 'Cek label', dueDate: '2026-06-17', assignee: 'consultant' });
    await desk.call('followUps:create', { businessId: sri.id, title: 'Cek izin', dueDate: '2026-06-17', assignee: 'consultant' });
    const second = await seedTraining(desk, [{ name: 'Budi Santoso' }], 'Pelatihan Kue Kering');
    await createCheckIns(desk, [
      { participantId: second.participantIds[0]!, trainingId: second.trainingId, businessId: null, title: 'Sudah mulai usaha?', dueDate: '2026-06-17', consultantId: null },
    ]);
    time.set('2026-06-17T00:00:00.000Z');
    expect(await engine.check()).toHaveLength(3);
    const grouped = desk.t.platform.notifications.at(-1)!;
    expect(grouped).toMatchObject({ title: '3 tindak lanjut jatuh tempo hari ini', route: '/tindak-lanjut?tab=today' });
    expect(grouped.body.split('\n').sort()).toEqual(
      ['• Cek izin — Kue Bu Sri', '• Cek label — Kue Bu Sri', '• Sudah mulai usaha? — Budi Santoso (peserta pelatihan Pelatihan Kue Kering)'].sort(),
    );
  });

  it('take the business a participant starts, and then follow that business', async () => {
    desk = await openDesk();
    const { trainingId, participantIds: [rina, budi] } = await seedTraining(desk, [{ name: 'Rina Marlina' }, { name: 'Budi Santoso' }]);
    const base = { trainingId, businessId: null, title: 'Sudah mulai usaha?', consultantId: desk.consultantId };
    await createCheckIns(desk, [
      { ...base, participantId: rina!, dueDate: '2026-06-20' },
      { ...base, participantId: rina!, dueDate: '2026-07-20' },
      { ...base, participantId: budi!, dueDate: '2026-06-20' },
    ]);
    const rinaBusiness = await desk.create(distinctProfile(1, { name: 'Sablon Rina', regencyCode: '64.71', districtCode: null }));

    const attached = await desk.t.core.ds.transaction((m) => service(desk).attachParticipantBusiness(m, rina!, rinaBusiness.id));
    expect(attached).toBe(2);
    const rows = (await desk.call('followUps:list', { bucket: 'week' })).rows;
    expect(rows.map((r) => [r.participantName, r.businessName, r.trainingTitle])).toEqual([
      ['Rina Marlina', 'Sablon Rina', 'Pelatihan Sablon Kaos'],
      ['Budi Santoso', null, 'Pelatihan Sablon Kaos'],
    ]);
    expect((await desk.call('followUps:list', { bucket: 'later', businessId: rinaBusiness.id })).rows.map((r) => r.businessId)).toEqual([rinaBusiness.id]);
    expect((await desk.call('followUps:list', { bucket: 'week', regencyCode: '64.71' })).rows.map((r) => r.participantName)).toEqual(['Rina Marlina']);
    const updates = (await desk.call('audit:list', { limit: 50, entity: 'follow_up' })).filter((a) => a.action === 'update');
    expect(updates.map((a) => a.changes)).toEqual([{ businessId: [null, rinaBusiness.id] }, { businessId: [null, rinaBusiness.id] }]);
    // Nothing left to attach: no write, no audit.
    expect(await desk.t.core.ds.transaction((m) => service(desk).attachParticipantBusiness(m, rina!, rinaBusiness.id))).toBe(0);

    // Now the business's follow-ups: deleted with it, back when it is restored.
    await desk.call('businesses:delete', { id: rinaBusiness.id });
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 0, week: 1, later: 0 });
    await desk.call('businesses:restore', { id: rinaBusiness.id });
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 0, week: 2, later: 1 });
  });

  it('leave the tabs with their training and come back when it is restored', async () => {
    desk = await openDesk();
    const kaos = await seedTraining(desk, [{ name: 'Rina Marlina' }, { name: 'Budi Santoso' }]);
    const kue = await seedTraining(desk, [{ name: 'Sari Dewi' }], 'Pelatihan Kue Kering');
    const item = (t: typeof kaos, i: number, dueDate: string) => ({
      participantId: t.participantIds[i]!,
      trainingId: t.trainingId,
      businessId: null,
      title: `Cek ${i} ${t === kaos ? 'kaos' : 'kue'}`,
      dueDate,
      consultantId: null,
    });
    await createCheckIns(desk, [item(kaos, 0, '2026-06-20'), item(kaos, 1, '2026-07-20'), item(kue, 0, '2026-06-20')]);
    const [earlier] = await desk.t.core.ds.query(`SELECT id FROM follow_up WHERE title = 'Cek 1 kaos'`);
    // One of them was deleted on its own before: the training's restore must not bring it back.
    await desk.t.core.ds.query(`UPDATE follow_up SET deleted_at = '2026-06-10T00:00:00.000Z' WHERE id = ?`, [earlier.id]);
    const [kept] = (await desk.call('followUps:list', { bucket: 'week' })).rows.filter((r) => r.title === 'Cek 0 kaos');

    const deletedAt = '2026-06-15T03:00:00.000Z';
    await desk.t.core.ds.transaction((m) => service(desk).followTrainingDeletion(m, kaos.trainingId, deletedAt, null));
    expect(await tab(desk, 'week')).toEqual(['Cek 0 kue']);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 0, week: 1, later: 0 });
    expect((await desk.fail('followUps:get', { id: kept!.id })).code).toBe('NOT_FOUND');
    expect(await desk.call('followUps:agenda', { from: '2026-06-15', to: '2026-06-30' })).toHaveLength(1);

    await desk.t.core.ds.transaction((m) => service(desk).followTrainingDeletion(m, kaos.trainingId, null, deletedAt));
    expect(await tab(desk, 'week')).toEqual(['Cek 0 kaos', 'Cek 0 kue']);
    expect(await tab(desk, 'later')).toEqual([]);
    expect(await desk.call('followUps:get', { id: kept!.id })).toMatchObject({ participantName: 'Rina Marlina' });
  });
});

describe('USB export with check-ins', () => {
  it('carries participants’ follow-ups in the data package with their participants, so another desk has them all; the sheets list them with the business blank', async () => {
    desk = await openDesk({ clock: steppingClock('2026-06-15T02:00:00.000Z') });
    const sri = await desk.create(profile());
    await desk.call('followUps:create', { businessId: sri.id, title: 'Cek label', dueDate: '2026-06-16', assignee: 'consultant' });
    const rinaBusiness = await desk.create(distinctProfile(1, { name: 'Sablon Rina' }), [sri.id]);
    const { trainingId, participantIds: [rina, budi] } = await seedTraining(desk, [{ name: 'Rina Marlina' }, { name: 'Budi Santoso' }]);
    await createCheckIns(desk, [
      { participantId: rina!, trainingId, businessId: null, title: 'Sudah mulai usaha? (Rina)', dueDate: '2026-06-20', consultantId: null },
      { participantId: budi!, trainingId, businessId: null, title: 'Sudah mulai usaha? (Budi)', dueDate: '2026-06-20', consultantId: null },
    ]);
    await desk.t.core.ds.transaction((m) => service(desk).attachParticipantBusiness(m, rina!, rinaBusiness.id));

    const target = tempDir('klinik-export-');
    dirs.push(target);
    const res = await exportTo(desk, target, {
      contents: ['csv', 'package'],
      personalData: 'full',
      personalDataReason: 'Pindah meja',
      password: 'Rahasia-Kaltim-1',
    });
    expect(res.status).toBe('done');
    // The sheets and the package hold all three.
    expect(res.counts.follow_up).toBe(3);
    const zip = res.files.find((f) => f.name.endsWith('.zip'))!;
    expect(zip).toBeTruthy();

    const other = await openDesk({ clock: steppingClock('2026-06-15T04:00:00.000Z') });
    try {
      const preview = await other.call('transfer:previewImport', { jobId: randomUUID(), path: join(res.folder!, zip.name), password: 'Rahasia-Kaltim-1' });
      expect(preview.tables.find((t) => t.table === 'follow_up')).toMatchObject({ new: 3 });
      expect(preview.tables.find((t) => t.table === 'training_participant')).toMatchObject({ new: 2 });
      await other.call('transfer:applyImport', { jobId: randomUUID(), previewId: preview.previewId });
      const sql = `SELECT title, business_id, participant_id FROM follow_up ORDER BY title`;
      const imported: Array<{ title: string; business_id: string | null; participant_id: string | null }> = await other.t.core.ds.query(sql);
      expect(imported).toEqual(await desk.t.core.ds.query(sql));
      expect(imported.map((r) => [r.title, r.business_id])).toEqual([
        ['Cek label', sri.id],
        ['Sudah mulai usaha? (Budi)', null],
        ['Sudah mulai usaha? (Rina)', rinaBusiness.id],
      ]);
      expect(await other.call('followUps:counts', {})).toEqual(await desk.call('followUps:counts', {}));
    } finally {
      await other.t.dispose();
    }
  });

  it('writes check-ins in the CSV with the business columns blank when there is none', async () => {
    desk = await openDesk({ clock: steppingClock('2026-06-15T02:00:00.000Z') });
    const { trainingId, participantIds: [rina] } = await seedTraining(desk, [{ name: 'Rina Marlina' }]);
    await createCheckIns(desk, [{ participantId: rina!, trainingId, businessId: null, title: 'Sudah mulai usaha?', dueDate: '2026-06-20', consultantId: desk.consultantId }]);
    const target = tempDir('klinik-export-');
    dirs.push(target);
    const res = await exportTo(desk, target, { contents: ['xlsx', 'csv', 'package'] });
    expect(res.status).toBe('done');
    const csv = res.files.find((f) => f.name.startsWith('Tindak-Lanjut'))!;
    const text = readFileSync(join(res.folder!, csv.name), 'utf8').replace(/^\uFEFF/, '');
    const records: Array<Record<string, string>> = parse(text, { columns: true, delimiter: ';' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ 'Tindak Lanjut': 'Sudah mulai usaha?', 'Nama Usaha': '', 'ID Usaha': '', 'Konsultan': 'Siti Rahmawati' });
    expect(text).not.toContain('Rina Marlina');
    const manifest = JSON.parse(readFileSync(join(res.folder!, 'manifest.json'), 'utf8')) as { package: { tables: Record<string, number> } };
    expect(manifest.package.tables['follow_up']).toBe(1);
  });
});

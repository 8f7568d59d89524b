import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobReader, TextReader, TextWriter, Uint8ArrayWriter, ZipReader, ZipWriter, type FileEntry } from '@zip.js/zip.js';
import { afterEach, describe, expect, it } from 'vitest';
import { TRANSFER_TABLES } from '../../src/shared/contract';
import { distinctProfile, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { milestone } from './helpers/impact';
import { addParticipant, createTraining, distinctParticipant } from './helpers/training';
import { exportTo, transferBench } from './helpers/transfer';

const PASSWORD = 'Rahasia-Kaltim-1';

/** Every table a package fills at the other desk, with what orders its rows. */
const DUMPED: Record<string, string> = {
  ...Object.fromEntries(TRANSFER_TABLES.map((t) => [t, 'id'])),
  business_not_duplicate: 'a_id, b_id',
  training_attendance: 'participant_id, day',
  business_tag: 'business_id, tag',
  consultation_consultant: 'consultation_id, position',
};

const bench = transferBench();
const { desk, folder } = bench;

afterEach(() => bench.dispose());

async function packageOf(d: Desk): Promise<string> {
  const res = await exportTo(d, folder(), { contents: ['package'], personalData: 'full', personalDataReason: 'Pindah meja', password: PASSWORD });
  return join(res.folder!, res.files.find((f) => f.name.endsWith('.zip'))!.name);
}

async function importAll(d: Desk, path: string) {
  const p = await d.call('transfer:previewImport', { jobId: randomUUID(), path, password: PASSWORD });
  expect(p.conflictsTotal).toBe(0);
  return d.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
}

/** Every transferred table, rows in key order; consultants only those both desks share. */
async function dump(d: Desk, consultants: string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(DUMPED)) {
    const where = table === 'consultant' ? `id IN (${consultants.map(() => '?').join(', ')})` : '1 = 1';
    out[table] = await d.t.core.ds.query(`SELECT * FROM ${table} WHERE ${where} ORDER BY ${order}`, table === 'consultant' ? consultants : []);
  }
  return out;
}

const one = async (d: Desk, sql: string, params: unknown[] = []) => ((await d.t.core.ds.query(sql, params)) as Array<Record<string, unknown>>)[0];

describe('a data package carries every table a report needs', () => {
  it('round trip of every kind of record between two desks, a merge included, ends with the same data at both', async () => {
    const a = await desk('SMD1', '2026-06-15T02:00:00.000Z');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');

    // Desk A: profiles, a "bukan duplikat" decision, a consultation, trainings (one deleted), participants
    // (one a calon wirausaha), attendance, check-ins, and milestones credited to a consultation and a training.
    const sri = await a.create(profile());
    const berau = await a.create(distinctProfile(1, { name: 'Sablon Kaos Berau', regencyCode: '64.03', districtCode: null }), [sri.id]);
    const kopi = await a.create(distinctProfile(2, { name: 'Kopi Kenangan Mahakam', tags: ['kopi', 'binaan 2026'] }), [sri.id, berau.id]);
    await a.call('businesses:dismissDuplicate', { id: sri.id, otherId: berau.id });
    const c = await finalizeNew(a, consultationValues(kopi.id, a.consultantId));
    const t = await createTraining(a);
    const prospect = await addParticipant(a, t.id, distinctParticipant(0));
    const owner = await addParticipant(a, t.id, distinctParticipant(1, { hasBusiness: true, businessId: kopi.id, businessName: null }));
    await a.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [prospect.id, owner.id] });
    await a.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-09', presentIds: [owner.id] });
    await a.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 4, title: 'Sudah mulai usaha?' });
    const gone = await createTraining(a, { title: 'Pelatihan Batal' });
    await addParticipant(a, gone.id, distinctParticipant(2));
    await a.call('trainings:delete', { id: gone.id });
    await a.call('impact:create', milestone('sales', kopi.id, { consultationId: c.id }));
    await a.call('impact:create', milestone('jobs', kopi.id, { trainingId: t.id }));

    const first = await importAll(b, await packageOf(a));
    const inserted = Object.fromEntries(first.tables.map((x) => [x.table, x.inserted]));
    expect(inserted).toMatchObject({ business_not_duplicate: 6, training: 2, training_participant: 3, training_attendance: 3, impact_milestone: 2 });
    const shared = [a.consultantId];
    expect(await dump(b, shared)).toEqual(await dump(a, shared));
    // The check-in of the calon wirausaha (no business) came along, and the deleted training arrived deleted.
    expect(await one(b, `SELECT business_id FROM follow_up WHERE participant_id = ?`, [prospect.id])).toEqual({ business_id: null });
    expect((await one(b, `SELECT deleted_at FROM training WHERE id = ?`, [gone.id]))!['deleted_at']).not.toBeNull();

    // Desk B records a milestone of its own for Kopi; desk A merges Kopi into Berau meanwhile.
    const mine = await b.call('impact:create', milestone('permit', kopi.id));
    await a.call('businesses:merge', { survivorId: berau.id, mergedId: kopi.id, takeFromMerged: [] });
    expect(await one(a, `SELECT business_id FROM training_participant WHERE id = ?`, [owner.id])).toEqual({ business_id: berau.id });
    await importAll(b, await packageOf(a));
    // Kopi arrives merged, and everything that named it at B, B's own milestone too, names Berau now.
    expect(await one(b, `SELECT merged_into_id, deleted_at IS NOT NULL AS deleted FROM business WHERE id = ?`, [kopi.id])).toEqual({
      merged_into_id: berau.id,
      deleted: 1,
    });
    for (const [table, column] of [
      ['consultation', 'business_id'],
      ['follow_up', 'business_id'],
      ['impact_milestone', 'business_id'],
      ['training_participant', 'business_id'],
      ['business_not_duplicate', 'a_id'],
      ['business_not_duplicate', 'b_id'],
    ] as const) {
      expect(await one(b, `SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`, [kopi.id]), `${table}.${column}`).toEqual({ n: 0 });
    }
    expect(await one(b, `SELECT business_id FROM impact_milestone WHERE id = ?`, [mine.id])).toEqual({ business_id: berau.id });

    // B's package back to A: both desks hold the same records, with no conflict on either side.
    await importAll(a, await packageOf(b));
    const both = [a.consultantId, b.consultantId];
    expect(await dump(a, both)).toEqual(await dump(b, both));
    const again = await importAll(b, await packageOf(a));
    expect(again.changed).toBe(false);
  });

  it('a package of one kabupaten/kota or of a date range brings what its participants and milestones point at', async () => {
    const a = await desk('SMD1', '2026-06-15T02:00:00.000Z');
    const sri = await a.create(profile());
    const berau = await a.create(distinctProfile(1, { name: 'Sablon Kaos Berau', regencyCode: '64.03', districtCode: null }), [sri.id]);
    const t = await createTraining(a);
    await addParticipant(a, t.id, distinctParticipant(0, { hasBusiness: true, businessId: sri.id, businessName: null }));
    await addParticipant(a, t.id, distinctParticipant(1, { hasBusiness: true, businessId: berau.id, businessName: null }));
    await a.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 4, title: 'Sudah mulai usaha?' });
    // Credited to a consultation outside the date range below.
    const c = await finalizeNew(a, consultationValues(sri.id, a.consultantId, { date: '2026-05-04' }));
    await a.call('impact:create', milestone('sales', sri.id, { consultationId: c.id }));

    const scoped = async (scope: Parameters<typeof exportTo>[2]) => {
      const b = await desk(`B${bench.desks.length}`, '2026-06-16T02:00:00.000Z');
      const res = await exportTo(a, folder(), { contents: ['package'], ...scope });
      await importAll(b, join(res.folder!, res.files.find((f) => f.name.endsWith('.klb'))!.name));
      const ids = async (table: string) => ((await b.t.core.ds.query(`SELECT id FROM ${table} ORDER BY id`)) as Array<{ id: string }>).map((r) => r.id);
      return { training: await ids('training'), participants: await ids('training_participant'), business: await ids('business'), milestones: await ids('impact_milestone'), followUps: await ids('follow_up') };
    };
    // Berau's kabupaten: its participant and check-in, the training; not Sri's.
    const berauOnly = await scoped({ scope: { kind: 'regencies', codes: ['64.03'] } });
    expect(berauOnly).toMatchObject({ training: [t.id], business: [berau.id], milestones: [] });
    expect(berauOnly.participants).toHaveLength(1);
    expect(berauOnly.followUps).toHaveLength(1);
    // June: the milestone, its business and the consultation it is credited to; the training and both participants.
    const june = await scoped({ scope: { kind: 'dateRange', from: '2026-06-01', to: '2026-06-30' } });
    expect(june.training).toEqual([t.id]);
    expect(june.participants).toHaveLength(2);
    expect(june.milestones).toHaveLength(1);
    expect(june.business).toEqual([sri.id, berau.id].sort());
  });

  it('a package from a schema this desk does not know is refused, and nothing is written', async () => {
    const a = await desk('SMD1', '2026-06-15T02:00:00.000Z');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    const sri = await a.create(profile());
    const t = await createTraining(a);
    await addParticipant(a, t.id, distinctParticipant(0, { hasBusiness: true, businessId: sri.id, businessName: null }));
    const res = await exportTo(a, folder(), { contents: ['package'] });
    const path = join(res.folder!, res.files.find((f) => f.name.endsWith('.klb'))!.name);

    // The same package, its header naming a migration made after this version of the app.
    const reader = new ZipReader(new BlobReader(new Blob([readFileSync(path)])));
    const zip = new ZipWriter(new Uint8ArrayWriter());
    for (const e of (await reader.getEntries()) as FileEntry[]) {
      let text = await e.getData(new TextWriter());
      if (e.filename === 'paket.json') text = JSON.stringify({ ...JSON.parse(text), schemaVersion: 'OfficeKeys1893456000000' });
      await zip.add(e.filename, new TextReader(text));
    }
    await reader.close();
    const newer = join(folder(), 'baru.klb');
    writeFileSync(newer, await zip.close());

    const before = await dump(b, [b.consultantId]);
    const error = await b.fail('transfer:previewImport', { jobId: randomUUID(), path: newer, password: null });
    expect(error.message).toMatch(/^Paket ini dibuat oleh versi aplikasi yang lebih baru\./);
    expect(await dump(b, [b.consultantId])).toEqual(before);
    expect(await one(b, `SELECT count(*) AS n FROM training`)).toEqual({ n: 0 });
  });
});

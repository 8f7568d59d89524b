import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportResult, ImportPreview } from '../../src/shared/contract';
import { distinctProfile, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { exportTo, sevenZip, transferBench } from './helpers/transfer';

const PASSWORD = 'Rahasia-Kaltim-1';
const TABLES = ['business', 'business_tag', 'consultant', 'consultation', 'consultation_consultant', 'consultation_revision', 'follow_up'];

const bench = transferBench();
const { desk, folder } = bench;

afterEach(() => bench.dispose());

/** Desk A's records: profiles (one deleted, one with an amended consultation), consultations and follow-ups. */
async function seedA(a: Desk): Promise<{ sri: string; berau: string; gone: string; consultation: string }> {
  const sri = await a.create(profile());
  const berau = await a.create(distinctProfile(1, { name: 'Sablon Kaos Berau', regencyCode: '64.03', districtCode: null }), [sri.id]);
  const c = await finalizeNew(a, consultationValues(sri.id, a.consultantId));
  await finalizeNew(a, consultationValues(berau.id, a.consultantId));
  await a.call('consultations:amend', {
    id: c.id,
    expectedUpdatedAt: (await a.call('consultations:get', { id: c.id })).updatedAt,
    reason: 'Salah tulis saran',
    values: consultationValues(sri.id, a.consultantId, { advice: 'Daftar P-IRT; perbaiki kemasan.', actionItems: c.values!.actionItems }),
  } as never);
  const gone = await a.create(distinctProfile(2, { name: 'Kopi Tutup Lama' }), [sri.id, berau.id]);
  await a.call('businesses:delete', { id: gone.id });
  return { sri: sri.id, berau: berau.id, gone: gone.id, consultation: c.id };
}

async function packageOf(d: Desk, overrides: Parameters<typeof exportTo>[2] = {}): Promise<{ res: ExportResult; path: string }> {
  const res = await exportTo(d, folder(), { contents: ['package'], personalData: 'full', personalDataReason: 'Pindah meja', password: PASSWORD, ...overrides });
  const pkg = res.files.find((f) => f.name.endsWith('.klb') || f.name.endsWith('.zip'))!;
  return { res, path: join(res.folder!, pkg.name) };
}

const preview = (d: Desk, path: string, password: string | null = PASSWORD) =>
  d.call('transfer:previewImport', { jobId: randomUUID(), path, password });

async function importAll(d: Desk, path: string, extra: Record<string, unknown> = {}) {
  const p = await preview(d, path);
  return { preview: p, result: await d.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId, ...extra }) };
}

const counts = (p: ImportPreview, table: string) => p.tables.find((t) => t.table === table)!;

async function rows(d: Desk, table: string, where = '1 = 1', params: unknown[] = []): Promise<unknown[]> {
  const order = ['business', 'consultant', 'consultation', 'consultation_revision', 'follow_up', 'audit_log'].includes(table) ? 'id' : '1, 2';
  return d.t.core.ds.query(`SELECT * FROM ${table} WHERE ${where} ORDER BY ${order}`, params);
}

async function everything(d: Desk): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of [...TABLES, 'record_version', 'transfer_conflict', 'audit_log', 'business_not_duplicate']) out[t] = await rows(d, t);
  return out;
}

describe('import of a data package from another desk', () => {
  it('round trip: B ends with A’s records exactly; a second import changes nothing; B’s package back to A brings no conflict', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    const ids = await seedA(a);
    const { path } = await packageOf(a);

    const p = await preview(b, path);
    expect(p.source).toMatchObject({ deskCode: 'SMD1', personalData: 'full', encrypted: true, scope: { kind: 'all' } });
    expect(counts(p, 'business')).toMatchObject({ new: 3, updated: 0, unchanged: 0, conflicts: 0, deletions: 1 });
    expect(counts(p, 'consultation')).toMatchObject({ new: 2 });
    expect(counts(p, 'consultation_revision')).toMatchObject({ new: 3 });
    expect(counts(p, 'follow_up')).toMatchObject({ new: 4 });
    expect(counts(p, 'consultant')).toMatchObject({ new: 1 });
    expect(p.conflicts).toEqual([]);
    expect(p.problems).toEqual([]);

    const result = await b.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
    expect(result.changed).toBe(true);
    const aIds = (await a.t.core.ds.query(`SELECT id FROM business`)) as Array<{ id: string }>;
    const inList = `id IN (${aIds.map(() => '?').join(', ')})`;
    const params = aIds.map((r) => r.id);
    expect(await rows(b, 'business', inList, params)).toEqual(await rows(a, 'business'));
    expect(await rows(b, 'business_tag', `business_id IN (${params.map(() => '?').join(', ')})`, params)).toEqual(await rows(a, 'business_tag'));
    for (const t of ['consultation', 'consultation_consultant', 'consultation_revision', 'follow_up']) {
      expect(await rows(b, t)).toEqual(await rows(a, t));
    }
    expect(await rows(b, 'consultant', 'id = ?', [a.consultantId])).toEqual(await rows(a, 'consultant'));
    // The deleted profile arrives deleted; the search index knows the live ones.
    expect((await b.call('businesses:get', { id: ids.gone })).deletedAt).not.toBeNull();
    expect((await b.call('businesses:list', { query: 'Sablon' })).total).toBe(1);

    // The same package again: nothing new, nothing written (not even an audit entry).
    const before = await everything(b);
    const again = await importAll(b, path);
    expect(again.preview.tables.every((t) => t.new + t.updated + t.conflicts === 0)).toBe(true);
    expect(again.result.changed).toBe(false);
    expect(await everything(b)).toEqual(before);

    // B changes one profile and sends everything back: A takes B's change, nothing else moves.
    const berau = await b.call('businesses:get', { id: ids.berau });
    await b.call('businesses:update', {
      id: ids.berau,
      expectedUpdatedAt: berau.updatedAt,
      keepNik: true,
      profile: { ...distinctProfile(1, { name: 'Sablon Kaos Berau Jaya', regencyCode: '64.03', districtCode: null }), ownerNik: null },
    });
    const back = await packageOf(b);
    const pa = await preview(a, back.path);
    expect(counts(pa, 'business')).toMatchObject({ new: 0, updated: 1, conflicts: 0, unchanged: 2 });
    expect(counts(pa, 'consultant')).toMatchObject({ new: 1, conflicts: 0 });
    expect(pa.conflictsTotal).toBe(0);
    await a.call('transfer:applyImport', { jobId: randomUUID(), previewId: pa.previewId });
    expect((await a.call('businesses:get', { id: ids.berau })).name).toBe('Sablon Kaos Berau Jaya');
  });

  it('a record changed at both desks waits in the Konflik inbox; the decision, field by field, travels back and settles it', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    const ids = await seedA(a);
    await importAll(b, (await packageOf(a)).path);

    const edit = async (d: Desk, id: string, values: Partial<ReturnType<typeof profile>>) => {
      const cur = await d.call('businesses:get', { id });
      return d.call('businesses:update', { id, expectedUpdatedAt: cur.updatedAt, keepNik: true, profile: { ...profile(values), ownerNik: null } });
    };
    await edit(a, ids.sri, { name: 'Kue Bu Sri (versi A)' });
    await edit(b, ids.sri, { name: 'Kue Bu Sri', products: 'Kue basah dan kering (versi B)' });
    // Only A changed this one; and A deletes a follow-up: deletions travel.
    const fu = ((await a.t.core.ds.query(`SELECT id FROM follow_up WHERE business_id = ? LIMIT 1`, [ids.berau])) as Array<{ id: string }>)[0]!.id;
    await a.t.core.ds.query(`UPDATE follow_up SET deleted_at = ?, updated_at = ? WHERE id = ?`, ['2026-06-20T00:00:00.000Z', '2026-06-20T00:00:00.000Z', fu]);

    const { path } = await packageOf(a);
    const p = await preview(b, path);
    expect(counts(p, 'business')).toMatchObject({ conflicts: 1, updated: 0 });
    expect(counts(p, 'follow_up')).toMatchObject({ updated: 1, deletions: 1, conflicts: 0 });
    expect(p.conflicts).toEqual([
      expect.objectContaining({ table: 'business', id: ids.sri, label: 'Kue Bu Sri (versi A)', fields: expect.arrayContaining(['name', 'name_key', 'products']) }),
    ]);
    const applied = await b.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
    expect(applied.parked).toBe(1);
    // The rest was applied; the conflicting record kept B's version and waits.
    expect((await b.call('businesses:get', { id: ids.sri })).name).toBe('Kue Bu Sri');
    expect(((await rows(b, 'follow_up', 'id = ?', [fu]))[0] as { deleted_at: string | null }).deleted_at).not.toBeNull();
    const inbox = await b.call('transfer:conflicts');
    expect(inbox.total).toBe(1);
    // The same package again parks nothing twice.
    await importAll(b, path);
    expect((await b.call('transfer:conflicts')).total).toBe(1);

    // Field by field: A's name, B's products.
    const detail = await b.call('transfer:conflict', { id: inbox.items[0]!.id });
    expect(detail.fieldValues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: 'name', local: 'Kue Bu Sri', incoming: 'Kue Bu Sri (versi A)' }),
        expect.objectContaining({ column: 'products', local: 'Kue basah dan kering (versi B)' }),
      ]),
    );
    const decided = await b.call('transfer:resolveConflict', { id: detail.id, take: { name: 'incoming', name_key: 'incoming', products: 'local' } });
    expect(decided).toEqual({ resolved: true, open: 0 });
    const atB = await b.call('businesses:get', { id: ids.sri });
    expect([atB.name, atB.products]).toEqual(['Kue Bu Sri (versi A)', 'Kue basah dan kering (versi B)']);

    // The decision travels back: A takes it without a conflict, and A's next edit reaches B as a plain update.
    const back = await packageOf(b);
    const pa = await preview(a, back.path);
    expect(counts(pa, 'business')).toMatchObject({ conflicts: 0, updated: 1 });
    await a.call('transfer:applyImport', { jobId: randomUUID(), previewId: pa.previewId });
    const atA = await a.call('businesses:get', { id: ids.sri });
    expect([atA.name, atA.products]).toEqual(['Kue Bu Sri (versi A)', 'Kue basah dan kering (versi B)']);
    await a.call('businesses:update', { id: ids.sri, expectedUpdatedAt: atA.updatedAt, keepNik: true, profile: { ...profile({ name: 'Kue Bu Sri (versi A2)', products: atA.products }), ownerNik: null } });
    const p3 = await preview(b, (await packageOf(a)).path);
    expect(p3.conflictsTotal).toBe(0);
    expect(counts(p3, 'business')).toMatchObject({ updated: 1 });
    await b.call('transfer:applyImport', { jobId: randomUUID(), previewId: p3.previewId });
    expect((await b.call('businesses:get', { id: ids.sri })).name).toBe('Kue Bu Sri (versi A2)');
  });

  it('likely duplicates across desks are listed and can be linked by merging', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    const sriA = await a.create(profile({ name: 'Kue Bu Sri Samarinda' }));
    await finalizeNew(a, consultationValues(sriA.id, a.consultantId));
    const sriB = await b.create(profile());
    const p = await preview(b, (await packageOf(a)).path);
    expect(p.duplicates).toEqual([
      expect.objectContaining({ incomingId: sriA.id, candidates: [expect.objectContaining({ id: sriB.id, reasons: expect.arrayContaining(['nik', 'nib']) })] }),
    ]);
    const res = await b.call('transfer:applyImport', {
      jobId: randomUUID(),
      previewId: p.previewId,
      links: [{ incomingId: sriA.id, localId: sriB.id, action: 'merge' }],
    });
    expect(res.linked).toBe(1);
    const merged = (await rows(b, 'business', 'id = ?', [sriA.id]))[0] as { merged_into_id: string; deleted_at: string | null };
    expect(merged.merged_into_id).toBe(sriB.id);
    expect(merged.deleted_at).not.toBeNull();
    expect(((await rows(b, 'consultation'))[0] as { business_id: string }).business_id).toBe(sriB.id);
  });

  it('the package taken out of the encrypted ZIP with 7-Zip stays encrypted and imports with its password', async (ctx) => {
    const sz = sevenZip();
    if (!sz) {
      console.warn('skipped: no 7z/7zz command (apt-get install 7zip)');
      ctx.skip();
    }
    const a = await desk('SMD1');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    await seedA(a);
    const { path } = await packageOf(a, { contents: ['csv', 'package'] });
    expect(path.endsWith('.zip')).toBe(true);
    const out = folder();
    expect(spawnSync(sz!, ['x', `-p${PASSWORD}`, `-o${out}`, path], { encoding: 'utf8' }).status).toBe(0);
    const klb = join(out, readdirSync(out).find((f) => f.endsWith('.klb'))!);
    // 7-Zip sees the inner package's entries as encrypted, too.
    expect(spawnSync(sz!, ['t', '-pwrong-password', klb], { encoding: 'utf8' }).status).not.toBe(0);
    expect((await b.fail('transfer:previewImport', { jobId: randomUUID(), path: klb, password: null })).message).toMatch(/terkunci dengan kata sandi/);
    const p = await preview(b, klb);
    expect(p.source.encrypted).toBe(true);
    expect(counts(p, 'business').new).toBe(3);
  });

  it('a package with personal data masked keeps this desk’s NIK and phone', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    const ids = await seedA(a);
    await importAll(b, (await packageOf(a)).path);
    const cur = await a.call('businesses:get', { id: ids.sri });
    await a.call('businesses:update', { id: ids.sri, expectedUpdatedAt: cur.updatedAt, keepNik: true, profile: { ...profile({ products: 'Amplang saja' }), ownerNik: null } });
    const masked = await packageOf(a, { personalData: 'masked', personalDataReason: null, password: null });
    expect(masked.path.endsWith('.klb')).toBe(true);
    const p = await preview(b, masked.path, null);
    expect(p.source).toMatchObject({ personalData: 'masked', encrypted: false });
    await b.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
    const row = (await rows(b, 'business', 'id = ?', [ids.sri]))[0] as Record<string, unknown>;
    expect(row['products']).toBe('Amplang saja');
    expect(row['owner_nik']).toBe('6472015203900003');
    expect(row['owner_phone']).toBe('+6281234567890');
  });

  it('damaged, truncated, tampered and wrong-password packages are refused with a clear message and nothing is written', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    await seedA(a);
    const { path } = await packageOf(a);
    const bytes = readFileSync(path);
    const before = await everything(b);
    const refused = async (p: string, password: string | null = PASSWORD) => (await b.fail('transfer:previewImport', { jobId: randomUUID(), path: p, password })).message;

    const wrong = await refused(path, 'salah-sandi-123');
    expect(wrong).toMatch(/^Kata sandi paket salah\./);
    expect(await refused(path, null)).toMatch(/terkunci dengan kata sandi/);

    const work = folder();
    const truncated = join(work, 'terpotong.klb');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refused(truncated)).toMatch(/^Paket data rusak, terpotong atau telah diubah/);

    const tampered = join(work, 'diubah.klb');
    const flipped = Buffer.from(bytes);
    flipped[200] = flipped[200]! ^ 0xff; // inside the first entry's encrypted data
    writeFileSync(tampered, flipped);
    expect(await refused(tampered)).toMatch(/^Paket data rusak, terpotong atau telah diubah/);

    const notPackage = join(work, 'bukan.klb');
    writeFileSync(notPackage, 'bukan paket');
    expect(await refused(notPackage)).toMatch(/rusak|bukan paket/);
    expect(await everything(b)).toEqual(before);

    // Beside its manifest, a package whose bytes differ from the manifest is refused too.
    const plain = await packageOf(a, { personalData: 'masked', personalDataReason: null, password: null });
    const plainBytes = readFileSync(plain.path);
    writeFileSync(plain.path, Buffer.concat([plainBytes, Buffer.from('x')]));
    expect(await refused(plain.path, null)).toMatch(/^Paket data rusak/);

    // Damage found while applying (the file changed after the preview): rolled back, nothing written.
    writeFileSync(plain.path, plainBytes);
    const p = await preview(b, plain.path, null);
    const late = Buffer.from(plainBytes);
    const at = plainBytes.indexOf(Buffer.from('business.ndjson')) + 200;
    late[at] = late[at]! ^ 0xff;
    writeFileSync(plain.path, late);
    const error = await b.fail('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
    expect(error.message).toMatch(/^Paket data rusak|tidak berubah/);
    expect(await everything(b)).toEqual(before);
  });

  it('two desks set up with the same desk code: the clashing consultation number is shown and the import refused', async () => {
    const a = await desk('SMD1');
    const b = await desk('SMD1', '2026-06-16T02:00:00.000Z');
    const sriA = await a.create(profile());
    await finalizeNew(a, consultationValues(sriA.id, a.consultantId));
    const other = await b.create(distinctProfile(3, { name: 'Madu Hutan Kutai' }));
    await finalizeNew(b, consultationValues(other.id, b.consultantId));
    const before = await everything(b);
    const p = await preview(b, (await packageOf(a)).path);
    expect(p.problems).toEqual([expect.stringMatching(/^Nomor konsultasi KB\/SMD1\/2026\/06\/0001 sudah dipakai/)]);
    const error = await b.fail('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/tidak berubah\.$/);
    expect(await everything(b)).toEqual(before);
  });

  it('cancelling an import writes nothing', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1', '2026-06-16T02:00:00.000Z');
    await seedA(a);
    const p = await preview(b, (await packageOf(a)).path);
    const before = await everything(b);
    const jobId = randomUUID();
    b.t.core.events.subscribe((name, payload) => {
      if (name === 'transfer:progress' && (payload as { phase: string }).phase === 'apply') void b.call('transfer:cancel', { jobId });
    });
    const error = await b.fail('transfer:applyImport', { jobId, previewId: p.previewId });
    expect(error.message).toMatch(/^Impor dibatalkan\./);
    expect(await everything(b)).toEqual(before);
    // The preview is still there to apply later.
    expect((await b.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId })).changed).toBe(true);
  });

  it('a package from a newer version of the app is refused', async () => {
    const b = await desk('BPN1');
    const path = join(folder(), 'baru.klb');
    const header = {
      format: 'klinik-bisnis-paket',
      formatVersion: 1,
      packageId: 'p1',
      createdAt: '2027-01-01T00:00:00.000Z',
      appVersion: '9.0.0',
      schemaVersion: 'Future1893456000000',
      desk: { id: 'x', code: 'X1', officeName: null },
      scope: { kind: 'all' },
      personalData: 'masked',
      maskedColumns: {},
      tables: [],
    };
    const zip = new ZipWriter(new Uint8ArrayWriter());
    await zip.add('paket.json', new TextReader(JSON.stringify(header)));
    writeFileSync(path, await zip.close());
    const error = await b.fail('transfer:previewImport', { jobId: randomUUID(), path, password: null });
    expect(error.message).toMatch(/^Paket ini dibuat oleh versi aplikasi yang lebih baru\./);
  });
});

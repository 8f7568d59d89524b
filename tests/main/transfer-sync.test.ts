import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compare, join as joinVectors, bump, parseVector, vectorText } from '../../src/main/modules/transfer/versions';
import { tidyPartials } from '../../src/main/modules/transfer';
import { profile, distinctProfile, type Desk } from './helpers/business';
import { TEST_PIN, makeCore } from './helpers/core';
import { addParticipant, createTraining, distinctParticipant } from './helpers/training';
import { exportTo, fakePdf, seedBulk, transferBench } from './helpers/transfer';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { BlobReader, ZipReader } from '@zip.js/zip.js';

const bench = transferBench();
const { desk, folder } = bench;
afterEach(() => bench.dispose());

/** A package for the office's own desks: no password (the office key locks it when the desk has one). */
async function officePackage(d: Desk, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await exportTo(d, folder(), { contents: ['package'], ...extra });
  return join(res.folder!, res.files.find((f) => f.name.endsWith('.klb'))!.name);
}

async function importAll(d: Desk, path: string) {
  const p = await d.call('transfer:previewImport', { jobId: randomUUID(), path, password: null });
  return { preview: p, result: await d.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId }) };
}

const fresh = (d: Desk) => d.call('session:confirmPin', { pin: TEST_PIN });
const one = async (d: Desk, sql: string, params: unknown[] = []) => ((await d.t.core.ds.query(sql, params)) as Array<Record<string, unknown>>)[0];

async function withOfficeKey(...desks: Desk[]): Promise<string> {
  const [first, ...others] = desks;
  await fresh(first!);
  const made = await first!.call('transfer:createOfficeKey');
  await fresh(first!);
  const { key } = await first!.call('transfer:revealOfficeKey');
  for (const d of others) {
    await fresh(d);
    expect((await d.call('transfer:joinOfficeKey', { key: key.toLowerCase().replaceAll('-', ' ') })).fingerprint).toBe(made.fingerprint);
  }
  return made.fingerprint!;
}

describe('version vectors', () => {
  it('order versions by what each has seen, never by a clock', () => {
    const a = { A: 2, B: 1 };
    expect(compare(a, a)).toBe('equal');
    expect(compare({ A: 1 }, a)).toBe('before');
    expect(compare(a, { A: 1 })).toBe('after');
    expect(compare({ A: 3 }, { A: 2, B: 1 })).toBe('concurrent');
    expect(compare({}, { A: 1 })).toBe('before');
    expect(joinVectors({ A: 3 }, { A: 2, B: 1 })).toEqual({ A: 3, B: 1 });
    expect(compare(bump(joinVectors({ A: 3 }, { A: 2, B: 1 }), 'C'), { A: 3 })).toBe('after');
    expect(vectorText({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(parseVector('{"a":2,"x":"no","y":-1}')).toEqual({ a: 2 });
    expect(parseVector('not json')).toEqual({});
  });

  it('a desk whose clock runs days behind still wins with the edit it made after seeing the other', async () => {
    const ahead = await desk('SMD1', '2026-06-20T02:00:00.000Z');
    const behind = await desk('BPN1', '2026-06-13T02:00:00.000Z');
    const sri = await ahead.create(profile());
    await importAll(behind, await officePackage(ahead));
    // Written at "13 June" by a clock a week behind, after the version written on "20 June".
    const cur = await behind.call('businesses:get', { id: sri.id });
    await behind.call('businesses:update', { id: sri.id, expectedUpdatedAt: cur.updatedAt, keepNik: true, profile: { ...profile({ name: 'Kue Bu Sri Baru' }), ownerNik: null } });
    expect((await behind.call('businesses:get', { id: sri.id })).updatedAt < cur.updatedAt).toBe(true);
    const { preview } = await importAll(ahead, await officePackage(behind));
    expect(preview.tables.find((t) => t.table === 'business')).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await ahead.call('businesses:get', { id: sri.id })).name).toBe('Kue Bu Sri Baru');
  });
});

describe('the office key', () => {
  it('set at one desk, imported from its key file at another: packages between them carry NIK and phone in full, with no password', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1');
    await fresh(a);
    const made = await a.call('transfer:createOfficeKey');
    expect(made).toMatchObject({ set: true, officeName: 'Klinik Bisnis Kaltim' });
    await fresh(a);
    const stick = folder();
    const { path } = await a.call('transfer:saveOfficeKeyFile', { targetDir: stick });
    expect(path.endsWith('.klbkey')).toBe(true);
    await fresh(b);
    expect(await b.call('transfer:importOfficeKeyFile', { path })).toMatchObject({ set: true, fingerprint: made.fingerprint });

    const sri = await a.create(profile({ ownerNik: '6472015203900001', ownerPhone: '081234567890' }));
    const pkg = await officePackage(a, { personalData: 'masked' });
    const { preview } = await importAll(b, pkg);
    expect(preview.source).toMatchObject({ officeKey: true, personalData: 'full', encrypted: true });
    const row = await one(b, `SELECT owner_nik, owner_phone FROM business WHERE id = ?`, [sri.id]);
    expect(row).toEqual({ owner_nik: '6472015203900001', owner_phone: expect.stringMatching(/812.?3456.?7890$/) });
    // Nothing of it is readable without the key: the entries are AES-encrypted, only the fingerprint is not.
    expect(readFileSync(pkg).includes(Buffer.from('6472015203900001'))).toBe(false);
  });

  it('a typed key that is not one is refused plainly, and nothing is set', async () => {
    const a = await desk('SMD1');
    await fresh(a);
    const err = await a.fail('transfer:joinOfficeKey', { key: 'ABCD-1234' });
    expect(err).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('48 huruf/angka') });
    expect(await a.call('transfer:officeKey')).toMatchObject({ set: false });
  });

  it('a package from a desk without the key, with another office key, altered or cut short is refused; nothing is written', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1');
    const stranger = await desk('TRK1');
    const alone = await desk('BRU1');
    await withOfficeKey(a, b);
    await fresh(stranger);
    await stranger.call('transfer:createOfficeKey');
    await a.create(profile());
    const pkg = await officePackage(a);
    const before = async (d: Desk) => (await one(d, `SELECT (SELECT count(*) FROM business) AS b, (SELECT count(*) FROM record_version) AS v, (SELECT count(*) FROM audit_log WHERE action = 'import') AS i`))!;

    const refused = async (d: Desk, path: string) => {
      const was = await before(d);
      const err = await d.fail('transfer:previewImport', { jobId: randomUUID(), path, password: null });
      expect(await before(d)).toEqual(was);
      return err;
    };
    expect((await refused(alone, pkg)).message).toMatch(/belum memiliki kunci kantor/);
    expect((await refused(stranger, pkg)).message).toMatch(/kunci kantor yang berbeda/);

    const bytes = readFileSync(pkg);
    const altered = join(folder(), 'diubah.klb');
    const flipped = Buffer.from(bytes);
    // A byte inside the encrypted data (after the unencrypted fingerprint entry).
    const at = Math.floor(bytes.length / 2);
    flipped[at] = flipped[at]! ^ 0xff;
    writeFileSync(altered, flipped);
    expect((await refused(b, altered)).message).toMatch(/rusak, terpotong atau telah diubah/);
    const cut = join(folder(), 'terpotong.klb');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    expect((await refused(b, cut)).message).toMatch(/rusak|bukan paket/);
    // The genuine one opens.
    expect((await importAll(b, pkg)).result.changed).toBe(true);
  });
});

describe('tombstones and erasure travel', () => {
  it('a day present taken back at one desk goes at the other, and an older package does not bring it back', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1');
    const t = await createTraining(a);
    const p = await addParticipant(a, t.id, distinctParticipant(0));
    await a.call('participants:setAttendance', { trainingId: t.id, day: t.startDate, presentIds: [p.id] });
    const first = await officePackage(a);
    await importAll(b, first);
    expect(await one(b, `SELECT count(*) AS n FROM training_attendance`)).toEqual({ n: 1 });
    await a.call('participants:setAttendance', { trainingId: t.id, day: t.startDate, presentIds: [] });
    const { result } = await importAll(b, await officePackage(a));
    expect(result.tables.find((x) => x.table === 'training_attendance')).toMatchObject({ deleted: 1 });
    expect(await one(b, `SELECT count(*) AS n FROM training_attendance`)).toEqual({ n: 0 });
    await importAll(b, first);
    expect(await one(b, `SELECT count(*) AS n FROM training_attendance`)).toEqual({ n: 0 });
  });

  it('personal data erased at one desk is erased at the next, never comes back from an older package, and is erased even while a concurrent edit waits', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1');
    await withOfficeKey(a, b);
    const sri = await a.create(profile({ ownerNik: '6472015203900001' }));
    const kopi = await a.create(distinctProfile(1, { ownerNik: '6472015203900002' }), [sri.id]);
    const old = await officePackage(a);
    await importAll(b, old);
    expect(await one(b, `SELECT owner_nik FROM business WHERE id = ?`, [sri.id])).toEqual({ owner_nik: '6472015203900001' });

    await fresh(a);
    await a.call('businesses:erasePersonalData', { id: sri.id, reason: 'Permintaan pemilik (UU PDP)' });
    await fresh(a);
    await a.call('businesses:erasePersonalData', { id: kopi.id, reason: 'Permintaan pemilik (UU PDP)' });
    // Meanwhile B changes kopi (not knowing of the erasure): a conflict, yet the erasure happens at once.
    const cur = await b.call('businesses:get', { id: kopi.id });
    await b.call('businesses:update', { id: kopi.id, expectedUpdatedAt: cur.updatedAt, keepNik: true, profile: { ...distinctProfile(1, { products: 'Kopi bubuk sachet' }), ownerNik: null } });
    const { result } = await importAll(b, await officePackage(a));
    expect(result.parked).toBe(1);
    for (const id of [sri.id, kopi.id]) {
      expect(await one(b, `SELECT owner_nik, owner_name, personal_data_erased_at IS NOT NULL AS erased FROM business WHERE id = ?`, [id])).toEqual({ owner_nik: null, owner_name: null, erased: 1 });
    }
    // The conflict offers nothing of the erased data.
    const inbox = await b.call('transfer:conflicts');
    const detail = await b.call('transfer:conflict', { id: inbox.items[0]!.id });
    expect(detail.fieldValues.filter((f) => ['owner_nik', 'owner_name', 'owner_phone'].includes(f.column)).every((f) => f.localOnly || (f.local === null && f.incoming === null))).toBe(true);
    await importAll(b, old);
    expect(await one(b, `SELECT owner_nik FROM business WHERE id = ?`, [sri.id])).toEqual({ owner_nik: null });
  });
});

describe('a participant erased at one desk while changed at another', () => {
  it('is erased at once; Konflik offers none of the erased values, and the old package brings nothing back', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1');
    await withOfficeKey(a, b);
    const t = await createTraining(a);
    const p = await addParticipant(a, t.id, distinctParticipant(0, { name: 'Rina Marlina', phone: '0812-7700-1000' }));
    const old = await officePackage(a);
    await importAll(b, old);
    await fresh(a);
    await a.call('participants:erasePersonalData', { id: p.id, reason: 'Permintaan peserta (UU PDP)' });
    // Meanwhile B corrects her phone, not knowing of the erasure.
    await b.call('participants:update', { id: p.id, participant: distinctParticipant(0, { name: 'Rina Marlina', phone: '0812-7700-1999' }) });
    const { result } = await importAll(b, await officePackage(a));
    expect(result.parked).toBe(1);
    expect(await one(b, `SELECT name, phone FROM training_participant WHERE id = ?`, [p.id])).toEqual({ name: 'Peserta (data dihapus)', phone: null });
    const inbox = await b.call('transfer:conflicts');
    const detail = await b.call('transfer:conflict', { id: inbox.items[0]!.id });
    for (const f of detail.fieldValues.filter((x) => ['name', 'phone'].includes(x.column))) expect(f.localOnly).toBe(true);
    expect(JSON.stringify(detail.fieldValues)).not.toMatch(/Rina|1999|1000/);
    // Taking everything from the package brings back nothing erased.
    await b.call('transfer:resolveConflict', { id: detail.id, take: Object.fromEntries(detail.fieldValues.map((f) => [f.column, 'incoming'])) });
    await importAll(b, old);
    expect(await one(b, `SELECT name, phone FROM training_participant WHERE id = ?`, [p.id])).toEqual({ name: 'Peserta (data dihapus)', phone: null });
  });
});

describe('incremental packages', () => {
  it('carry only what changed since the package the other desk acknowledged; acknowledgements travel back', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1');
    await seedBulk(a, 30);
    await importAll(b, await officePackage(a));
    // Before B has answered, A cannot know what B has.
    const bId = (await one(b, `SELECT desk_id FROM desk_clock`))!['desk_id'] as string;
    const refused = await a.fail('transfer:export', { jobId: randomUUID(), targetDir: folder(), scope: { kind: 'all' }, contents: ['package'], since: { deskId: bId } });
    expect(refused.message).toMatch(/belum pernah mengakui/);
    // B's package back tells A how far B has A's changes.
    await importAll(a, await officePackage(b));
    const peers = await a.call('transfer:peers');
    expect(peers).toEqual([expect.objectContaining({ deskId: bId, deskCode: 'BPN1', acknowledged: true, pendingChanges: 0 })]);

    const changed = (await a.call('businesses:list', {})).rows[0]!;
    const cur = await a.call('businesses:get', { id: changed.id });
    await a.call('businesses:update', { id: changed.id, expectedUpdatedAt: cur.updatedAt, keepNik: true, profile: { ...profile({ name: 'Usaha yang berubah' }), ownerNik: null } });
    expect((await a.call('transfer:peers'))[0]!.pendingChanges).toBe(1);
    const full = await officePackage(a);
    const week = await officePackage(a, { since: { deskId: bId } });
    expect(week).toMatch(/Paket-Perubahan/);
    expect(statSync(week).size).toBeLessThan(statSync(full).size);
    const { preview, result } = await importAll(b, week);
    expect(preview.source.incremental).toBe(true);
    expect(preview.tables.reduce((n, t) => n + t.new + t.updated + t.unchanged, 0)).toBe(1);
    expect(result.tables.find((t) => t.table === 'business')).toMatchObject({ updated: 1 });
    expect((await b.call('businesses:get', { id: changed.id })).name).toBe('Usaha yang berubah');
  });
});

describe('nothing personal outside the encryption', () => {
  it('the PDF summaries inside an encrypted export are named by consultation number only', async () => {
    const a = await desk('SMD1');
    fakePdf(a);
    const sri = await a.create(profile({ name: 'Kue Bu Sri Rahasia' }));
    const c = await finalizeNew(a, consultationValues(sri.id, a.consultantId));
    await fresh(a);
    const res = await exportTo(a, folder(), { contents: ['pdf'], password: 'Rahasia-Kaltim-1' });
    const zip = join(res.folder!, res.files.find((f) => f.name.endsWith('.zip'))!.name);
    // Entry names are readable without the password: read them so.
    const reader = new ZipReader(new BlobReader(new Blob([readFileSync(zip)])));
    const names = (await reader.getEntries()).map((e) => e.filename);
    await reader.close();
    expect(names).toEqual([`Ringkasan-Konsultasi/Ringkasan-${c.number!.replace(/\//g, '-')}.pdf`]);
    expect(names.join(' ')).not.toMatch(/Sri|Rahasia/);
    // Without a password the name helps the reader find the business.
    const open = await exportTo(a, folder(), { contents: ['pdf'] });
    expect(open.files.map((f) => f.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Kue-Bu-Sri-Rahasia\.pdf$/)]));
  });
});

describe('tidying', () => {
  it('leftover partial files of a pulled stick go when the stick is seen again; finished files stay', async () => {
    const stick = folder();
    const exp = join(stick, 'Ekspor-KlinikBisnis-SMD1-2026-06-15-1000');
    mkdirSync(join(exp, 'Ringkasan-Konsultasi'), { recursive: true });
    writeFileSync(join(exp, 'Klinik-Bisnis.xlsx'), 'selesai');
    writeFileSync(join(exp, 'bisnis.csv.partial'), 'setengah');
    writeFileSync(join(exp, 'Ringkasan-Konsultasi', 'Ringkasan-1.pdf.partial'), 'setengah');
    const cut = join(stick, 'Ekspor-KlinikBisnis-SMD1-2026-06-15-1100');
    mkdirSync(cut);
    writeFileSync(join(cut, 'Paket-Data.klb.partial'), 'setengah');
    writeFileSync(join(stick, 'catatan.txt.partial'), 'bukan milik aplikasi');
    const a = await desk('SMD1');
    a.t.platform.drives = [{ mountPath: stick, label: 'FLASHDISK', freeBytes: 1e9, totalBytes: 2e9, writable: true }];
    await a.call('transfer:drives');
    expect(readdirSync(exp).sort()).toEqual(['Klinik-Bisnis.xlsx']);
    expect(existsSync(cut)).toBe(false);
    expect(existsSync(join(stick, 'catatan.txt.partial'))).toBe(true);
    expect(await tidyPartials(stick)).toBe(0);
  });

  it('temporary copies of packages a crash left in the data folder go at the next start', async () => {
    const a = await desk('SMD1');
    const tmp = join(a.t.dataDir, 'tmp');
    mkdirSync(tmp, { recursive: true });
    const left = join(tmp, `import-${randomUUID()}.klb`);
    writeFileSync(left, 'sisa');
    await a.t.core.close();
    const again = await makeCore({ dataDir: a.t.dataDir });
    expect(existsSync(left)).toBe(false);
    await again.dispose();
  });
});

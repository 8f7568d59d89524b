import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_ROWS, type ParticipantImportPreview, type ParticipantImportRow } from '../../src/shared/contract';
import { IMPORT_SESSIONS_MAX } from '../../src/main/modules/trainings/participant-import';
import { openDesk, profile, steppingClock, TEST_NOW, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';

const FIXTURES = join(__dirname, 'fixtures', 'participants');

/**
 * A participants list the way it arrives from a kelurahan: a blank line above the header, first and
 * last names apart and in capitals, genders and dates written every which way, a phone Excel turned
 * into a number, a blank row in the middle, a person twice, a person already registered.
 */
async function writeMessyWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Peserta');
  ws.addRow([]);
  ws.addRow(['No', 'Nama Depan', 'Nama Belakang', 'L/P', 'Tgl Lahir', 'No. HP', 'Nama Usaha', 'Punya Usaha?', 'Kab/Kota', 'Keterangan']);
  const rows: unknown[][] = [
    [1, 'SRI', 'WAHYUNI', 'P', new Date(Date.UTC(1990, 2, 12)), '+62 812-3456-7890', 'Kue Bu Sri', 'ya', 'Samarinda', null],
    [2, 'Budi', 'Santoso', 'Laki-laki', '05/11/1985', 8134567890, null, 'tidak', 'Kukar', null],
    [null, null, null, null, null, null, null, null, null, null],
    [4, 'Siti   ', 'Aminah', 'Wanita', '12 Agustus 2001', '0821-5555-1234', null, null, 'Kota Balikpapan', 'vegetarian'],
    [5, 'BUDI', 'SANTOSO', 'L', '05-11-1985', '0813 4567 890', null, null, 'Kukar', null],
    [6, 'Rina', 'Marlina', 'P', null, '6281311112222', null, null, null, null],
    [7, null, null, 'P', null, '12345', null, null, null, null],
    [8, 'Ahmad', 'Fauzi', 'M', '31/02/1990', '0852 9999 0000', null, null, null, null],
    [9, 'Yohana', 'Kristanti', 'female', '1995-07-01', null, 'Sablon Yohana', null, 'Kab. Kutai Kartanegara', null],
    [10, 'HENDRA', 'WIJAYA', 'pria', null, '0853-1234-5678', null, '✓', null, null],
  ];
  for (const r of rows) ws.addRow(r);
  const other = wb.addWorksheet('Rekap');
  other.addRow(['Nama Peserta', 'WA']);
  other.addRow(['Fransiska Tjahjadi', '0812-9000-1111']);
  const path = join(dir, 'Daftar Peserta Kue.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

const MESSY_MAPPING = {
  No: null,
  'Nama Depan': 'firstName',
  'Nama Belakang': 'lastName',
  'L/P': 'gender',
  'Tgl Lahir': 'birthDate',
  'No. HP': 'phone',
  'Nama Usaha': 'businessName',
  'Punya Usaha?': 'hasBusiness',
  'Kab/Kota': 'regency',
  Keterangan: 'notes',
} as const;

/** A clock one second further on each reading, which a test can also move forward by minutes. */
function adjustableClock() {
  const base = steppingClock(TEST_NOW);
  const state = { offsetMs: 0 };
  return { state, clock: () => new Date(base().getTime() + state.offsetMs) };
}

describe('participants import', () => {
  let desk: Desk;
  let dir: string;
  let trainingId: string;
  let sriBusinessId: string;
  let rinaId: string;
  let hendraId: string;
  let time: ReturnType<typeof adjustableClock>;

  beforeEach(async () => {
    time = adjustableClock();
    desk = await openDesk({ clock: time.clock });
    dir = tempDir('klinik-import-');
    const training = await desk.call('trainings:create', {
      title: 'Pelatihan Kue Kering',
      topic: 'kue',
      startDate: '2026-06-20',
      endDate: '2026-06-21',
    });
    trainingId = training.id;
    sriBusinessId = (await desk.create(profile())).id;
    rinaId = (
      await desk.call('participants:add', {
        trainingId,
        participant: { name: 'Rina Marlina', phone: '0813-1111-2222', hasBusiness: false },
      })
    ).id;
    hendraId = (await desk.call('participants:add', { trainingId, participant: { name: 'Hendra Wijaya', hasBusiness: false } })).id;
  });

  afterEach(async () => {
    await desk.t.dispose();
  });

  async function open(path: string) {
    desk.t.platform.dialogAnswers.push(path);
    const sheet = await desk.call('participants:importOpen', {});
    if (!sheet) throw new Error('no sheet');
    return sheet;
  }

  const byRow = (preview: ParticipantImportPreview, row: number): ParticipantImportRow => {
    const found = preview.rows.find((r) => r.row === row);
    if (!found) throw new Error(`row ${row} missing`);
    return found;
  };

  async function participantRows() {
    return (await desk.t.core.ds.query(
      `SELECT name, gender, birth_date, age, phone, regency_code, has_business, business_id, business_name, notes
       FROM training_participant WHERE training_id = ? AND deleted_at IS NULL ORDER BY name`,
      [trainingId],
    )) as Array<Record<string, unknown>>;
  }

  it('reads a messy workbook: header after a blank row, suggested columns, sample rows as text, sheet names', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    expect(sheet.fileName).toBe('Daftar Peserta Kue.xlsx');
    expect(sheet.sheetNames).toEqual(['Peserta', 'Rekap']);
    expect(sheet.sheetName).toBe('Peserta');
    expect(sheet.headers).toEqual(Object.keys(MESSY_MAPPING));
    expect(sheet.rowCount).toBe(10);
    expect(sheet.suggestedMapping).toEqual(MESSY_MAPPING);
    expect(sheet.sampleRows).toHaveLength(10);
    expect(sheet.sampleRows[0]).toEqual(['1', 'SRI', 'WAHYUNI', 'P', '1990-03-12', '+62 812-3456-7890', 'Kue Bu Sri', 'ya', 'Samarinda', '']);
    expect(sheet.sampleRows[1]?.[5]).toBe('8134567890');
    expect(sheet.sampleRows[2]).toEqual(Array(10).fill(''));

    const other = await desk.call('participants:importOpen', { token: sheet.token, sheetName: 'Rekap' });
    expect(other).toMatchObject({ token: sheet.token, sheetName: 'Rekap', headers: ['Nama Peserta', 'WA'], rowCount: 1 });
    expect(other?.suggestedMapping).toEqual({ 'Nama Peserta': 'name', WA: 'phone' });
    const rekap = await desk.call('participants:importPreview', {
      token: sheet.token,
      trainingId,
      sheetName: 'Rekap',
      mapping: { 'Nama Peserta': 'name', WA: 'phone' },
    });
    expect(rekap.rows).toHaveLength(1);
    expect(rekap.rows[0]).toMatchObject({ row: 1, state: 'new', values: { name: 'Fransiska Tjahjadi', phone: '0812-••••-1111' } });
    // Back on the first sheet by name.
    const back = await desk.call('participants:importPreview', { token: sheet.token, trainingId, sheetName: 'Peserta', mapping: MESSY_MAPPING });
    expect(back.rows).toHaveLength(10);
    expect(await desk.fail('participants:importOpen', { token: sheet.token, sheetName: 'Tidak Ada' })).toMatchObject({
      code: 'VALIDATION',
      fields: { sheetName: { key: 'v.invalidChoice' } },
    });
  });

  it('previews every row of the messy sheet with its state, values and problems', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    const preview = await desk.call('participants:importPreview', { token: sheet.token, trainingId, mapping: MESSY_MAPPING });

    expect(preview.counts).toEqual({ new: 4, duplicate_in_sheet: 1, already_participant: 2, invalid: 2, blank: 1 });
    expect(preview.rows.map((r) => r.state)).toEqual([
      'new',
      'new',
      'blank',
      'new',
      'duplicate_in_sheet',
      'already_participant',
      'invalid',
      'invalid',
      'new',
      'already_participant',
    ]);

    const sri = byRow(preview, 1);
    expect(sri.values).toEqual({
      name: 'Sri Wahyuni',
      gender: 'P',
      birthDate: '1990-03-12',
      age: 36,
      phone: '0812-••••-7890',
      businessName: 'Kue Bu Sri',
      hasBusiness: true,
      regencyCode: '64.72',
      notes: null,
    });
    expect(sri.businessMatches).toEqual([
      { id: sriBusinessId, name: 'Kue Bu Sri', ownerName: 'Sri Wahyuni', regencyName: 'Kota Samarinda', reason: 'phone' },
    ]);

    const budi = byRow(preview, 2);
    expect(budi.values).toEqual({
      name: 'Budi Santoso',
      gender: 'L',
      birthDate: '1985-11-05',
      age: 40,
      phone: '0813-••••-7890',
      businessName: null,
      hasBusiness: false,
      regencyCode: '64.02',
      notes: null,
    });
    expect(budi.errors).toEqual([]);
    expect(budi.businessMatches).toEqual([]);

    expect(byRow(preview, 3).errors).toEqual([]);

    expect(byRow(preview, 4).values).toMatchObject({
      name: 'Siti Aminah',
      gender: 'P',
      birthDate: '2001-08-12',
      age: 24,
      phone: '0821-••••-1234',
      regencyCode: '64.71',
      hasBusiness: false,
      notes: 'vegetarian',
    });

    expect(byRow(preview, 5)).toMatchObject({ state: 'duplicate_in_sheet', duplicateOfRow: 2, duplicateOfParticipantId: null });
    expect(byRow(preview, 5).values.name).toBe('Budi Santoso');
    expect(byRow(preview, 6)).toMatchObject({ state: 'already_participant', duplicateOfParticipantId: rinaId, duplicateOfRow: null });
    expect(byRow(preview, 10)).toMatchObject({ state: 'already_participant', duplicateOfParticipantId: hendraId });
    expect(byRow(preview, 10).values).toMatchObject({ name: 'Hendra Wijaya', hasBusiness: true, gender: 'L' });

    expect(byRow(preview, 7).errors).toEqual(
      expect.arrayContaining([
        { field: 'phone', message: 'v.phone' },
        { field: 'name', message: 'v.required' },
      ]),
    );
    expect(byRow(preview, 8).errors).toEqual([{ field: 'birthDate', message: 'v.date' }]);

    expect(byRow(preview, 9).values).toEqual({
      name: 'Yohana Kristanti',
      gender: 'P',
      birthDate: '1995-07-01',
      age: 30,
      phone: null,
      businessName: 'Sablon Yohana',
      hasBusiness: true,
      regencyCode: '64.02',
      notes: null,
    });
  });

  it('never shows a full phone in the preview', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    const preview = await desk.call('participants:importPreview', { token: sheet.token, trainingId, mapping: MESSY_MAPPING });
    const text = JSON.stringify(preview.rows);
    for (const digits of ['81234567890', '8134567890', '82155551234', '85312345678']) expect(text).not.toContain(digits);
  });

  it('imports exactly the confirmed rows in one go, linking a row to the profile chosen, audited once', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    const before = await participantRows();
    const result = await desk.call('participants:importCommit', {
      token: sheet.token,
      trainingId,
      mapping: MESSY_MAPPING,
      rows: [{ row: 1, linkBusinessId: sriBusinessId }, { row: 2 }, { row: 9 }],
    });
    expect(result.imported).toBe(3);
    expect(result.participants.map((p) => p.name).sort()).toEqual(['Budi Santoso', 'Sri Wahyuni', 'Yohana Kristanti']);
    const sri = result.participants.find((p) => p.name === 'Sri Wahyuni');
    expect(sri).toMatchObject({ businessId: sriBusinessId, hasBusiness: true, phone: '0812-••••-7890', age: 36 });

    const after = await participantRows();
    expect(after).toHaveLength(before.length + 3);
    const rows = Object.fromEntries(after.map((r) => [r['name'], r]));
    expect(rows['Sri Wahyuni']).toEqual({
      name: 'Sri Wahyuni',
      gender: 'P',
      birth_date: '1990-03-12',
      age: null,
      phone: '+6281234567890',
      regency_code: '64.72',
      has_business: 1,
      business_id: sriBusinessId,
      business_name: 'Kue Bu Sri',
      notes: null,
    });
    expect(rows['Budi Santoso']).toMatchObject({ phone: '+628134567890', birth_date: '1985-11-05', gender: 'L', regency_code: '64.02', has_business: 0, business_id: null });
    expect(rows['Yohana Kristanti']).toMatchObject({ phone: null, has_business: 1, business_id: null, business_name: 'Sablon Yohana' });
    expect(rows['Siti Aminah']).toBeUndefined();

    const audits = await desk.call('audit:list', { limit: 50, entity: 'training' });
    const imports = audits.filter((a) => a.action === 'import_participants');
    expect(imports).toHaveLength(1);
    expect(imports[0]?.entityId).toBe(trainingId);
    expect(JSON.stringify(imports[0])).toContain('3');
    expect(JSON.stringify(audits)).not.toMatch(/81234567890|8134567890/);

    // Once in, the same rows are already participants.
    const again = await desk.call('participants:importPreview', { token: sheet.token, trainingId, mapping: MESSY_MAPPING });
    expect([1, 2, 9].map((r) => byRow(again, r).state)).toEqual(['already_participant', 'already_participant', 'already_participant']);
    expect(byRow(again, 4).state).toBe('new');
  });

  it('refuses a row that is not new and writes nothing', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    const before = await participantRows();
    const auditsBefore = (await desk.call('audit:list', { limit: 500 })).length;
    for (const bad of [5, 6, 7, 3, 99]) {
      const error = await desk.fail('participants:importCommit', {
        token: sheet.token,
        trainingId,
        mapping: MESSY_MAPPING,
        rows: [{ row: 4 }, { row: bad }],
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.['rows.1']).toMatchObject({ key: 'v.rowNotImportable', params: { row: bad } });
      expect(error.fields?.['rows.0']).toBeUndefined();
    }
    expect(await participantRows()).toEqual(before);
    expect((await desk.call('audit:list', { limit: 500 })).length).toBe(auditsBefore);
  });

  it('refuses a link to a profile that does not exist or was deleted, writing nothing', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    const before = await participantRows();
    await desk.call('businesses:delete', { id: sriBusinessId });
    const error = await desk.fail('participants:importCommit', {
      token: sheet.token,
      trainingId,
      mapping: MESSY_MAPPING,
      rows: [{ row: 2 }, { row: 1, linkBusinessId: sriBusinessId }],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.['rows.1.linkBusinessId']).toEqual({ key: 'v.businessUnknown' });
    expect(await participantRows()).toEqual(before);
  });

  it('refuses an unknown token and one whose file was opened more than 30 minutes ago', async () => {
    const unknown = await desk.fail('participants:importPreview', {
      token: 'tidak-ada',
      trainingId,
      mapping: MESSY_MAPPING,
    });
    expect(unknown.code).toBe('NOT_FOUND');
    const forged = await desk.fail('participants:importCommit', {
      token: 'tidak-ada',
      trainingId,
      mapping: MESSY_MAPPING,
      rows: [{ row: 1 }],
    });
    expect(forged.code).toBe('NOT_FOUND');

    const sheet = await open(await writeMessyWorkbook(dir));
    time.state.offsetMs += 29 * 60 * 1000;
    await desk.call('participants:importPreview', { token: sheet.token, trainingId, mapping: MESSY_MAPPING });
    // Each use keeps it; 31 idle minutes drop it.
    time.state.offsetMs += 31 * 60 * 1000;
    const before = await participantRows();
    const stale = await desk.fail('participants:importCommit', { token: sheet.token, trainingId, mapping: MESSY_MAPPING, rows: [{ row: 2 }] });
    expect(stale.code).toBe('NOT_FOUND');
    expect(await desk.fail('participants:importOpen', { token: sheet.token })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await participantRows()).toEqual(before);
  });

  it('keeps only the last few files opened', async () => {
    const path = await writeMessyWorkbook(dir);
    const tokens: string[] = [];
    for (let i = 0; i <= IMPORT_SESSIONS_MAX; i++) tokens.push((await open(path)).token);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(await desk.fail('participants:importOpen', { token: tokens[0] })).toMatchObject({ code: 'NOT_FOUND' });
    for (const token of tokens.slice(1)) expect((await desk.call('participants:importOpen', { token }))?.token).toBe(token);
  });

  it('answers null when the consultant cancels the open dialog', async () => {
    desk.t.platform.dialogAnswers.push(null);
    expect(await desk.call('participants:importOpen', {})).toBeNull();
  });

  it('reads a CSV with semicolons and a BOM, with Indonesian forms throughout', async () => {
    await desk.call('settings:updateOffice', {
      officeName: 'Klinik Bisnis Kaltim',
      unitName: null,
      address: null,
      phone: null,
      email: null,
      provinceCode: '64',
      regencyCode: '64.72',
      logoDataUrl: null,
      timeZone: 'Asia/Makassar',
      deskCode: 'SMD1',
    });
    const sheet = await open(join(FIXTURES, 'peserta-titik-koma-bom.csv'));
    expect(sheet.headers).toEqual(['Nama Lengkap', 'Jenis Kelamin', 'Tanggal Lahir', 'Umur', 'No HP', 'Kabupaten/Kota', 'Punya Usaha']);
    expect(sheet.suggestedMapping).toEqual({
      'Nama Lengkap': 'name',
      'Jenis Kelamin': 'gender',
      'Tanggal Lahir': 'birthDate',
      Umur: 'age',
      'No HP': 'phone',
      'Kabupaten/Kota': 'regency',
      'Punya Usaha': 'hasBusiness',
    });
    expect(sheet.rowCount).toBe(5);
    const preview = await desk.call('participants:importPreview', { token: sheet.token, trainingId, mapping: sheet.suggestedMapping });
    expect(preview.rows.map((r) => r.state)).toEqual(['new', 'new', 'new', 'blank', 'invalid']);
    expect(byRow(preview, 1).values).toEqual({
      name: 'Dewi Lestari',
      gender: 'P',
      birthDate: null,
      age: 24,
      phone: '0811-••••-4455',
      businessName: null,
      hasBusiness: true,
      regencyCode: '64.74',
      notes: null,
    });
    expect(byRow(preview, 2).values).toMatchObject({ name: 'Andi Pratama', gender: 'L', birthDate: '1999-05-03', age: 27, hasBusiness: false, regencyCode: '64.72' });
    // "Samarnda": a typo of a regency in the office's province.
    expect(byRow(preview, 3).values).toMatchObject({ name: 'Goretti, Maria', birthDate: '1980-09-07', hasBusiness: true, regencyCode: '64.72' });
    expect(byRow(preview, 5).errors).toEqual(
      expect.arrayContaining([
        { field: 'phone', message: 'v.phone' },
        { field: 'regency', message: 'v.regencyUnknown' },
        { field: 'hasBusiness', message: 'v.invalidChoice' },
      ]),
    );

    const result = await desk.call('participants:importCommit', {
      token: sheet.token,
      trainingId,
      mapping: sheet.suggestedMapping,
      rows: [{ row: 1 }, { row: 2 }],
    });
    expect(result.imported).toBe(2);
    const dewi = (await participantRows()).find((r) => r['name'] === 'Dewi Lestari');
    expect(dewi).toMatchObject({ age: 24, birth_date: null, phone: '+6281122334455', has_business: 1, regency_code: '64.74' });
  });

  it('reads a CSV saved in Windows-1252 with commas', async () => {
    const sheet = await open(join(FIXTURES, 'peserta-windows-1252.csv'));
    expect(sheet.headers).toEqual(['Nama', 'No HP', 'Keterangan']);
    expect(sheet.sampleRows[0]).toEqual(['René Café', '081234500001', 'Pâtisserie à la française']);
    const preview = await desk.call('participants:importPreview', { token: sheet.token, trainingId, mapping: sheet.suggestedMapping });
    expect(byRow(preview, 1)).toMatchObject({ state: 'new', values: { name: 'René Café', notes: 'Pâtisserie à la française', phone: '0812-••••-0001' } });
    expect(byRow(preview, 2)).toMatchObject({ state: 'new', values: { name: 'Zoë Hartono', phone: '0812-••••-0002' } });
  });

  it('refuses a mapping without a name column and one naming a column the sheet lacks', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    const noName = await desk.fail('participants:importPreview', { token: sheet.token, trainingId, mapping: { 'No. HP': 'phone' } });
    expect(noName.code).toBe('VALIDATION');
    expect(JSON.stringify(noName.fields)).toContain('v.mapName');
    const ghost = await desk.fail('participants:importPreview', { token: sheet.token, trainingId, mapping: { Nama: 'name' } });
    expect(ghost.code).toBe('VALIDATION');
    expect(ghost.fields?.['mapping.Nama']).toEqual({ key: 'v.invalidChoice' });
  });

  it('refuses the same row chosen twice', async () => {
    const sheet = await open(await writeMessyWorkbook(dir));
    const error = await desk.fail('participants:importCommit', {
      token: sheet.token,
      trainingId,
      mapping: MESSY_MAPPING,
      rows: [{ row: 2 }, { row: 2 }],
    });
    expect(error.fields?.['rows.1.row']).toEqual({ key: 'v.duplicateEntry' });
    expect((await participantRows()).map((r) => r['name'])).not.toContain('Budi Santoso');
  });

  it('refuses a file that is not a workbook and a sheet over the row limit', async () => {
    const broken = join(dir, 'rusak.xlsx');
    writeFileSync(broken, 'ini bukan berkas excel');
    desk.t.platform.dialogAnswers.push(broken);
    const unreadable = await desk.fail('participants:importOpen', {});
    expect(unreadable).toMatchObject({ code: 'VALIDATION', fields: { file: { key: 'v.importUnreadable' } } });

    const big = join(dir, 'besar.csv');
    const lines = ['Nama;No HP'];
    for (let i = 0; i <= IMPORT_MAX_ROWS; i++) lines.push(`Peserta ${i};0812${String(10_000_000 + i)}`);
    writeFileSync(big, lines.join('\n'));
    desk.t.platform.dialogAnswers.push(big);
    const tooMany = await desk.fail('participants:importOpen', {});
    expect(tooMany).toMatchObject({
      code: 'VALIDATION',
      fields: { file: { key: 'v.importTooManyRows', params: { count: IMPORT_MAX_ROWS + 1, max: IMPORT_MAX_ROWS } } },
    });
  });

  it('previews and imports a full sheet of the largest size', async () => {
    const full = join(dir, 'penuh.csv');
    const lines = ['Nama,No HP,Usaha'];
    for (let i = 0; i < IMPORT_MAX_ROWS; i++) lines.push(`Peserta Nomor ${i},0812${String(10_000_000 + i)},Warung ${i}`);
    writeFileSync(full, lines.join('\r\n'));
    const sheet = await open(full);
    expect(sheet.rowCount).toBe(IMPORT_MAX_ROWS);
    const started = Date.now();
    const preview = await desk.call('participants:importPreview', { token: sheet.token, trainingId, mapping: sheet.suggestedMapping });
    const previewMs = Date.now() - started;
    expect(preview.counts.new).toBe(IMPORT_MAX_ROWS);
    const result = await desk.call('participants:importCommit', {
      token: sheet.token,
      trainingId,
      mapping: sheet.suggestedMapping,
      rows: preview.rows.map((r) => ({ row: r.row })),
    });
    expect(result.imported).toBe(IMPORT_MAX_ROWS);
    expect(await participantRows()).toHaveLength(IMPORT_MAX_ROWS + 2);
    expect(previewMs).toBeLessThan(45_000);
  }, 60_000);
});

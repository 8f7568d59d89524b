import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrations';
import { verifyExport } from '../../src/main/modules/transfer';
import { removableDrivesFrom } from '../../src/main/modules/transfer/drives';
import { writeWorkbook } from '../../src/main/modules/transfer/human-files';
import { SHEETS } from '../../src/main/modules/transfer/sheets';
import { scopeSql } from '../../src/main/modules/transfer/transfer.queries';
import { openDesk, profile, distinctProfile, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { exportInput, exportTo, fakePdf, listFiles, sevenZip } from './helpers/transfer';

let desk: Desk;
let target: string;
let businessId: string;

async function seed(d: Desk): Promise<void> {
  const b = await d.create(profile({ name: 'Toko "Maju"; Jaya, Samarinda', ownerEmail: 'sri@example.com' }));
  businessId = b.id;
  const other = await d.create(distinctProfile(1, { name: 'Sablon Kaos Berau', regencyCode: '64.03', districtCode: null }), [b.id]);
  await finalizeNew(d, consultationValues(b.id, d.consultantId));
  await finalizeNew(d, consultationValues(other.id, d.consultantId, { complaint: 'Baris satu\nbaris dua; "kutip"' }));
  // A deleted profile is in the data package (deletions travel) but not in the sheets.
  const gone = await d.create(distinctProfile(2, { name: 'Kopi Tutup Lama' }), [b.id, other.id]);
  await d.call('businesses:delete', { id: gone.id });
}

beforeAll(() => {
  // Make sure the harness's drive list type matches what detection returns.
  expect(removableDrivesFrom([], [])).toEqual([]);
});

afterEach(async () => {
  await desk?.t.dispose();
  if (target) rmSync(target, { recursive: true, force: true });
});

describe('export to a folder', () => {
  it('writes the workbook, CSVs, package and a manifest that verifies; workbook read back has sheets, headers, types and counts', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    const progress: string[] = [];
    desk.t.core.events.subscribe((name, payload) => {
      if (name === 'transfer:progress') progress.push((payload as { phase: string }).phase);
    });
    const dump = async () => {
      const out: unknown[] = [];
      for (const t of ['business', 'business_tag', 'consultation', 'consultation_consultant', 'follow_up', 'consultant']) {
        out.push(await desk.t.core.ds.query(`SELECT * FROM ${t} ORDER BY rowid`));
      }
      out.push(await desk.t.core.ds.query(`SELECT * FROM record_version ORDER BY entity, record_key`), await desk.t.core.ds.query(`SELECT * FROM desk_clock`));
      return out;
    };
    const before = await dump();
    const res = await exportTo(desk, target);
    expect(res.status).toBe('done');
    expect(await dump()).toEqual(before);
    expect(res.counts).toEqual({ business: 2, consultation: 2, follow_up: 4 });
    expect(res.files.map((f) => f.name.replace(/-\d{4}-\d{2}-\d{2}-\d{4}/, ''))).toEqual([
      'Klinik-Bisnis-SMD1.xlsx',
      'Profil-UMKM.csv',
      'Konsultasi.csv',
      'Tindak-Lanjut.csv',
      'Paket-Data-SMD1.klb',
      'manifest.json',
    ]);
    expect(listFiles(res.folder!)).toEqual(res.files.map((f) => f.name).sort());
    const verified = await verifyExport(res.folder!);
    expect(verified.problems).toEqual([]);
    const manifest = verified.manifest as Record<string, unknown>;
    expect(manifest).toMatchObject({ format: 'klinik-bisnis-ekspor', schemaVersion: new migrations[migrations.length - 1]!().name, personalData: 'masked', encrypted: false });
    expect((manifest['package'] as { tables: Record<string, number> }).tables).toMatchObject({ business: 3, consultation: 2, follow_up: 4, consultant: 1 });
    expect(progress).toEqual(expect.arrayContaining(['prepare', 'xlsx', 'csv', 'package', 'manifest', 'done']));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(res.folder!, res.files[0]!.name));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Profil UMKM', 'Konsultasi', 'Tindak Lanjut']);
    const profil = wb.getWorksheet('Profil UMKM')!;
    const headers = (profil.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['Nama Usaha', 'Merek', 'Nama Pemilik', 'NIK Pemilik']);
    expect(profil.rowCount).toBe(3);
    expect(profil.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (name: string) => headers.indexOf(name) + 1;
    const sri = profil.getRow(2).getCell(col('Nama Usaha')).value === 'Toko "Maju"; Jaya, Samarinda' ? profil.getRow(2) : profil.getRow(3);
    expect(sri.getCell(col('NIK Pemilik')).value).toBe('6472••••••••0003');
    expect(sri.getCell(col('No. HP/WA')).value).toBe('0812-••••-7890');
    expect(sri.getCell(col('Modal Usaha (Rp)')).value).toBe(50_000_000);
    expect(sri.getCell(col('Modal Usaha (Rp)')).numFmt).toBe('"Rp"#,##0');
    expect(sri.getCell(col('Kabupaten/Kota')).value).toBe('Kota Samarinda');
    expect(sri.getCell(col('Diubah')).value).toBeInstanceOf(Date);
    expect(profil.getColumn(col('Nama Usaha')).width).toBeGreaterThanOrEqual(30);
    const konsultasi = wb.getWorksheet('Konsultasi')!;
    expect(konsultasi.rowCount).toBe(3);
    const kHeaders = (konsultasi.getRow(1).values as unknown[]).slice(1);
    const date = konsultasi.getRow(2).getCell(kHeaders.indexOf('Tanggal') + 1).value as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(konsultasi.getRow(2).getCell(kHeaders.indexOf('Menit Kontak') + 1).value).toBe(60);
    expect(konsultasi.getRow(2).getCell(kHeaders.indexOf('Nomor') + 1).value).toMatch(/^KB\/SMD1\/2026\/06\/\d+$/);
    expect(wb.getWorksheet('Tindak Lanjut')!.rowCount).toBe(5);

    // The export is audited; nothing else in the database changed.
    const audit = await desk.call('audit:list', { limit: 10, entity: 'transfer' });
    expect(audit[0]).toMatchObject({ action: 'export', entity: 'transfer' });
  });

  it('CSV files start with the BOM, use the chosen separator and quote what needs it', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    for (const separator of [';', ','] as const) {
      const res = await exportTo(desk, target, { contents: ['csv'], csvSeparator: separator });
      const bytes = readFileSync(join(res.folder!, 'Profil-UMKM.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.split('\r\n')[0]!.startsWith(`Nama Usaha${separator}Merek${separator}Nama Pemilik`)).toBe(true);
      const rows = parse(text, { delimiter: separator, columns: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(2);
      expect(rows.map((r) => r['Nama Usaha'])).toContain('Toko "Maju"; Jaya, Samarinda');
      expect(rows.find((r) => r['Nama Usaha']!.startsWith('Toko'))!['Email']).toBe('s•••@example.com');
      const consultations = parse(readFileSync(join(res.folder!, 'Konsultasi.csv'), 'utf8').slice(1), { delimiter: separator, columns: true }) as Array<
        Record<string, string>
      >;
      expect(consultations.map((r) => r['Keluhan'])).toContain('Baris satu\nbaris dua; "kutip"');
      expect(consultations[0]!['Tanggal']).toBe('15/06/2026');
    }
  });

  it('personal data in full needs a reason, which is audited; the full package needs a password', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    const noReason = await desk.fail('transfer:export', exportInput(target, { personalData: 'full', password: 'rahasia-123' }));
    expect(noReason.fields?.['personalDataReason']).toEqual({ key: 'v.reasonRequired' });
    const noPassword = await desk.fail('transfer:export', exportInput(target, { personalData: 'full', personalDataReason: 'Permintaan dinas provinsi' }));
    expect(noPassword.fields?.['password']).toEqual({ key: 'v.passwordRequired' });
    expect(listFiles(target)).toEqual([]);

    const res = await exportTo(desk, target, { contents: ['csv'], personalData: 'full', personalDataReason: 'Permintaan dinas provinsi' });
    const rows = parse(readFileSync(join(res.folder!, 'Profil-UMKM.csv'), 'utf8').slice(1), { delimiter: ';', columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((r) => r['NIK Pemilik'])).toContain('6472015203900003');
    const audit = await desk.call('audit:list', { limit: 10, entity: 'transfer' });
    expect(audit[0]!.changes).toMatchObject({ personalData: [null, 'full'], reason: [null, 'Permintaan dinas provinsi'] });
  });

  it('PDF summaries of the consultations in scope, one file each, names made safe', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    fakePdf(desk);
    const res = await exportTo(desk, target, { contents: ['pdf'], scope: { kind: 'businesses', ids: [businessId] } });
    const pdfs = res.files.filter((f) => f.name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]!.name).toMatch(/^Ringkasan-Konsultasi\/Ringkasan-KB-SMD1-2026-06-\d+-Toko-Maju;-Jaya,-Samarinda\.pdf$/);
    expect(readFileSync(join(res.folder!, pdfs[0]!.name), 'utf8')).toContain('%PDF');
    expect((await verifyExport(res.folder!)).ok).toBe(true);
  });

  it('scope by kabupaten/kota and by date range', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    const berau = await exportTo(desk, target, { contents: ['csv'], scope: { kind: 'regencies', codes: ['64.03'] } });
    expect(berau.counts).toEqual({ business: 1, consultation: 1, follow_up: 2 });
    const none = await exportTo(desk, target, { contents: ['csv'], scope: { kind: 'dateRange', from: '2025-01-01', to: '2025-12-31' } });
    expect(none.counts).toEqual({ business: 0, consultation: 0, follow_up: 0 });
    const june = await exportTo(desk, target, { contents: ['csv'], scope: { kind: 'dateRange', from: '2026-06-01', to: '2026-06-30' } });
    // Follow-ups due in the range, and those of consultations in it.
    expect(june.counts).toEqual({ business: 2, consultation: 2, follow_up: 4 });
  });

  it('a table longer than a worksheet holds goes on in a continuation sheet', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    const file = join(target, 'lanjut.xlsx');
    const out = createWriteStream(file);
    const counts = await writeWorkbook(out, SHEETS, {
      ds: desk.t.core.ds,
      scope: scopeSql({ kind: 'all' }),
      options: { personal: 'masked', timeZone: 'Asia/Makassar' },
      signal: new AbortController().signal,
      progress: () => {},
      sheetRowsMax: 3,
    });
    await once(out, 'close');
    expect(counts).toEqual({ business: 2, consultation: 2, follow_up: 4 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => [w.name, w.rowCount])).toEqual([
      ['Profil UMKM', 3],
      ['Konsultasi', 3],
      ['Tindak Lanjut', 4],
      ['Tindak Lanjut (2)', 2],
    ]);
  });

  it('refuses a relative target, a reversed date range and a repeated content before touching anything', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    const bad = await desk.fail('transfer:export', exportInput('relatif/folder', {
      scope: { kind: 'dateRange', from: '2026-06-30', to: '2026-06-01' },
      contents: ['csv', 'csv'],
    }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields).toMatchObject({ targetDir: { key: 'v.invalidPath' }, 'scope.to': { key: 'v.rangeReversed' }, contents: { key: 'v.invalidChoice' } });
  });

  it('a PDF that cannot be made stops the export with the app’s own message and leaves nothing', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    desk.t.platform.printToPdf = async () => {
      throw new Error('Chromium tidak ada');
    };
    const error = await desk.fail('transfer:export', exportInput(target, { contents: ['csv', 'pdf'] }));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/^Ekspor tidak dapat diselesaikan karena kesalahan di aplikasi\..*Tidak ada data di basis data yang berubah/);
    expect(listFiles(target)).toEqual([]);
  });

  it('a target folder that is not there is refused plainly', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    const error = await desk.fail('transfer:export', exportInput(join(target, 'tidak-ada')));
    expect(error.code).toBe('STORAGE');
    expect(error.message).toMatch(/^Folder tujuan tidak ditemukan\..*Tidak ada data di basis data yang berubah\.$/);
  });

  it('cancel leaves nothing behind', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    const input = exportInput(target);
    desk.t.core.events.subscribe((name, payload) => {
      if (name === 'transfer:progress' && (payload as { phase: string }).phase === 'csv') void desk.call('transfer:cancel', { jobId: input.jobId });
    });
    const res = await desk.call('transfer:export', input);
    expect(res.status).toBe('cancelled');
    expect(listFiles(target)).toEqual([]);
    expect(await desk.call('audit:list', { limit: 10, entity: 'transfer' })).toEqual([]);
  });

  it('an encrypted export is one AES-256 ZIP that 7-Zip opens with the password and refuses without it', async (ctx) => {
    const sz = sevenZip();
    if (!sz) {
      console.warn('skipped: no 7z/7zz command (apt-get install 7zip)');
      ctx.skip();
    }
    desk = await openDesk();
    target = tempDir('klinik-export-');
    await seed(desk);
    const res = await exportTo(desk, target, { password: 'Kaltim-2026!', personalData: 'full', personalDataReason: 'Pindah meja' });
    expect(res.encrypted).toBe(true);
    expect(res.files.map((f) => f.name.replace(/-\d{4}-\d{2}-\d{2}-\d{4}/, ''))).toEqual(['Ekspor-KlinikBisnis-SMD1.zip', 'manifest.json']);
    expect((await verifyExport(res.folder!)).ok).toBe(true);
    const zip = join(res.folder!, res.files[0]!.name);
    const list = spawnSync(sz!, ['l', '-slt', '-pKaltim-2026!', zip], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/Method = .*AES-256/);
    expect(list.stdout).toContain('Profil-UMKM.csv');
    const good = spawnSync(sz!, ['t', '-pKaltim-2026!', zip], { encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('Everything is Ok');
    const bad = spawnSync(sz!, ['t', '-psalah-sandi', zip], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(`${bad.stdout}${bad.stderr}`).toMatch(/Wrong password/i);
    // What 7-Zip extracts is what the manifest says went in.
    const out = tempDir('klinik-7z-');
    expect(spawnSync(sz!, ['x', '-pKaltim-2026!', `-o${out}`, zip], { encoding: 'utf8' }).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(res.folder!, 'manifest.json'), 'utf8')) as { zipContents: Array<{ name: string; sha256: string }> };
    const { createHash } = await import('node:crypto');
    for (const f of manifest.zipContents) {
      expect(createHash('sha256').update(readFileSync(join(out, f.name))).digest('hex')).toBe(f.sha256);
    }
    rmSync(out, { recursive: true, force: true });
  });
});

describe('removable drives', () => {
  it('keeps removable, mounted drives with label, free space and writability', () => {
    const drives = removableDrivesFrom(
      [
        { name: 'sda1', type: 'part', mount: '/', label: '', removable: false, size: 500e9 },
        { name: 'sdb1', type: 'part', mount: '/media/sri/FLASHDISK', label: 'FLASHDISK', removable: true, size: 16e9 },
        { name: 'sdc1', type: 'part', mount: '', label: 'NOT MOUNTED', removable: true, size: 8e9 },
        { name: 'E:', type: 'disk', mount: 'E:', label: '', removable: true, size: 4e9 },
      ],
      [
        { fs: '/dev/sdb1', mount: '/media/sri/FLASHDISK', size: 16e9, available: 9e9, rw: true },
        { fs: 'E:', mount: 'E:', size: 4e9, available: 1e9, rw: false },
      ],
    );
    expect(drives).toEqual([
      { mountPath: '/media/sri/FLASHDISK', label: 'FLASHDISK', freeBytes: 9e9, totalBytes: 16e9, writable: true },
      { mountPath: 'E:\\', label: 'E:', freeBytes: 1e9, totalBytes: 4e9, writable: false },
    ]);
  });

  it('a folder or a package is chosen through the dialog', async () => {
    desk = await openDesk();
    desk.t.platform.dialogAnswers.push('/media/sri/FLASHDISK', null, '/media/sri/FLASHDISK/Paket.klb');
    expect(await desk.call('transfer:chooseFolder')).toEqual({ path: '/media/sri/FLASHDISK' });
    expect(await desk.call('transfer:chooseFolder')).toEqual({ path: null });
    expect(await desk.call('transfer:choosePackage')).toEqual({ path: '/media/sri/FLASHDISK/Paket.klb' });
  });

  it('transfer:drives answers what the platform finds', async () => {
    desk = await openDesk();
    desk.t.platform.drives = [{ mountPath: '/media/x', label: 'X', freeBytes: 1, totalBytes: 2, writable: true }];
    expect(await desk.call('transfer:drives')).toEqual(desk.t.platform.drives);
  });
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyExport } from '../../src/main/modules/transfer';
import { classifyWriteError } from '../../src/main/modules/transfer/safe-write';
import { messageText } from '../../src/shared/messages';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { exportInput, exportTo, fakePdf, fatUnavailable, listFiles, makeFatStick, seedBulk, type FatStick } from './helpers/transfer';

/**
 * The export on a real FAT file system: an image made by mkfs.vfat, mounted with fusefat, pulled
 * out with `fusermount -uz` while files are open, and filled up.
 */
const unavailable = fatUnavailable();
if (unavailable) console.warn(`transfer-fat tests skipped: ${unavailable}`);

let desk: Desk | null = null;
let stick: FatStick | null = null;

afterEach(async () => {
  await desk?.t.dispose();
  stick?.dispose();
  desk = null;
  stick = null;
});

/** A final-named file is whole: the workbook opens with its rows, a CSV parses with its rows. */
async function checkWhole(folder: string, name: string, rows: number): Promise<void> {
  if (name.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, name));
    expect(wb.getWorksheet('Konsultasi')!.rowCount).toBe(rows + 1);
  } else if (name.endsWith('.csv')) {
    const parsed = parse(readFileSync(join(folder, name), 'utf8').slice(1), { delimiter: ';', columns: true }) as unknown[];
    expect(parsed).toHaveLength(name.startsWith('Tindak') ? 0 : rows);
  } else {
    throw new Error(`unexpected final file ${name}`);
  }
}

describe.skipIf(Boolean(unavailable))('export to a FAT stick', () => {
  it('a full export on FAT verifies against its manifest, also after the stick is plugged in again', async () => {
    desk = await openDesk();
    stick = makeFatStick(8 * 1024);
    fakePdf(desk);
    const b = await desk.create(profile());
    await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    const res = await exportTo(desk, stick.mount, { contents: ['xlsx', 'csv', 'pdf', 'package'] });
    expect(res.status).toBe('done');
    expect((await verifyExport(res.folder!)).problems).toEqual([]);
    stick.remount();
    expect((await verifyExport(res.folder!)).problems).toEqual([]);
    expect(listFiles(res.folder!).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('a name with characters FAT refuses is made safe', async () => {
    desk = await openDesk();
    stick = makeFatStick(4 * 1024);
    fakePdf(desk);
    const b = await desk.create(profile({ name: 'Kue: "Bu Sri" <Enak> | Murah? *' }));
    await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    const res = await exportTo(desk, stick.mount, { contents: ['pdf'] });
    const pdf = res.files.find((f) => f.name.endsWith('.pdf'))!;
    expect(pdf.name).toMatch(/^Ringkasan-Konsultasi\/Ringkasan-KB-SMD1-2026-06-\d+-Kue-Bu-Sri-Enak-Murah\.pdf$/);
    expect(listFiles(res.folder!)).toContain(pdf.name);
    expect((await verifyExport(res.folder!)).ok).toBe(true);
  });

  it('the stick pulled out mid-export: the export stops with the right message, and no final-named file is incomplete', async () => {
    desk = await openDesk();
    stick = makeFatStick(16 * 1024);
    await seedBulk(desk, 500);
    const s = stick;
    const input = exportInput(s.mount, { contents: ['xlsx', 'csv', 'package'] });
    let yanked = false;
    desk.t.core.events.subscribe((name, payload) => {
      const p = payload as { phase: string; done: number };
      // The workbook is written and verified; pull the stick while the CSV of consultations is open.
      if (!yanked && name === 'transfer:progress' && p.phase === 'csv' && p.done >= 200) {
        yanked = true;
        s.yank();
      }
    });
    const error = await desk.fail('transfer:export', input);
    expect(yanked).toBe(true);
    expect(error).toEqual({ code: 'STORAGE', key: 'transfer.write.removed', message: messageText('id', 'transfer.write.removed') });
    expect(error.message).toContain('Tidak ada data di basis data yang berubah');
    expect(await desk.call('audit:list', { limit: 10, entity: 'transfer' })).toEqual([]);

    s.remount();
    const files = listFiles(s.mount);
    const finals = files.filter((f) => !f.endsWith('.partial'));
    // The workbook was finished and verified before the pull; the CSV being written is left as .partial at most.
    expect(finals.filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.partial')).every((f) => f.endsWith('.csv.partial'))).toBe(true);
    // What carries a final name was verified before the pull: it is whole.
    for (const f of finals) {
      const [folder, ...rest] = f.split('/');
      await checkWhole(join(s.mount, folder!), rest.join('/'), 500);
    }
    expect(finals.some((f) => f.endsWith('manifest.json'))).toBe(false);
  });

  it('a full 2 MB stick: the export stops with the disk-full message and leaves no partial files', async () => {
    desk = await openDesk();
    stick = makeFatStick(2 * 1024);
    await seedBulk(desk, 400, { textLength: 2500 });
    const error = await desk.fail('transfer:export', exportInput(stick.mount, { contents: ['csv'] }));
    expect(error).toEqual({ code: 'STORAGE', key: 'transfer.write.full', message: messageText('id', 'transfer.write.full') });
    expect(error.message).toContain('Ruang di flashdisk/folder tujuan habis');
    expect(listFiles(stick.mount)).toEqual([]);
    stick.remount();
    expect(listFiles(stick.mount)).toEqual([]);
  });
});

describe.skipIf(Boolean(unavailable))('write errors on FAT', () => {
  it('a name the stick refuses, a pulled stick and a full one are told apart', async () => {
    stick = makeFatStick(1024);
    const dir = join(stick.mount, 'Ekspor');
    mkdirSync(dir);
    let refused: unknown = null;
    try {
      writeFileSync(join(dir, 'Kue: Bu Sri?.csv'), 'x');
    } catch (err) {
      refused = err;
    }
    expect(refused).not.toBeNull();
    expect(await classifyWriteError(refused, dir, 'open')).toBe('name');
    let full: unknown = null;
    try {
      writeFileSync(join(dir, 'besar.bin'), Buffer.alloc(2 * 1024 * 1024));
    } catch (err) {
      full = err;
    }
    expect(await classifyWriteError(full, dir, 'write')).toBe('full');
    stick.yank();
    expect(await classifyWriteError(full, dir, 'write')).toBe('removed');
  });
});

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { asText } from '../../src/main/modules/transfer/sheets';
import { openDesk, distinctProfile, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { exportTo } from './helpers/transfer';

/**
 * A CSV cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return
 * first) is written with a leading `'`, so the values consultants typed open as text (OWASP's
 * advice on CSV injection); numbers stay numbers.
 */
const HOSTILE = [
  '=HYPERLINK("http://example.com/x","klik")',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
];

let desk: Desk;
let target: string;
afterEach(async () => {
  await desk?.t.dispose();
  if (target) rmSync(target, { recursive: true, force: true });
});

describe('CSV cells that would start a formula', () => {
  it('a text cell is neutralised only when a spreadsheet would read it as a formula', () => {
    for (const value of HOSTILE) expect(asText(value)).toBe(`'${value}`);
    for (const value of ['Kue Bu Sri', '0812-3456-7890', 'a=b', '', "'sudah"]) expect(asText(value)).toBe(value);
  });

  it('every CSV the export writes holds the hostile values as text, and numbers as numbers', async () => {
    desk = await openDesk();
    target = tempDir('klinik-export-');
    const names: string[] = [];
    const ids: string[] = [];
    for (const [i, value] of HOSTILE.entries()) {
      const name = `${value} ${i}`;
      names.push(name);
      const b = await desk.create(distinctProfile(i, { name, products: value, notes: value, modalUsaha: 5_000_000 }), [...ids]);
      ids.push(b.id);
      await finalizeNew(desk, consultationValues(b.id, desk.consultantId, { complaint: value, advice: value }));
    }
    const res = await exportTo(desk, target, { contents: ['csv'] });
    const csvNames = res.files.map((f) => f.name).filter((n) => n.endsWith('.csv'));
    expect(csvNames.length).toBeGreaterThanOrEqual(3);
    let hostileCells = 0;
    for (const file of csvNames) {
      const rows = parse(readFileSync(join(res.folder!, file), 'utf8').slice(1), { delimiter: ';', columns: true, relax_quotes: true }) as Array<Record<string, string>>;
      for (const row of rows) {
        for (const cell of Object.values(row)) {
          expect(cell, `${file}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
          if (HOSTILE.some((h) => cell.includes(h.trim()))) hostileCells++;
        }
      }
    }
    expect(hostileCells).toBeGreaterThanOrEqual(HOSTILE.length * 3);
    const profiles = parse(readFileSync(join(res.folder!, 'Profil-UMKM.csv'), 'utf8').slice(1), { delimiter: ';', columns: true }) as Array<Record<string, string>>;
    expect(new Set(profiles.map((r) => r['Modal Usaha (Rp)']))).toEqual(new Set(['5000000']));
    // Names are stored trimmed, as the form sends them.
    expect(profiles.map((r) => r['Nama Usaha']).sort()).toEqual(names.map((n) => `'${n.trimStart()}`).sort());
  });
});

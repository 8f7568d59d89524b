import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, distinctProfile, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { exportTo, which } from './helpers/transfer';

/**
 * The export's CSV files opened by LibreOffice Calc itself (headless, formulas evaluated on import,
 * as a consultant's double-click would): no cell holds a formula, and each hostile value reads back
 * as the text typed, at most with the leading quote the export put before it.
 */
const HOSTILE = [
  '=HYPERLINK("http://example.com/x","klik")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=1+1',
];

/**
 * Calc's CSV filter: `;` separated, `"` quoted, UTF-8, from line 1, English locale, quoted fields
 * not forced to text, special numbers detected, and (the 13th token) formulas evaluated.
 */
const CSV_FILTER = 'CSV:59,34,76,1,,1033,false,true,false,false,false,-1,true';

interface Cell {
  formula: string | null;
  type: string | null;
  text: string;
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A cell's shown text: paragraphs joined by line breaks, ODF's space, tab and line-break elements spelled out. */
function cellText(inner: string): string {
  const paragraphs = [...inner.matchAll(/<text:p(?:\s[^>]*)?>([\s\S]*?)<\/text:p>|<text:p\/>/g)].map((m) => m[1] ?? '');
  return paragraphs
    .map((p) =>
      unescape(
        p
          .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
          .replace(/<text:s\/>/g, ' ')
          .replace(/<text:tab\/>/g, '\t')
          .replace(/<text:line-break\/>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      ),
    )
    .join('\n');
}

/** The rows of the first sheet of a flat ODF spreadsheet, each as its cells. */
function readFods(xml: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const row of xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    for (const c of row[1]!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attrs = c[1]!;
      const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const cell: Cell = {
        formula: /table:formula="([^"]*)"/.exec(attrs)?.[1] ?? null,
        type: /office:value-type="([^"]*)"/.exec(attrs)?.[1] ?? null,
        text: cellText(c[2] ?? ''),
      };
      // Trailing empty cells are stored once with a repeat count of up to a thousand columns.
      for (let i = 0; i < Math.min(repeated, 64); i++) cells.push(cell);
    }
    rows.push(cells);
  }
  return rows;
}

/** Converts a CSV file with Calc, on a profile of its own, and reads the result back. */
function openWithCalc(soffice: string, csv: string, outDir: string, profile: string): Cell[][] {
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', `--infilter=${CSV_FILTER}`, '--convert-to', 'fods', '--outdir', outDir, csv],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return readFods(readFileSync(join(outDir, basename(csv).replace(/\.csv$/, '.fods')), 'utf8'));
}

/** What a value reads back as: Calc turns a quoted carriage return into a line break. */
const shown = (value: string) => value.replace(/\r\n?/g, '\n');

let desk: Desk | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await desk?.t.dispose();
  desk = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dir(prefix: string): string {
  const d = tempDir(prefix);
  dirs.push(d);
  return d;
}

describe('the CSV export opened by LibreOffice Calc', () => {
  it('holds no formula, and each hostile value reads back as text', async (ctx) => {
    const soffice = which('soffice') ?? which('libreoffice');
    if (!soffice) {
      const reason = 'LibreOffice is not installed (apt-get install libreoffice-calc): the export cannot be opened by Calc here';
      console.warn(`skipped: ${reason}`);
      ctx.skip(reason);
      return;
    }
    const profile = dir('klinik-lo-profile-');
    const out = dir('klinik-lo-out-');

    // The check itself can see a formula: the same values written raw become live formulas in Calc.
    const raw = join(out, 'mentah.csv');
    writeFileSync(raw, `\uFEFFNama;Angka\n${HOSTILE.map((v, i) => `"${v.replace(/"/g, '""')}";${i}`).join('\n')}\n`);
    const rawCells = openWithCalc(soffice, raw, out, profile).flat();
    expect(rawCells.filter((c) => c.formula).length).toBeGreaterThanOrEqual(2);

    desk = await openDesk();
    const target = dir('klinik-export-');
    const ids: string[] = [];
    for (const [i, value] of HOSTILE.entries()) {
      const b = await desk.create(distinctProfile(i, { name: `${value} ${i}`, products: value, notes: value, modalUsaha: 5_000_000 }), [...ids]);
      ids.push(b.id);
      await finalizeNew(desk, consultationValues(b.id, desk.consultantId, { complaint: value, advice: value }));
    }
    const res = await exportTo(desk, target, { contents: ['csv'] });
    const csvFiles = res.files.map((f) => f.name).filter((n) => n.endsWith('.csv'));
    expect(csvFiles).toEqual(expect.arrayContaining(['Profil-UMKM.csv', 'Konsultasi.csv', 'Tindak-Lanjut.csv']));

    const texts: string[] = [];
    for (const file of csvFiles) {
      const rows = openWithCalc(soffice, join(res.folder!, file), out, profile);
      expect(rows.length, file).toBeGreaterThan(1);
      for (const cell of rows.flat()) {
        expect(cell.formula, `${file}: ${JSON.stringify(cell.text)}`).toBeNull();
        if (cell.type === 'string') texts.push(cell.text);
      }
      if (file === 'Profil-UMKM.csv') {
        const header = rows[0]!.map((c) => c.text);
        const modal = header.indexOf('Modal Usaha (Rp)');
        expect(modal).toBeGreaterThan(-1);
        // Numbers stay numbers for the reader's sums.
        for (const row of rows.slice(1).filter((r) => r.some((c) => c.text))) expect(row[modal]).toMatchObject({ type: 'float', text: '5000000' });
      }
    }
    // Every hostile value, in every column it was typed into (name, products, notes, complaint, advice),
    // is a text cell that reads as typed, at most with the leading quote.
    for (const value of HOSTILE) {
      // Single-line fields are stored trimmed, as the forms send them.
      const typed = [shown(value), shown(value.trim())];
      const reads = (t: string) => typed.some((v) => t === v || t === `'${v}` || t.startsWith(`${v} `) || t.startsWith(`'${v} `));
      expect(texts.filter(reads).length, JSON.stringify(value)).toBeGreaterThanOrEqual(5);
    }
  }, 180_000);
});

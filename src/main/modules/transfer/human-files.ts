import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { throwIfCancelled } from './safe-write';
import { NUMBER_FORMATS, csvCell, excelCell, type Sheet, type SheetOptions } from './sheets';
import { pages, type ScopeSql } from './transfer.queries';

export interface HumanContext {
  ds: DataSource;
  scope: ScopeSql;
  options: SheetOptions;
  signal: AbortSignal;
  /** Called after each page with the rows written so far in this file. */
  progress: (rowsDone: number) => void;
  /** Rows per worksheet before a continuation sheet (tests lower it). */
  sheetRowsMax?: number;
}

/** Data rows a worksheet holds (Excel's 1,048,576 rows, less the header). */
export const SHEET_ROWS_MAX = 1_048_575;

/** Waits while the destination is behind, so rows never pile up in memory. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
}

/** The workbook: one sheet per table, header row frozen and bold, widths set, real dates and numbers. */
export async function writeWorkbook(out: Writable, sheets: Sheet[], ctx: HumanContext): Promise<Record<string, number>> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Klinik Bisnis';
  const counts: Record<string, number> = {};
  let done = 0;
  const rowsMax = ctx.sheetRowsMax ?? SHEET_ROWS_MAX;
  for (const sheet of sheets) {
    let part = 1;
    const open = () => {
      const ws = wb.addWorksheet(part === 1 ? sheet.title : `${sheet.title} (${part})`, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = sheet.columns.map((col, i) => ({
        header: col.header,
        key: `c${i}`,
        width: col.width,
        style: { numFmt: NUMBER_FORMATS[col.type] },
      }));
      const header = ws.getRow(1);
      header.font = { bold: true };
      header.commit();
      return ws;
    };
    let ws = open();
    let inSheet = 0;
    let n = 0;
    for await (const rows of pages(ctx.ds, { columns: sheet.select, from: sheet.from, alias: 't', where: sheet.where(ctx.scope) }, ctx.signal)) {
      for (const r of rows) {
        // Excel's limit is 1,048,576 rows a sheet: more rows go on to "<title> (2)".
        if (inSheet === rowsMax) {
          ws.commit();
          part++;
          ws = open();
          inSheet = 0;
        }
        ws.addRow(sheet.columns.map((col) => excelCell(col.type, col.value(r, ctx.options), ctx.options.timeZone))).commit();
        inSheet++;
      }
      n += rows.length;
      done += rows.length;
      ctx.progress(done);
      await drained(out);
    }
    throwIfCancelled(ctx.signal);
    counts[sheet.key] = n;
    ws.commit();
  }
  await wb.commit();
  return counts;
}

/** One table as CSV: UTF-8 with BOM, the chosen separator, quoted where needed, CRLF lines for Excel. */
export async function writeCsv(out: Writable, sheet: Sheet, separator: ';' | ',', ctx: HumanContext): Promise<number> {
  const csv = stringify({ bom: true, delimiter: separator, record_delimiter: 'windows', header: true, columns: sheet.columns.map((c) => c.header) });
  csv.pipe(out);
  let n = 0;
  for await (const rows of pages(ctx.ds, { columns: sheet.select, from: sheet.from, alias: 't', where: sheet.where(ctx.scope) }, ctx.signal)) {
    for (const r of rows) {
      if (!csv.write(sheet.columns.map((col) => csvCell(col.type, col.value(r, ctx.options), ctx.options.timeZone)))) await once(csv, 'drain');
    }
    n += rows.length;
    ctx.progress(n);
  }
  throwIfCancelled(ctx.signal);
  csv.end();
  await once(out, 'finish');
  return n;
}

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';

/** One cell as read: text, a number (Excel keeps phones and serial dates as numbers), a date, a tick box. */
export type Cell = string | number | boolean | Date | null;

/** A worksheet (or a CSV file) as a grid of rows, header row included, trailing blank rows dropped. */
export interface SheetGrid {
  fileName: string;
  sheetNames: string[];
  sheetName: string;
  rows: Cell[][];
}

export const SHEET_EXTENSIONS = ['xlsx', 'csv'] as const;

function unreadable(): AppError {
  return new AppError('VALIDATION', 'trainings.importUnreadable', { fields: { file: { key: 'v.importUnreadable' } } });
}

/** True when every cell is empty or only spaces. */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

function trimTrailingBlank(rows: Cell[][]): Cell[][] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1] ?? [])) end--;
  return rows.slice(0, end);
}

/** Reads the file's chosen sheet (the first when none is named). */
export async function readSheet(path: string, sheetName?: string): Promise<SheetGrid> {
  const ext = extname(path).slice(1).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new AppError('NOT_FOUND', 'trainings.importFileMissing');
  }
  if (ext === 'csv' || ext === 'txt') return readCsv(bytes, basename(path), sheetName);
  if (ext === 'xlsx') return readXlsx(bytes, basename(path), sheetName);
  throw unreadable();
}

function unknownSheet(): AppError {
  return new AppError('VALIDATION', 'trainings.importUnknownSheet', { fields: { sheetName: { key: 'v.invalidChoice' } } });
}

// ---------------------------------------------------------------- CSV

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 as Excel on Windows writes it. */
export function decodeText(bytes: Uint8Array): string {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** The separator the first lines use most outside quotes: `;` (Indonesian Excel), `,` or tab. */
export function sniffSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
    else if (!quoted && ch === '\n' && ++lines >= 20) break;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

function readCsv(bytes: Buffer, fileName: string, sheetName?: string): SheetGrid {
  const name = fileName.replace(/\.[^.]+$/, '');
  if (sheetName !== undefined && sheetName !== name) throw unknownSheet();
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: sniffSeparator(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch {
    throw unreadable();
  }
  return { fileName, sheetNames: [name], sheetName: name, rows: trimTrailingBlank(records.map((r) => r.map((c) => c))) };
}

// ---------------------------------------------------------------- XLSX

/** A cell's value without formulas, rich text or links: what the consultant sees in Excel. */
function plainValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) return null;
      return result as Cell;
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    }
    if ('error' in value) return null;
  }
  return null;
}

async function readXlsx(bytes: Buffer, fileName: string, sheetName?: string): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheets = wb.worksheets.filter((ws) => ws.state !== 'veryHidden');
  if (sheets.length === 0) throw unreadable();
  const ws = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!ws) throw unknownSheet();
  const rows: Cell[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(plainValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { fileName, sheetNames: sheets.map((s) => s.name), sheetName: ws.name, rows: trimTrailingBlank(rows) };
}

import type { ImportField } from '../../../shared/contract/trainings';
import { isRealDate, toIsoDate } from '../../../shared/domain/dates';
import { foldText } from '../../../shared/domain/text';
import { normalizePhone } from '../../../shared/validation/fields';
import type { Cell } from './sheet-reader';

/**
 * Reading what people type in a participants sheet: names in capitals, genders written ten ways,
 * Indonesian dates, phones that Excel turned into numbers, ticks for "punya usaha".
 */

/** A cell as the consultant sees it: dates as `YYYY-MM-DD`, numbers without exponents, text trimmed. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'ya' : 'tidak';
  return cell.replace(/\s+/g, ' ').trim();
}

function words(raw: string): string[] {
  return foldText(raw)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Header words per field, most specific first: "nama usaha" is the business, plain "nama" the person. */
const HEADER_RULES: ReadonlyArray<[ImportField | null, ReadonlyArray<readonly string[]>]> = [
  [null, [['jenis', 'usaha'], ['bidang', 'usaha'], ['alamat', 'usaha'], ['lama', 'usaha'], ['nama', 'ibu'], ['nama', 'instansi']]],
  ['firstName', [['nama', 'depan'], ['first', 'name'], ['firstname'], ['given', 'name']]],
  ['lastName', [['nama', 'belakang'], ['last', 'name'], ['lastname'], ['surname'], ['family', 'name']]],
  ['hasBusiness', [['punya', 'usaha'], ['memiliki', 'usaha'], ['sudah', 'usaha'], ['status', 'usaha'], ['has', 'business'], ['berusaha']]],
  [
    'businessName',
    [['nama', 'usaha'], ['usaha'], ['nama', 'toko'], ['nama', 'umkm'], ['umkm'], ['merek'], ['brand'], ['business'], ['toko']],
  ],
  ['birthDate', [['tanggal', 'lahir'], ['tgl', 'lahir'], ['tgllahir'], ['ttl'], ['date', 'of', 'birth'], ['birth', 'date'], ['dob'], ['birthday']]],
  [null, [['tempat', 'lahir'], ['place', 'of', 'birth'], ['alamat'], ['address']]],
  ['birthDate', [['lahir'], ['birth']]],
  ['age', [['umur'], ['usia'], ['age']]],
  ['gender', [['jenis', 'kelamin'], ['kelamin'], ['jk'], ['l', 'p'], ['lp'], ['gender'], ['sex']]],
  [
    'phone',
    [['hp'], ['telepon'], ['telp'], ['tlp'], ['telpon'], ['wa'], ['whatsapp'], ['ponsel'], ['handphone'], ['phone'], ['mobile'], ['kontak'], ['nomor', 'telepon']],
  ],
  ['regency', [['kabupaten'], ['kab'], ['kota'], ['kabkota'], ['regency'], ['city'], ['domisili'], ['daerah']]],
  ['notes', [['keterangan'], ['ket'], ['catatan'], ['notes'], ['note'], ['remarks'], ['remark']]],
  ['name', [['nama'], ['name'], ['peserta'], ['participant']]],
];

function containsSequence(tokens: readonly string[], seq: readonly string[]): boolean {
  for (let i = 0; i + seq.length <= tokens.length; i++) if (seq.every((w, j) => tokens[i + j] === w)) return true;
  return false;
}

/** The field a header most likely holds, from its words in Indonesian or English. */
export function fieldOfHeader(header: string): ImportField | null {
  const tokens = words(header);
  if (tokens.length === 0) return null;
  for (const [field, patterns] of HEADER_RULES) if (patterns.some((p) => containsSequence(tokens, p))) return field;
  return null;
}

/** Each field suggested for its first matching column only; other columns stay unmapped. */
export function suggestMapping(headers: readonly string[]): Record<string, ImportField | null> {
  const taken = new Set<ImportField>();
  const mapping: Record<string, ImportField | null> = {};
  for (const header of headers) {
    const field = fieldOfHeader(header);
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[header] = field;
    } else mapping[header] = null;
  }
  // A name split in two columns needs no whole-name column; one whole name needs no halves.
  if (taken.has('name') && (taken.has('firstName') || taken.has('lastName'))) {
    for (const [h, f] of Object.entries(mapping)) if (f === 'name') mapping[h] = null;
  }
  return mapping;
}

/** Header texts made unique and non-empty: a blank header is `Kolom 3`, a repeat `Nama (2)`. */
export function uniqueHeaders(cells: readonly Cell[], width: number): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i < width; i++) {
    let h = cellText(cells[i] ?? null).slice(0, 200) || `Kolom ${i + 1}`;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    if (n > 1) h = `${h} (${n})`.slice(0, 200);
    out.push(h);
  }
  return out;
}

// ---------------------------------------------------------------- names

/** Spaces collapsed; written all in capitals → title case ("SITI AMINAH" → "Siti Aminah"); otherwise kept. */
export function cleanName(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return text;
  return text.toLowerCase().replace(/(^|[\s\-.(/])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

// ---------------------------------------------------------------- gender

const GENDER_WORDS: Record<string, 'L' | 'P'> = {
  l: 'L', lk: 'L', laki: 'L', lakilaki: 'L', laki2: 'L', pria: 'L', cowok: 'L', m: 'L', male: 'L', man: 'L', boy: 'L',
  p: 'P', pr: 'P', prp: 'P', perempuan: 'P', wanita: 'P', cewek: 'P', w: 'P', f: 'P', female: 'P', woman: 'P', girl: 'P',
};

/** 'L' / 'P', null for empty, 'invalid' for anything not recognised. */
export function parseGender(raw: string): 'L' | 'P' | null | 'invalid' {
  const key = foldText(raw).replace(/[^a-z0-9]/g, '');
  if (!key) return null;
  return GENDER_WORDS[key] ?? 'invalid';
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** Days from Excel's day 0 (30 December 1899, counting its 1900 leap-year bug) to a serial. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function fullYear(y: number, today: string): number {
  if (y >= 100) return y;
  const century = Number(today.slice(0, 2)) * 100;
  const short = Number(today.slice(2, 4));
  return y > short ? century - 100 + y : century + y;
}

function dateOf(y: number, m: number, d: number): string | null {
  return isRealDate(y, m, d) && y >= 1900 ? toIsoDate(y, m, d) : null;
}

/**
 * A birth date from a cell: a real Excel date, an Excel serial number, `YYYY-MM-DD`, `dd/mm/yyyy`,
 * `dd-mm-yyyy`, `dd.mm.yy`, `12 Maret 1990`, `12-Mar-90`, or "Samarinda, 12 Maret 1990" (tempat,
 * tanggal lahir). Day first, as Indonesians write it. Null for empty, 'invalid' when not a date.
 */
export function parseDate(cell: Cell, today: string): string | null | 'invalid' {
  if (cell === null) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return 'invalid';
    // Excel dates carry no zone: exceljs hands them over as UTC midnight (or a hair off it).
    const rounded = new Date(Math.round(cell.getTime() / 86_400_000) * 86_400_000);
    return dateOf(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate()) ?? 'invalid';
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return 'invalid';
    const d = new Date(EXCEL_EPOCH_MS + cell * 86_400_000);
    return dateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ?? 'invalid';
  }
  if (typeof cell === 'boolean') return 'invalid';
  let text = cell.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // "Tempat, tanggal lahir": the date is after the last comma.
  if (text.includes(',')) text = text.slice(text.lastIndexOf(',') + 1).trim();
  text = text.replace(/\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/, '').trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T.*)?$/.exec(text);
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'invalid';
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  if (m) return dateOf(fullYear(Number(m[3]), today), Number(m[2]), Number(m[1])) ?? 'invalid';
  m = /^(\d{1,2})[\s\-/.]+([\p{L}]+)\.?[\s\-/.]+(\d{2}|\d{4})$/u.exec(text);
  if (m) {
    const month = MONTHS[foldText(m[2] ?? '')];
    if (!month) return 'invalid';
    return dateOf(fullYear(Number(m[3]), today), month, Number(m[1])) ?? 'invalid';
  }
  if (/^\d{5}$/.test(text)) return parseDate(Number(text), today);
  return 'invalid';
}

// ---------------------------------------------------------------- age

/** Whole years from `25`, `25 tahun`, `25 th`; 'invalid' otherwise. */
export function parseAge(cell: Cell): number | null | 'invalid' {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : 'invalid';
  if (typeof cell !== 'string') return 'invalid';
  const text = foldText(cell).trim();
  if (!text) return null;
  const m = /^(\d{1,3})\s*(?:tahun|thn|th|th\.|years?|yrs?|y)?\.?$/.exec(text);
  return m ? Number(m[1]) : 'invalid';
}

// ---------------------------------------------------------------- phone

/**
 * A phone from a cell, normalised to `+62…`. Excel stores `08123456789` typed into a number cell as
 * 8123456789: a number (or digits) starting with 8 gets its 0 back. When a cell holds two numbers
 * ("0812… / 0813…"), the first is taken. Null for empty, 'invalid' when not a phone.
 */
export function parsePhone(cell: Cell): string | null | 'invalid' {
  if (cell === null) return null;
  let text: string;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell <= 0) return 'invalid';
    text = cell.toFixed(0);
  } else if (typeof cell === 'string') text = cell.trim();
  else return 'invalid';
  if (!text || /^[-–—]+$/.test(text)) return null;
  const first = text.split(/\s*(?:\/|,|;|\batau\b|\bor\b|\n)\s*/i).find((p) => p.trim() !== '') ?? '';
  const compact = first.replace(/^['’]/, '').replace(/^(?:hp|wa|telp|tel)\s*[:.]?\s*/i, '').replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(compact)) return 'invalid';
  const candidate = /^8\d{7,11}$/.test(compact) ? `0${compact}` : compact;
  return normalizePhone(candidate) ?? 'invalid';
}

// ---------------------------------------------------------------- yes / no

const YES = new Set(['ya', 'y', 'iya', 'yes', 'true', '1', 'ada', 'sudah', 'punya', 'v', 'x', 'ok']);
const NO = new Set(['tidak', 'tdk', 't', 'no', 'n', 'false', '0', 'belum', 'blm', 'tidak ada', 'belum ada', 'belum punya', 'tidak punya']);
const TICKS = new Set(['✓', '✔', '☑', '√', '✅']);
const CROSSES = new Set(['✗', '✘', '☐', '❌', '-', '–', '—']);

/** true / false from ya, tidak, yes, no, 1, 0, ✓, ✗ (and TRUE/FALSE cells); null for empty, 'invalid' otherwise. */
export function parseYesNo(cell: Cell): boolean | null | 'invalid' {
  if (cell === null) return null;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : 'invalid';
  if (cell instanceof Date) return 'invalid';
  const raw = cell.trim();
  if (!raw) return null;
  if (TICKS.has(raw)) return true;
  if (CROSSES.has(raw)) return false;
  const text = foldText(raw).replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return 'invalid';
}

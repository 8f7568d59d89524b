import { maskNik } from '../../../shared/domain/nik';
import { offsetMinutes } from '../../../shared/domain/zoned';
import { maskPhone } from '../businesses';
import { SHEET_SQL, type Row, type SheetSql } from './transfer.queries';
import { labelsId } from '../../../shared/labels';

/**
 * The human-readable tables of an export (workbook sheets and CSV files): Indonesian headers,
 * labels instead of codes, personal data masked unless the consultant chose otherwise.
 */
export type CellType = 'text' | 'date' | 'datetime' | 'int' | 'rupiah';

export interface Column {
  header: string;
  type: CellType;
  /** Width in characters (Excel's unit): fits the header and the usual content. */
  width: number;
  value: (r: Row, o: SheetOptions) => string | number | null;
}

export interface SheetOptions {
  personal: 'masked' | 'full';
  timeZone: string;
}

export interface Sheet extends SheetSql {
  key: 'business' | 'consultation' | 'follow_up';
  /** Worksheet name. */
  title: string;
  /** CSV file name. */
  fileName: string;
  columns: Column[];
}

/** The sheets' words for stored codes: the shared catalogue's, in Bahasa Indonesia like the sheets. */
const LABELS: Record<string, Record<string, string>> = {
  channel: labelsId.consultationChannels,
  area: labelsId.serviceAreas,
  referral: labelsId.referralKinds,
  legal: labelsId.legalForms,
  status: labelsId.businessStatuses,
  scale: labelsId.scales,
  sales: labelsId.salesChannels,
  gender: labelsId.genders,
  followUp: labelsId.followUpStatuses,
  assignee: labelsId.assignees,
};

const label = (group: string, v: unknown): string | null => (v == null || v === '' ? null : (LABELS[group]?.[String(v)] ?? String(v)));

function jsonList(v: unknown): unknown[] {
  try {
    const parsed: unknown = JSON.parse(String(v ?? '[]'));
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

const labels = (group: string) => (v: unknown) => jsonList(v).map((x) => label(group, x)).filter(Boolean).join(', ') || null;

const text = (col: string) => (r: Row) => (r[col] == null || r[col] === '' ? null : String(r[col]));
const num = (col: string) => (r: Row) => (r[col] == null ? null : Math.round(Number(r[col])));

function maskEmail(email: string): string {
  const [user = '', domain = ''] = email.split('@');
  return `${user.slice(0, 1)}•••@${domain}`;
}

const c = (header: string, type: CellType, width: number, value: Column['value']): Column => ({
  header,
  type,
  width: Math.max(width, header.length + 2),
  value,
});

const businessColumns: Column[] = [
  c('Nama Usaha', 'text', 30, text('name')),
  c('Merek', 'text', 18, text('brand')),
  c('Nama Pemilik', 'text', 24, text('owner_name')),
  c('NIK Pemilik', 'text', 19, (r, o) => (r['owner_nik'] ? (o.personal === 'full' ? String(r['owner_nik']) : maskNik(String(r['owner_nik']))) : null)),
  c('Jenis Kelamin', 'text', 13, (r) => label('gender', r['owner_gender'])),
  c('Tanggal Lahir', 'date', 12, (r, o) => (o.personal === 'full' ? text('owner_birth_date')(r) : null)),
  c('No. HP/WA', 'text', 16, (r, o) => (r['owner_phone'] ? (o.personal === 'full' ? String(r['owner_phone']) : maskPhone(String(r['owner_phone']))) : null)),
  c('Email', 'text', 26, (r, o) => (r['owner_email'] ? (o.personal === 'full' ? String(r['owner_email']) : maskEmail(String(r['owner_email']))) : null)),
  c('Alamat', 'text', 36, text('address')),
  c('Provinsi', 'text', 18, text('province_name')),
  c('Kabupaten/Kota', 'text', 24, text('regency_name')),
  c('Kecamatan', 'text', 20, text('district_name')),
  c('Desa/Kelurahan', 'text', 20, text('village_name')),
  c('KBLI', 'text', 7, text('kbli_code')),
  c('Sektor', 'text', 20, text('sector_text')),
  c('Produk', 'text', 30, text('products')),
  c('Tahun Mulai', 'int', 8, num('year_started')),
  c('Bentuk Usaha', 'text', 14, (r) => label('legal', r['legal_form'])),
  c('Status', 'text', 15, (r) => label('status', r['status'])),
  c('NIB', 'text', 15, text('nib')),
  c('No. P-IRT', 'text', 18, text('pirt_number')),
  c('P-IRT Berlaku s.d.', 'date', 12, text('pirt_expires_at')),
  c('Sertifikat Halal', 'text', 18, text('halal_number')),
  c('Halal Berlaku s.d.', 'date', 12, text('halal_expires_at')),
  c('BPOM', 'text', 16, text('bpom_number')),
  c('Merek Terdaftar', 'text', 16, text('merek_number')),
  c('Tenaga Kerja Laki-laki', 'int', 8, num('employees_male')),
  c('Tenaga Kerja Perempuan', 'int', 8, num('employees_female')),
  c('Modal Usaha (Rp)', 'rupiah', 16, num('modal_usaha')),
  c('Omzet Tahunan (Rp)', 'rupiah', 16, num('annual_sales')),
  c('Skala', 'text', 10, (r) => label('scale', r['scale'])),
  c('Saluran Penjualan', 'text', 28, (r) => labels('sales')(r['sales_channels'])),
  c('Label', 'text', 20, (r) => jsonList(r['tags']).join(', ') || null),
  c('Catatan', 'text', 30, text('notes')),
  c('Dibuat', 'datetime', 17, text('created_at')),
  c('Diubah', 'datetime', 17, text('updated_at')),
  c('ID', 'text', 38, text('id')),
];

const consultationColumns: Column[] = [
  c('Nomor', 'text', 24, text('number')),
  c('Tanggal', 'date', 12, text('consultation_date')),
  c('Jam Mulai', 'text', 9, text('start_time')),
  c('Nama Usaha', 'text', 30, text('business_name')),
  c('Kabupaten/Kota', 'text', 24, text('regency_name')),
  c('Konsultan', 'text', 28, text('consultant_names')),
  c('Saluran', 'text', 18, (r) => label('channel', r['channel'])),
  c('Bidang Layanan', 'text', 30, (r) => labels('area')(r['service_areas'])),
  c('Menit Kontak', 'int', 8, num('contact_minutes')),
  c('Menit Persiapan', 'int', 8, num('prep_minutes')),
  c('Keluhan', 'text', 40, text('complaint')),
  c('Diagnosis', 'text', 40, text('diagnosis')),
  c('Saran', 'text', 40, text('advice')),
  c('Rujukan', 'text', 30, (r) =>
    jsonList(r['referrals'])
      .map((x) => {
        const ref = x as { kind?: string; note?: string | null };
        return [label('referral', ref.kind), ref.note].filter(Boolean).join(': ');
      })
      .filter(Boolean)
      .join('; ') || null,
  ),
  c('Versi', 'int', 6, num('version')),
  c('Difinalisasi', 'datetime', 17, text('finalized_at')),
  c('Diubah', 'datetime', 17, text('updated_at')),
  c('ID Usaha', 'text', 38, text('business_id')),
  c('ID', 'text', 38, text('id')),
];

const followUpColumns: Column[] = [
  c('Tindak Lanjut', 'text', 36, text('title')),
  c('Nama Usaha', 'text', 30, text('business_name')),
  c('Nomor Konsultasi', 'text', 24, text('consultation_number')),
  c('Jatuh Tempo', 'date', 12, text('due_date')),
  c('Jam', 'text', 6, text('due_time')),
  c('Penanggung Jawab', 'text', 14, (r) => label('assignee', r['assignee'])),
  c('Konsultan', 'text', 24, text('consultant_name')),
  c('Status', 'text', 11, (r) => label('followUp', r['status'])),
  c('Hasil', 'text', 36, text('outcome')),
  c('Alasan Batal', 'text', 24, text('cancel_reason')),
  c('Selesai Pada', 'datetime', 17, text('completed_at')),
  c('Diubah', 'datetime', 17, text('updated_at')),
  c('ID Usaha', 'text', 38, text('business_id')),
  c('ID', 'text', 38, text('id')),
];

export const SHEETS: Sheet[] = [
  { key: 'business', title: 'Profil UMKM', fileName: 'Profil-UMKM.csv', columns: businessColumns, ...SHEET_SQL.business },
  { key: 'consultation', title: 'Konsultasi', fileName: 'Konsultasi.csv', columns: consultationColumns, ...SHEET_SQL.consultation },
  { key: 'follow_up', title: 'Tindak Lanjut', fileName: 'Tindak-Lanjut.csv', columns: followUpColumns, ...SHEET_SQL.follow_up },
];

/** `YYYY-MM-DD` as a date whose UTC fields are that day (Excel dates carry no zone). */
export function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** Zone offsets by hour: working one out builds an Intl formatter, far too slow for every cell. */
const offsets = new Map<string, number>();

function cachedOffsetMinutes(timeZone: string, t: number): number {
  const key = `${timeZone}@${Math.floor(t / 3_600_000)}`;
  let minutes = offsets.get(key);
  if (minutes === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    minutes = offsetMinutes(timeZone, new Date(t));
    offsets.set(key, minutes);
  }
  return minutes;
}

/** An ISO instant as the office's wall-clock time, in a date whose UTC fields show it. */
export function excelDateTime(iso: string, timeZone: string): Date | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t + cachedOffsetMinutes(timeZone, t) * 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text a CSV cell holds: dates as DD/MM/YYYY (what Indonesian Excel reads), whole numbers plain. */
export function csvCell(type: CellType, v: string | number | null, timeZone: string): string {
  if (v == null) return '';
  if (typeof v === 'number' || type === 'int' || type === 'rupiah') return String(v);
  if (type === 'date') {
    const d = excelDate(v);
    return d ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}` : asText(v);
  }
  if (type === 'datetime') {
    const d = excelDateTime(v, timeZone);
    return d
      ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
      : asText(v);
  }
  return asText(v);
}

/** The characters a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet shows it: one that would start a formula (`=HYPERLINK(…)`,
 * `+62 812…`, `@SUM(…)`, `-1+1`) gets a leading `'`, so Excel and LibreOffice read it as text.
 */
export function asText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value a workbook cell holds: real dates and numbers. */
export function excelCell(type: CellType, v: string | number | null, timeZone: string): string | number | Date | null {
  if (v == null) return null;
  if (type === 'date') return excelDate(String(v)) ?? String(v);
  if (type === 'datetime') return excelDateTime(String(v), timeZone) ?? String(v);
  if (type === 'int' || type === 'rupiah') return typeof v === 'number' ? v : Number(v);
  return v;
}

export const NUMBER_FORMATS: Record<CellType, string | undefined> = {
  text: '@',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  int: '0',
  rupiah: '"Rp"#,##0',
};

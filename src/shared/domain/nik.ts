import { z } from 'zod';
import { LIMITS } from '../validation/fields';
import { fullYearsBetween, isRealDate, localIsoDate, toIsoDate, type IsoDate } from './dates';

/**
 * NIK (Nomor Induk Kependudukan), 16 digits:
 *   PP KK CC DDMMYY SSSS
 *   province, kabupaten/kota, kecamatan (where first registered), birth date with 40 added to the
 *   day for women, serial from 0001.
 * A person's NIK may carry another province's code than where they live now.
 */

export type Gender = 'L' | 'P';

export interface NikParts {
  /** `64` */
  provinceCode: string;
  /** `64.72` */
  regencyCode: string;
  /** `64.72.01` */
  districtCode: string;
  /** `YYYY-MM-DD`, century chosen against `today` (see {@link nikBirthDate}). */
  birthDate: IsoDate;
  gender: Gender;
  /** `0003` */
  serial: string;
}

/** Why a NIK is refused, in the order the digits are read. */
export type NikReason = 'length' | 'region' | 'date' | 'serial';

export interface NikCheckOptions {
  /** Defaults to now; the two-digit birth year is read against it. */
  today?: Date;
  /**
   * Looks a dotted Kemendagri code up in region data (`64`, `64.72`, `64.72.01`). Without it only
   * the province list and the shape of the codes are checked.
   */
  regionExists?: (code: string) => boolean;
}

export const NIK_MAX_AGE = 100;

/**
 * Province codes in use (Kemendagri), including the Papua provinces formed in 2022. Small and
 * stable enough to ship without the region data, so a NIK can be checked before that data loads.
 */
export const PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
];

/** Drops the separators people type or copy from a KTP: spaces, dots, dashes. */
export function normalizeNik(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

function regionCodes(nik: string) {
  const province = nik.slice(0, 2);
  const regency = `${province}.${nik.slice(2, 4)}`;
  const district = `${regency}.${nik.slice(4, 6)}`;
  return { province, regency, district };
}

function genderOf(nik: string): Gender {
  return Number(nik.slice(6, 8)) > 40 ? 'P' : 'L';
}

/** Day, month and two-digit year as written in digits 7–12, with the women's 40 taken off. */
function writtenBirth(nik: string) {
  const rawDay = Number(nik.slice(6, 8));
  return {
    day: rawDay > 40 ? rawDay - 40 : rawDay,
    rawDay,
    month: Number(nik.slice(8, 10)),
    yy: Number(nik.slice(10, 12)),
  };
}

/**
 * The birth date a NIK encodes. The year has two digits, so the century is chosen so that the
 * date is a real day, not after `today`, and the holder at most {@link NIK_MAX_AGE} years old;
 * when two centuries fit (a 100-year-old or a newborn) the later one wins. Null when none fits.
 */
export function nikBirthDate(nik: string, today: Date = new Date()): IsoDate | null {
  if (!/^\d{16}$/.test(nik)) return null;
  const { day, rawDay, month, yy } = writtenBirth(nik);
  if (rawDay === 0 || (rawDay > 31 && rawDay < 41) || rawDay > 71) return null;
  const todayIso = localIsoDate(today);
  const thisYear = today.getFullYear();
  // Candidates from the latest century down; only two can fall inside the age window.
  for (let century = Math.floor(thisYear / 100) * 100; century >= thisYear - NIK_MAX_AGE - 100; century -= 100) {
    const year = century + yy;
    if (!isRealDate(year, month, day)) continue;
    const iso = toIsoDate(year, month, day);
    if (iso > todayIso) continue;
    if (fullYearsBetween(iso, todayIso) > NIK_MAX_AGE) continue;
    return iso;
  }
  return null;
}

/**
 * Every reason a NIK is refused, empty when it is valid. `length` alone when it is not 16 digits
 * (letters count as a wrong length: there is nothing else to read).
 */
export function nikIssues(raw: string, options: NikCheckOptions = {}): NikReason[] {
  const nik = normalizeNik(raw);
  if (!/^\d{16}$/.test(nik)) return ['length'];
  const reasons: NikReason[] = [];
  const codes = regionCodes(nik);
  const shapeOk =
    PROVINCE_CODES.includes(codes.province) && nik.slice(2, 4) !== '00' && nik.slice(4, 6) !== '00';
  const lookup = options.regionExists;
  const existsOk =
    !lookup || (lookup(codes.province) && lookup(codes.regency) && lookup(codes.district));
  if (!shapeOk || !existsOk) reasons.push('region');
  if (!nikBirthDate(nik, options.today)) reasons.push('date');
  if (nik.slice(12) === '0000') reasons.push('serial');
  return reasons;
}

export function isValidNik(raw: string, options: NikCheckOptions = {}): boolean {
  return nikIssues(raw, options).length === 0;
}

/** The parts of a valid NIK, or null when {@link nikIssues} finds anything. */
export function parseNik(raw: string, options: NikCheckOptions = {}): NikParts | null {
  const nik = normalizeNik(raw);
  if (nikIssues(nik, options).length > 0) return null;
  const codes = regionCodes(nik);
  return {
    provinceCode: codes.province,
    regencyCode: codes.regency,
    districtCode: codes.district,
    birthDate: nikBirthDate(nik, options.today) as IsoDate,
    gender: genderOf(nik),
    serial: nik.slice(12),
  };
}

export type NikMismatch = 'gender' | 'birthDate';

/**
 * Compares what a NIK encodes with the gender and birth date recorded for its holder. The birth
 * date is compared as written in the NIK (day, month, two-digit year), so no century guess is
 * involved. A NIK that is not 16 digits yields no mismatches: validate it first.
 */
export function nikMatches(input: { nik: string; gender?: Gender | null; birthDate?: IsoDate | null }): NikMismatch[] {
  const nik = normalizeNik(input.nik);
  if (!/^\d{16}$/.test(nik)) return [];
  const mismatches: NikMismatch[] = [];
  if (input.gender && input.gender !== genderOf(nik)) mismatches.push('gender');
  if (input.birthDate) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.birthDate);
    const written = writtenBirth(nik);
    const same =
      match !== null &&
      Number(match[3]) === written.day &&
      Number(match[2]) === written.month &&
      Number(match[1]) % 100 === written.yy;
    if (!same) mismatches.push('birthDate');
  }
  return mismatches;
}

/**
 * Masks a NIK for screens, prints and exports (UU PDP): the first four digits (province and
 * regency) and the last four stay, the rest become bullets. `6472••••••••0003`.
 */
export function maskNik(raw: string): string {
  const nik = normalizeNik(raw);
  if (nik.length < 8) return '•'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'•'.repeat(nik.length - 8)}${nik.slice(-4)}`;
}

/**
 * Optional NIK field: blank becomes null, otherwise the 16 digits without separators. Checks the
 * shape, the province list, the birth date and the serial; region existence needs data the
 * schema does not have, so callers that have it run {@link nikIssues} with `regionExists` too.
 * A refusal is `v.nik` with `params.reason` (`length` | `region` | `date` | `serial`).
 */
export function optionalNikField(getToday: () => Date = () => new Date()) {
  return z
    .string()
    .trim()
    .max(LIMITS.short)
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const nik = normalizeNik(v);
      const [reason] = nikIssues(nik, { today: getToday() });
      if (reason) {
        ctx.addIssue({ code: 'custom', message: 'v.nik', params: { reason } });
        return z.NEVER;
      }
      return nik;
    });
}

export const optionalNik = optionalNikField();

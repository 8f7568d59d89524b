import { z } from 'zod';

/** Length limits shared by forms and the router; input over a limit is refused, never cut. */
export const LIMITS = {
  name: 120,
  short: 60,
  line: 200,
  address: 500,
  email: 254,
  longText: 5000,
} as const;

export const id = z.uuid({ message: 'v.invalidId' });

/** A time of day, `HH:MM`. */
export const clockTime = z
  .string({ message: 'v.required' })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.time');

export function requiredText(max: number = LIMITS.line) {
  // No schema-level message: in zod 4 it would also replace the `.max()` issue (too long would read
  // as 'v.required'). A missing value still maps to 'v.required' in issueToField.
  return z.string().trim().min(1, 'v.required').max(max);
}

/** Optional free text: blank becomes null so the database never stores empty strings. */
export function optionalText(max: number = LIMITS.line) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** Strips separators people type in phone numbers: spaces, dashes, dots, brackets. */
function phoneDigits(raw: string): string {
  return raw.replace(/[\s\-().]/g, '');
}

/**
 * Normalises an Indonesian phone number to `+62…`, or returns null when it is not one.
 * Accepts `0812…`, `62812…`, `+62 812…` and landlines such as `0541-123456`.
 */
export function normalizePhone(raw: string): string | null {
  const compact = phoneDigits(raw.trim());
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return null;
  if (national.startsWith('0')) national = national.slice(1);
  if (!/^[1-9]\d{6,11}$/.test(national)) return null;
  return `+62${national}`;
}

/** Shows `+62812…` the way Indonesians write it: `0812-3456-7890`. */
export function formatPhoneLocal(normalized: string): string {
  if (!normalized.startsWith('+62')) return normalized;
  const national = normalized.slice(3);
  if (national.startsWith('8')) return `0${national}`.replace(/^(\d{4})(\d{4})(\d+)$/, '$1-$2-$3');
  // Landlines: two-digit area codes for the largest cities, three digits elsewhere (0541 Samarinda).
  const areaLength = /^(21|22|24|31|61)/.test(national) ? 2 : 3;
  return `0${national.slice(0, areaLength)}-${national.slice(areaLength)}`;
}

export const optionalPhone = z
  .string()
  .trim()
  .max(LIMITS.short)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const normalized = normalizePhone(v);
    if (!normalized) {
      ctx.addIssue({ code: 'custom', message: 'v.phone' });
      return z.NEVER;
    }
    return normalized;
  });

export const optionalEmail = z
  .string()
  .trim()
  .max(LIMITS.email)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!z.email().safeParse(v).success) {
      ctx.addIssue({ code: 'custom', message: 'v.email' });
      return z.NEVER;
    }
    return v.toLowerCase();
  });

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * NIP (civil-servant number), 18 digits: birth date YYYYMMDD, appointment YYYYMM,
 * gender (1 man, 2 woman), serial 001–999.
 */
export function isValidNip(nip: string): boolean {
  if (!/^\d{18}$/.test(nip)) return false;
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const appointYear = Number(nip.slice(8, 12));
  const appointMonth = Number(nip.slice(12, 14));
  const gender = nip[14];
  const serial = Number(nip.slice(15, 18));
  if (birthYear < 1940 || !isRealDate(birthYear, birthMonth, birthDay)) return false;
  if (appointYear < birthYear || appointMonth < 1 || appointMonth > 12) return false;
  return (gender === '1' || gender === '2') && serial >= 1;
}

export const optionalNip = z
  .string()
  .trim()
  .max(LIMITS.short)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const digits = v.replace(/\s/g, '');
    if (!isValidNip(digits)) {
      ctx.addIssue({ code: 'custom', message: 'v.nip' });
      return z.NEVER;
    }
    return digits;
  });

/** The desk code that prefixes this desk's record numbers, e.g. `SMD1`. */
export const deskCode = z
  .string({ message: 'v.required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,6}$/, 'v.deskCode');

/** Dotted Kemendagri region code, e.g. `64` or `64.72`. */
export const provinceCode = z.string().regex(/^\d{2}$/, 'v.region');
export const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, 'v.region');

/** A letterhead image sent as a data URL; kept small so it travels with the database. */
export const LOGO_MAX_BYTES = 300 * 1024;
export const logoDataUrl = z
  .string()
  .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64, 'v.logoTooLarge')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'v.logoFormat')
  .nullable();

export const isoDateTime = z.iso.datetime({ offset: true });

/** A folder or file path from a dialog or the drive list: `C:\…`, `E:/…`, `/media/…` or `\\server\share…`. */
export const absolutePath = z
  .string()
  .trim()
  .min(1, 'v.required')
  .max(1000)
  .regex(/^(\/|[A-Za-z]:([\\/]|$)|\\\\)/, 'v.invalidPath');

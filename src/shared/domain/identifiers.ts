import { z } from 'zod';
import { LIMITS } from '../validation/fields';

/**
 * Business identifiers and permit numbers. Each has a `normalizeX(raw)` that returns the stored
 * form or null when the input is not one, and zod fields built from it: `xNumber` (required) and
 * `optionalX` (blank becomes null). Refusals carry the key named on each.
 */

const SEPARATORS = /[\s./-]/g;

function digitsOnly(raw: string): string {
  return raw.replace(SEPARATORS, '');
}

/** NIB (Nomor Induk Berusaha, from OSS): exactly 13 digits. Key `v.nib`. */
export function normalizeNib(raw: string): string | null {
  const digits = digitsOnly(raw.trim());
  return /^\d{13}$/.test(digits) ? digits : null;
}

export const PIRT_MIN_DIGITS = 15;
/** `P-IRT No.`, `SPP-IRT`, `PIRT:`, `Nomor` ... before the digits. */
const PIRT_LABEL = /^(?:(?:spp|p)[\s.-]*irt)?[\s.:-]*(?:no(?:mor)?)?[\s.:-]*/i;
/** Longer than any P-IRT/SPP-IRT number issued; guards against two numbers pasted together. */
export const PIRT_MAX_DIGITS = 20;

/**
 * P-IRT / SPP-IRT number: at least 15 digits, typed with any spaces, dots, dashes or slashes and
 * often with its label (`P-IRT No. 2063204010176-23`). Stored as digits only. Key `v.pirt`.
 */
export function normalizePirt(raw: string): string | null {
  const body = raw.trim().replace(PIRT_LABEL, '');
  if (!/^[\d\s./-]+$/.test(body)) return null;
  const digits = digitsOnly(body);
  return digits.length >= PIRT_MIN_DIGITS && digits.length <= PIRT_MAX_DIGITS ? digits : null;
}

/**
 * BPOM registration for processed food: `MD` (made in Indonesia) or `ML` (imported) and 12
 * digits. Accepts `BPOM RI MD 123456789012` and spacing variants; stored as `MD123456789012`.
 * Key `v.bpom`.
 */
export function normalizeBpom(raw: string): string | null {
  const compact = raw
    .trim()
    .toUpperCase()
    .replace(/^BPOM[\s.-]*(?:RI)?/, '')
    .replace(SEPARATORS, '');
  return /^(MD|ML)\d{12}$/.test(compact) ? compact : null;
}

/**
 * Halal certificate number. Formats vary by issuer and year (BPJPH `ID…` numbers, older MUI
 * numbers of digits only), so this accepts 6–40 characters of letters, digits and separators
 * with at least four digits, and stores it upper-cased with single spaces. Key `v.halal`.
 */
export function normalizeHalal(raw: string): string | null {
  const value = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if (value.length < 6 || value.length > 40) return null;
  if (!/^[A-Z0-9](?:[A-Z0-9 ./-]*[A-Z0-9])?$/.test(value)) return null;
  return (value.match(/\d/g)?.length ?? 0) >= 4 ? value : null;
}

const FIRST_MARK_YEAR = 1990;

function plausibleYear(year: number): boolean {
  return year >= FIRST_MARK_YEAR && year <= 2099;
}

/**
 * Merek (trademark) number at DJKI: a registration `IDM` + 9 digits, or an application number,
 * `DID`/`JID` (goods/services) + year + digits, or the older `D00`/`J00` + year + digits.
 * Stored upper-case without separators. Key `v.merek`.
 */
export function normalizeMerek(raw: string): string | null {
  const compact = raw.trim().toUpperCase().replace(SEPARATORS, '');
  if (/^IDM\d{9}$/.test(compact)) return compact;
  const application = /^(?:DID|JID|D00|J00)(\d{4})\d{4,8}$/.exec(compact);
  if (application && plausibleYear(Number(application[1]))) return compact;
  return null;
}

function identifierField(normalize: (raw: string) => string | null, key: string) {
  return z
    .string({ message: 'v.required' })
    .trim()
    .min(1, 'v.required')
    .max(LIMITS.short)
    .transform((v, ctx) => {
      const normalized = normalize(v);
      if (normalized === null) {
        ctx.addIssue({ code: 'custom', message: key });
        return z.NEVER;
      }
      return normalized;
    });
}

function optionalIdentifierField(normalize: (raw: string) => string | null, key: string) {
  return z
    .string()
    .trim()
    .max(LIMITS.short)
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const normalized = normalize(v);
      if (normalized === null) {
        ctx.addIssue({ code: 'custom', message: key });
        return z.NEVER;
      }
      return normalized;
    });
}

export const nibNumber = identifierField(normalizeNib, 'v.nib');
export const optionalNib = optionalIdentifierField(normalizeNib, 'v.nib');
export const pirtNumber = identifierField(normalizePirt, 'v.pirt');
export const optionalPirt = optionalIdentifierField(normalizePirt, 'v.pirt');
export const bpomNumber = identifierField(normalizeBpom, 'v.bpom');
export const optionalBpom = optionalIdentifierField(normalizeBpom, 'v.bpom');
export const halalNumber = identifierField(normalizeHalal, 'v.halal');
export const optionalHalal = optionalIdentifierField(normalizeHalal, 'v.halal');
export const merekNumber = identifierField(normalizeMerek, 'v.merek');
export const optionalMerek = optionalIdentifierField(normalizeMerek, 'v.merek');

/** SPP-IRT is valid for at most 5 years from issue. */
export const PIRT_MAX_YEARS = 5;

import { z } from 'zod';
import { KBLI_CATEGORIES, KBLI_SEEDS, type KbliCategory, type KbliCategoryLetter } from './kbli-data';
import { foldText } from './text';

export { KBLI_CATEGORIES, type KbliCategory, type KbliCategoryLetter } from './kbli-data';

export interface KbliEntry {
  code: string;
  title: string;
  category: KbliCategoryLetter;
  keywords: readonly string[];
}

const CATEGORY_BY_DIVISION: ReadonlyMap<string, KbliCategoryLetter> = new Map(
  KBLI_CATEGORIES.flatMap((c) => c.divisions.map((d) => [d, c.letter] as const)),
);

/**
 * The category letter of any KBLI code of two to five digits, from its division (first two
 * digits): `10710` → `C`, `56` → `I`. Null for divisions KBLI 2020 does not have (`04`, `34`,
 * `40`, `44`, `48`, `54`, `57`, `67`, `76`, `83`, `89`) and for anything that is not a code.
 */
export function kbliCategoryOf(code: string): KbliCategoryLetter | null {
  if (!/^\d{2,5}$/.test(code)) return null;
  return CATEGORY_BY_DIVISION.get(code.slice(0, 2)) ?? null;
}

export function kbliCategory(letter: KbliCategoryLetter): KbliCategory {
  return KBLI_CATEGORIES.find((c) => c.letter === letter) as KbliCategory;
}

/** The curated codes, each with its category, in code order. */
export const KBLI_ENTRIES: readonly KbliEntry[] = KBLI_SEEDS.map((seed) => ({
  code: seed.code,
  title: seed.title,
  category: kbliCategoryOf(seed.code) as KbliCategoryLetter,
  keywords: seed.keywords ?? [],
})).sort((a, b) => a.code.localeCompare(b.code));

const ENTRY_BY_CODE: ReadonlyMap<string, KbliEntry> = new Map(KBLI_ENTRIES.map((e) => [e.code, e]));

export function kbliByCode(code: string): KbliEntry | null {
  return ENTRY_BY_CODE.get(code) ?? null;
}

/** `10710 — Industri Produk Roti dan Kue`; a code off the curated list shows alone. */
export function kbliLabel(code: string): string {
  const entry = kbliByCode(code);
  return entry ? `${code} — ${entry.title}` : code;
}

/** Drops the dots and spaces people put in codes (`10.710`, `10 710`). */
export function normalizeKbliCode(raw: string): string {
  return raw.trim().replace(/[\s.]/g, '');
}

/** A five-digit KBLI 2020 code whose division exists. */
export function isValidKbliCode(raw: string): boolean {
  const code = normalizeKbliCode(raw);
  return /^\d{5}$/.test(code) && kbliCategoryOf(code) !== null;
}

function kbliField() {
  return z
    .string({ message: 'v.required' })
    .trim()
    .min(1, 'v.required')
    .max(10)
    .transform((v, ctx) => {
      const code = normalizeKbliCode(v);
      if (!isValidKbliCode(code)) {
        ctx.addIssue({ code: 'custom', message: 'v.kbli' });
        return z.NEVER;
      }
      return code;
    });
}

/**
 * A KBLI code field ('v.kbli'): five digits in a division that exists. Codes off the curated list
 * are accepted; a free-text description of the activity is a separate field of the caller's.
 */
export const kbliCode = kbliField();

export const optionalKbliCode = z
  .string()
  .trim()
  .max(10)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const code = normalizeKbliCode(v);
    if (!isValidKbliCode(code)) {
      ctx.addIssue({ code: 'custom', message: 'v.kbli' });
      return z.NEVER;
    }
    return code;
  });

interface Searchable {
  entry: KbliEntry;
  titleWords: string[];
  title: string;
  keywordWords: string[];
}

function words(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const SEARCHABLE: readonly Searchable[] = KBLI_ENTRIES.map((entry) => ({
  entry,
  titleWords: words(entry.title),
  title: foldText(entry.title),
  keywordWords: entry.keywords.flatMap(words),
}));

/** Lower is better: how a whole query matched one entry. */
const RANK = {
  exactCode: 0,
  codePrefix: 1,
  titleWordStart: 2,
  keywordWordStart: 3,
  titleContains: 4,
} as const;

function rankEntry(item: Searchable, terms: readonly string[]): number | null {
  const code = item.entry.code;
  const digitTerms = terms.filter((t) => /^\d+$/.test(t));
  const textTerms = terms.filter((t) => !/^\d+$/.test(t));
  if (!digitTerms.every((t) => code.startsWith(t))) return null;
  if (textTerms.length === 0) return digitTerms.includes(code) ? RANK.exactCode : RANK.codePrefix;
  let rank: number = RANK.titleWordStart;
  for (const term of textTerms) {
    if (item.titleWords.some((w) => w.startsWith(term))) continue;
    if (item.keywordWords.some((w) => w.startsWith(term))) rank = Math.max(rank, RANK.keywordWordStart);
    else if (item.title.includes(term)) rank = Math.max(rank, RANK.titleContains);
    else return null;
  }
  return rank;
}

/**
 * Searches the curated codes. Digits match the start of a code ("107" → 10710, 10722, …; "10.710"
 * works too); words match, diacritics and case aside, the start of a word in the title or in the
 * everyday keywords, or else anywhere in the title. Every term must match. Ranked: exact code,
 * code prefix, all words at title word starts, some only in keywords, some only inside words;
 * then by code. An empty query finds nothing.
 */
export function searchKbli(query: string, options: { limit?: number } = {}): KbliEntry[] {
  const compactCode = normalizeKbliCode(query);
  const terms = /^\d+$/.test(compactCode) ? [compactCode] : words(query);
  if (terms.length === 0) return [];
  const hits: { entry: KbliEntry; rank: number }[] = [];
  for (const item of SEARCHABLE) {
    const rank = rankEntry(item, terms);
    if (rank !== null) hits.push({ entry: item.entry, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.entry.code.localeCompare(b.entry.code));
  const limited = options.limit === undefined ? hits : hits.slice(0, options.limit);
  return limited.map((h) => h.entry);
}

/**
 * Business-name normalisation and similarity for duplicate detection. The database stores
 * {@link normalizeName} of each name plus its {@link trigrams} for candidate lookup; candidates
 * are then ranked with {@link similarity}. Exact-match checks let "De Haro" and "DeHaro" slip
 * through; this is what closes that gap.
 */

import { foldText } from './text';

/**
 * Legal forms and kinds of outlet that say nothing about which business it is. Stripped only as
 * whole words at the start or end of a name ("Toko Kue Ibu Sri", "Maju Jaya, CV"), never in the
 * middle and never inside a word ("Kopi Tubruk" keeps its "kop…").
 */
const BUSINESS_WORDS: readonly (readonly string[])[] = [
  ['rumah', 'makan'],
  ['usaha', 'dagang'],
  ['ud'], ['cv'], ['pt'], ['tbk'], ['toko'], ['warung'], ['kedai'], ['usaha'], ['koperasi'], ['kop'], ['rm'],
];

/** Honorifics, with their spellings folded to one: `ibu` and `bu` are the same word in a name. */
const HONORIFIC_CANON: Record<string, string> = {
  ibu: 'bu', bu: 'bu',
  bapak: 'pak', pak: 'pak',
  haji: 'h', hj: 'h', h: 'h', hajjah: 'h', hajah: 'h',
};

/** Connectives dropped anywhere: "Maju & Jaya" and "Maju dan Jaya" are one name. */
const CONNECTIVES = new Set(['dan', 'and']);

/** Lower-case words of letters and digits: "U.D." → "ud", "Jum'at" → "jumat", "H.M. Ali" → "hm ali". */
function rawTokens(raw: string): string[] {
  const text = foldText(raw)
    .replace(/['’`´]/g, '')
    // Dotted abbreviations become one word before dots turn into spaces.
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return text ? text.split(' ') : [];
}

function matchesAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => tokens[at + i] === word);
}

function isHonorific(token: string): boolean {
  return token in HONORIFIC_CANON;
}

/** Strips business words and honorifics from both ends, as long as something is left. */
function stripEdges(tokens: string[]): string[] {
  let start = 0;
  let end = tokens.length;
  let changed = true;
  while (changed && end - start > 1) {
    changed = false;
    for (const phrase of BUSINESS_WORDS) {
      if (end - start > phrase.length && matchesAt(tokens, start, phrase)) {
        start += phrase.length;
        changed = true;
      } else if (end - start > phrase.length && matchesAt(tokens, end - phrase.length, phrase)) {
        end -= phrase.length;
        changed = true;
      }
    }
    const first = tokens[start];
    if (end - start > 1 && first !== undefined && isHonorific(first)) {
      start += 1;
      changed = true;
    }
    const last = tokens[end - 1];
    if (end - start > 1 && last !== undefined && isHonorific(last)) {
      end -= 1;
      changed = true;
    }
  }
  return tokens.slice(start, end);
}

/**
 * The meaningful words of a business name: folded to plain lower-case letters and digits,
 * connectives dropped, legal forms, outlet kinds and honorifics stripped from the ends, and
 * honorifics left in the middle spelled one way (`ibu` → `bu`, `bapak` → `pak`, `hj` → `h`).
 */
export function nameTokens(name: string): string[] {
  const words = rawTokens(name);
  const meaningful = words.filter((t) => !CONNECTIVES.has(t));
  const tokens = meaningful.length > 0 ? meaningful : words;
  return stripEdges(tokens).map((t) => HONORIFIC_CANON[t] ?? t);
}

/** The compact key stored for duplicate lookup: the meaningful words run together. */
export function normalizeName(name: string): string {
  return nameTokens(name).join('');
}

/**
 * Character trigrams of a key, distinct, in first-seen order. Keys shorter than three characters
 * are their own single gram so that every non-empty key has at least one.
 */
export function trigrams(key: string): string[] {
  if (key.length === 0) return [];
  if (key.length < 3) return [key];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i++) grams.add(key.slice(i, i + 3));
  return [...grams];
}

/** Sørensen–Dice coefficient over the two keys' trigram sets. */
export function trigramDice(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const ga = trigrams(a);
  const gb = new Set(trigrams(b));
  if (ga.length === 0 || gb.size === 0) return 0;
  const shared = ga.filter((g) => gb.has(g)).length;
  return (2 * shared) / (ga.length + gb.size);
}

/** Jaro–Winkler similarity of two words, in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = true;
        bMatched[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Two words count as the same in the token measure when equal, or close and not short. */
const TOKEN_MATCH = 0.88;
const FUZZY_TOKEN_MIN_LENGTH = 4;

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < FUZZY_TOKEN_MIN_LENGTH || b.length < FUZZY_TOKEN_MIN_LENGTH) return false;
  return jaroWinkler(a, b) >= TOKEN_MATCH;
}

/**
 * Jaccard overlap of two word sets where near-identical words (typos) pair up. Each word pairs
 * at most once, so "Sablon Kaos Samarinda" and "Sablon Kaos Balikpapan" share two of four words.
 */
export function tokenOverlap(a: readonly string[], b: readonly string[]): number {
  const left = [...new Set(a)];
  const right = [...new Set(b)];
  if (left.length === 0 || right.length === 0) return 0;
  const used = new Array<boolean>(right.length).fill(false);
  let paired = 0;
  for (const word of left) {
    let best = -1;
    let bestScore = 0;
    right.forEach((other, j) => {
      if (used[j] || !tokensMatch(word, other)) return;
      const score = word === other ? 2 : jaroWinkler(word, other);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used[best] = true;
      paired++;
    }
  }
  return paired / (left.length + right.length - paired);
}

const CANONICAL_HONORIFICS = new Set(Object.values(HONORIFIC_CANON));

/**
 * "Bakso Pak Kumis" and "Bakso Kumis" are one stall: when only one name carries an honorific,
 * it is left out of the comparison. When both do, it counts ("Bu Ani" is not "Pak Ani").
 */
function withoutOneSidedHonorifics(a: string[], b: string[]): [string[], string[]] {
  const hasA = a.some((t) => CANONICAL_HONORIFICS.has(t));
  const hasB = b.some((t) => CANONICAL_HONORIFICS.has(t));
  if (hasA === hasB) return [a, b];
  const strip = (tokens: string[]) => {
    const rest = tokens.filter((t) => !CANONICAL_HONORIFICS.has(t));
    return rest.length > 0 ? rest : tokens;
  };
  return [strip(a), strip(b)];
}

/**
 * How alike two business names are, in [0, 1]: 1 when their keys are equal (or equal once one-sided
 * honorifics are left out, or with the words sorted), otherwise the mean
 * of the word overlap and the trigram similarity of the keys (the better of the keys as written
 * and with words sorted, so word order does not count against a pair). The word half keeps a
 * shared long prefix ("Sablon Kaos …") from carrying two different businesses over the line.
 */
export function similarity(a: string, b: string): number {
  const [ta, tb] = withoutOneSidedHonorifics(nameTokens(a), nameTokens(b));
  const ka = ta.join('');
  const kb = tb.join('');
  if (ka.length === 0 || kb.length === 0) return 0;
  if (ka === kb) return 1;
  const sortedA = [...ta].sort().join('');
  const sortedB = [...tb].sort().join('');
  if (sortedA === sortedB) return 1;
  const chars = Math.max(trigramDice(ka, kb), trigramDice(sortedA, sortedB));
  return (tokenOverlap(ta, tb) + chars) / 2;
}

/** At or above this, two names are shown as the same business unless the user says otherwise. */
export const LIKELY_SAME_NAME = 0.75;
/** At or above this, a name is offered as a possible duplicate while typing. */
export const POSSIBLY_SAME_NAME = 0.55;

export function isLikelySameName(a: string, b: string, threshold: number = LIKELY_SAME_NAME): boolean {
  return similarity(a, b) >= threshold;
}

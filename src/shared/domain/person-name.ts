/**
 * Indonesian personal names for duplicate detection. The same owner is written "Haji Abd. Rahman"
 * on one form and "H. Abdul Rahman" on the next, "Soekarno" in an old document and "Sukarno" in a
 * new one, "Moch. Djunaedi" and "Muhammad Junaedi". Here a name becomes a list of word keys that
 * see through honorifics and academic titles, common short forms, the spelling before the 1972
 * reform (EYD) and doubled letters; two names are then compared word by word, in any order, with
 * an initial allowed to stand for a full given name. Business names use the same keys on the
 * words left after {@link nameTokens} strips legal forms and outlet kinds.
 *
 * The keys are also stored (space-separated, see {@link personNameIndexWords}) and indexed, so that
 * candidates are found by key rather than by a scan; a change to the keys needs a migration that
 * computes them again.
 */

import { jaroWinkler, nameTokens, similarity } from './names';
import { foldText } from './text';

/** Honorifics, religious and courtesy titles, and degrees written before a name. Dropped. */
const LEADING_TITLES = new Set([
  'h', 'hj', 'haji', 'hajjah', 'hajah', 'hm', 'kh', 'kyai', 'kiai', 'ir', 'dr', 'drs', 'dra', 'prof', 'drg', 'bpk', 'bapak', 'pak',
  'ibu', 'bu', 'kak', 'mas', 'mbak', 'mba', 'ust', 'ustadz', 'ustad', 'ustaz', 'ustadzah', 'ustazah', 'ny', 'nyonya', 'sdr', 'sdri',
  'saudara', 'saudari', 'tn', 'tuan', 'nn', 'nona', 'almarhum', 'alm', 'almh',
]);

/** Degrees written after a name ("Abdul Rahman, S.E., M.M." or "Abdul Rahman SE"). Dropped. */
const TRAILING_TITLES = new Set([
  'se', 'spd', 'spdi', 'skom', 'mm', 'sh', 'mh', 'msi', 'mpd', 'amd', 'amdkeb', 'amdkep', 'ssos', 'sag', 'sip', 'mba', 'mkes', 'skep',
  'ssi', 'st', 'mt', 'mkom', 'ak', 'sked', 'sfarm', 'sp', 'sthi', 'shi', 'sei', 'me', 'mag', 'mpdi', 'ikom', 'sikom', 'spsi', 'mpsi',
  'ssit', 'stp', 'spt', 'skm', 'mars', 'phd', 'ba', 'bsc', 'msc', 'ma', 'dr', 'ir',
]);

/**
 * Short forms and spellings of the same given name, by key (after {@link spellingKey}): "Moch.",
 * "Mhd." and "Mochammad" are all "Muhammad"; "Abd." is "Abdul"; "St." and "Sitti" are "Siti".
 */
const KEY_ALIASES: Record<string, string> = {
  m: 'muhamad', mh: 'muhamad', md: 'muhamad', mhd: 'muhamad', mhmd: 'muhamad', moh: 'muhamad', mo: 'muhamad', muh: 'muhamad', mu: 'muhamad',
  mohd: 'muhamad', mohamad: 'muhamad', mohamed: 'muhamad', mohamat: 'muhamad', muhamat: 'muhamad', muhamed: 'muhamad',
  mukamad: 'muhamad', mokamad: 'muhamad', muhd: 'muhamad',
  abd: 'abdul', abdl: 'abdul', abdu: 'abdul',
  ahmat: 'ahmad', ahmd: 'ahmad', amad: 'ahmad',
  st: 'siti', sti: 'siti',
  nor: 'nur', nr: 'nur',
};

/** Given names so common that sharing one says little ("Siti Aminah" is not "Siti Aisyah"). */
const COMMON_KEYS = new Set([
  'muhamad', 'abdul', 'ahmad', 'siti', 'nur', 'sri', 'dewi', 'ni', 'i', 'putu', 'made', 'kadek', 'ketut', 'nyoman', 'wayan', 'gede',
  'andi', 'la', 'wa', 'daeng', 'gusti', 'ayu', 'dian', 'tri', 'eka', 'dwi',
]);

/** A key shared by too many people to find anyone by it alone ("siti", "muhamad"). */
export function isCommonKey(key: string): boolean {
  return COMMON_KEYS.has(key);
}

/**
 * One word's key: the old spelling read as the new (oe→u, dj→j, tj→c, nj→ny, sj→sy, ch→kh), the
 * letters people swap in writing the same name folded together (j/y, kh/h, sy/s, th/t, dh/d, ae/ai,
 * ie/i, q/k, v/f, a final y as i, a final h after a vowel), and doubled letters single.
 */
export function spellingKey(word: string): string {
  let w = word
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/nj/g, 'ny')
    .replace(/sj/g, 'sy')
    .replace(/ch/g, 'kh');
  w = w
    .replace(/j/g, 'y')
    .replace(/kh/g, 'h')
    .replace(/sy/g, 's')
    .replace(/sh/g, 's')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/dz/g, 'z')
    .replace(/ae/g, 'ai')
    .replace(/ie/g, 'i')
    .replace(/q/g, 'k')
    .replace(/v/g, 'f')
    .replace(/x/g, 'ks');
  w = w.replace(/(.)\1+/g, '$1');
  if (w.length > 2) w = w.replace(/y$/, 'i').replace(/([aiueo])h$/, '$1');
  return w;
}

/** One word of a name as compared: its key, and how it was written. */
export interface NameWord {
  /** The key words are compared and indexed by. */
  key: string;
  /** The word as typed, folded to lower case without marks. */
  raw: string;
  /** A single letter standing for a given name ("A. Rahman"). */
  initial: boolean;
  /** The key came from a short form ("Abd." → abdul, "Moch." → muhamad). */
  alias: boolean;
}

export interface ParsedName {
  words: NameWord[];
  /** Honorifics or titles were dropped. */
  titled: boolean;
}

/** The words of a name: folded, dotted degrees ("S.Pd.", "H.M.") run together, apostrophes gone. */
function rawWords(text: string): string[] {
  const folded = foldText(text)
    .replace(/['’`´]/g, '')
    .replace(/\b(?:[a-z]{1,4}\.){2,}/g, (m) => {
      const joined = m.replace(/\./g, '');
      return TRAILING_TITLES.has(joined) || LEADING_TITLES.has(joined) ? `${joined} ` : m;
    })
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded ? folded.split(' ') : [];
}

/** "Abdurrahman" and "Abdulrahman" are "Abdul Rahman": the article written into the name. */
function splitArticle(key: string): string[] {
  const joined = /^abdul(.{3,})$/.exec(key) ?? /^abdu([rsntdz].{3,})$/.exec(key);
  return joined?.[1] ? ['abdul', joined[1]] : [key];
}

/** A person's name as words to compare: titles dropped, short forms and spellings folded. */
export function parsePersonName(name: string): ParsedName {
  // After a comma come degrees ("Rahman, S.E., M.M."); a part that is not all degrees stays.
  const [head = '', ...rest] = name.split(',');
  let words = rawWords(head);
  let titled = false;
  for (const part of rest) {
    const more = rawWords(part);
    if (more.every((w) => TRAILING_TITLES.has(w) || LEADING_TITLES.has(w))) titled ||= more.length > 0;
    else words.push(...more);
  }
  while (words.length > 1 && LEADING_TITLES.has(words[0] as string)) {
    // "H.M. Ali" is Haji Muhammad Ali: the Haji goes, the Muhammad stays.
    if (words[0] === 'hm') words = ['m', ...words.slice(1)];
    else words = words.slice(1);
    titled = true;
  }
  while (words.length > 1 && TRAILING_TITLES.has(words[words.length - 1] as string)) {
    words = words.slice(0, -1);
    titled = true;
  }
  const out: NameWord[] = [];
  for (const raw of words) {
    const spelled = spellingKey(raw);
    for (const part of splitArticle(spelled)) {
      const aliased = KEY_ALIASES[part];
      const key = aliased ?? part;
      if (!key) continue;
      out.push({ key, raw, initial: key.length === 1, alias: aliased !== undefined });
    }
  }
  return { words: out, titled };
}

/** The keys stored and indexed for a person's name, space-separated; initials are kept as letters. */
export function personNameIndexWords(name: string | null | undefined): string {
  if (!name) return '';
  return [...new Set(parsePersonName(name).words.map((w) => w.key))].join(' ');
}

/** The keys stored and indexed for a business name: its meaningful words, keyed like a person's. */
export function businessNameIndexWords(name: string | null | undefined): string {
  if (!name) return '';
  return [...new Set(businessWords(name).map((w) => w.key))].join(' ');
}

/** A business name's meaningful words (legal forms, outlet kinds and edge honorifics gone), keyed. */
function businessWords(name: string): NameWord[] {
  return nameTokens(name).flatMap((t) => parsePersonName(t).words);
}

/** How two names were reconciled, for the consultant to see why a candidate is offered. */
export const NAME_NOTES = ['title', 'abbreviation', 'oldSpelling', 'spelling', 'initial', 'wordOrder', 'partial'] as const;
export type NameNote = (typeof NAME_NOTES)[number];

export interface NameComparison {
  /** In [0, 1]; see {@link LIKELY_SAME_PERSON} and {@link POSSIBLY_SAME_PERSON}. */
  score: number;
  notes: NameNote[];
}

/** Word pairs: an initial against a given name with that letter, and two keys one typo apart. */
const INITIAL_PAIR = 0.6;
const TYPO_PAIR = 0.4;
const TYPO_SIMILARITY = 0.93;
const TYPO_MIN_LENGTH = 5;
/** A name with words the other lacks ("Rahman" and "Abdul Rahman") is at most possible by itself. */
const PARTIAL_CAP = 0.7;

function weight(w: NameWord): number {
  return w.initial || COMMON_KEYS.has(w.key) ? 0.5 : 1;
}

function pairScore(a: NameWord, b: NameWord): number {
  if (a.initial && b.initial) return a.key === b.key ? 1 : 0;
  if (a.initial || b.initial) {
    const [letter, full] = a.initial ? [a, b] : [b, a];
    return full.key.startsWith(letter.key) || full.raw.startsWith(letter.raw) ? INITIAL_PAIR : 0;
  }
  if (a.key === b.key) return 1;
  if (a.key.length >= TYPO_MIN_LENGTH && b.key.length >= TYPO_MIN_LENGTH && jaroWinkler(a.key, b.key) >= TYPO_SIMILARITY) return TYPO_PAIR;
  return 0;
}

const OLD_SPELLING = /oe|dj|tj|nj|sj|ch/;

/** Compares two parsed names word by word, each word pairing at most once, best pairs first. */
function compareWords(a: NameWord[], b: NameWord[]): NameComparison {
  if (a.length === 0 || b.length === 0) return { score: 0, notes: [] };
  const joinedA = a.map((w) => w.key).join('');
  const joinedB = b.map((w) => w.key).join('');
  const notes = new Set<NameNote>();
  const candidates: Array<{ i: number; j: number; s: number }> = [];
  a.forEach((x, i) => b.forEach((y, j) => {
    const s = pairScore(x, y);
    if (s > 0) candidates.push({ i, j, s });
  }));
  candidates.sort((p, q) => q.s - p.s || Math.abs(p.i - p.j) - Math.abs(q.i - q.j));
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let matched = 0;
  const pairs: Array<{ i: number; j: number }> = [];
  for (const { i, j, s } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ i, j });
    const x = a[i] as NameWord;
    const y = b[j] as NameWord;
    matched += s * (weight(x) + weight(y));
    if (x.initial !== y.initial) notes.add('initial');
    else if (s < 1) notes.add('spelling');
    else if (x.raw !== y.raw) {
      if (x.alias || y.alias) notes.add('abbreviation');
      else if (OLD_SPELLING.test(x.raw) !== OLD_SPELLING.test(y.raw) || /j/.test(x.raw) !== /j/.test(y.raw)) notes.add('oldSpelling');
      else notes.add('spelling');
    }
  }
  const total = a.reduce((n, w) => n + weight(w), 0) + b.reduce((n, w) => n + weight(w), 0);
  let score = matched / total;
  const complete = usedA.size === a.length && usedB.size === b.length;
  pairs.sort((p, q) => p.i - q.i);
  if (pairs.some((p, k) => k > 0 && p.j < (pairs[k - 1] as { j: number }).j)) notes.add('wordOrder');
  if (joinedA === joinedB) {
    // Words run together or split differently: "Nurhaliza" and "Nur Haliza".
    return { score: 1, notes: [...notes].filter((n) => n !== 'wordOrder') };
  }
  if (!complete) {
    score = Math.min(score, PARTIAL_CAP);
    if (usedA.size > 0) notes.add('partial');
  }
  return { score, notes: NAME_NOTES.filter((n) => notes.has(n)) };
}

/** How alike two people's names are, and how they were reconciled. */
export function comparePersonNames(a: string, b: string): NameComparison {
  const pa = parsePersonName(a);
  const pb = parsePersonName(b);
  const result = compareWords(pa.words, pb.words);
  if (result.score > 0 && (pa.titled || pb.titled) && !result.notes.includes('title')) result.notes = ['title', ...result.notes];
  return result;
}

/**
 * How alike two business names are: the plain measure of {@link similarity}, or, when it is
 * higher, the same measure over the words' keys ("Warung Hj. Sitti" and "Warung Hajjah Siti"),
 * with the notes of how the words were reconciled.
 */
export function compareBusinessNames(a: string, b: string): NameComparison {
  const plain = similarity(a, b);
  const wa = businessWords(a);
  const wb = businessWords(b);
  const keyed = wa.length && wb.length ? similarity(wa.map((w) => w.key).join(' '), wb.map((w) => w.key).join(' ')) : 0;
  if (keyed <= plain) return { score: plain, notes: [] };
  const notes = compareWords(wa, wb).notes.filter((n) => n !== 'partial');
  return { score: keyed, notes };
}

/**
 * Below this a name match cannot become a candidate, whatever the place adds (the possible
 * thresholds, 0.55, less the most a place adds, 0.15).
 */
export const HOPELESS_NAME_SCORE = 0.4;

/**
 * The two comparisons above for one typed profile against many stored ones: the typed names are
 * read once, and each stored profile is first measured by its stored keys (`name_words`,
 * `owner_name_words`) alone. Only a stored name that comes within reach of a candidate is read
 * again, for the exact score and the notes of {@link compareBusinessNames} and
 * {@link comparePersonNames}; below {@link HOPELESS_NAME_SCORE} the keys' measure is the answer.
 */
export function nameMatcher(probe: { name?: string | null; ownerName?: string | null }) {
  const none: NameComparison = { score: 0, notes: [] };
  const typedBusiness = probe.name ? businessWords(probe.name) : [];
  const typedBusinessKeys = typedBusiness.map((w) => w.key).join(' ');
  const typedOwner = probe.ownerName ? parsePersonName(probe.ownerName) : null;
  const asWords = (keys: string): NameWord[] => keys.split(' ').map((key) => ({ key, raw: key, initial: key.length === 1, alias: false }));
  return {
    business(stored: string, storedKeys?: string): NameComparison {
      if (!probe.name) return none;
      if (storedKeys && typedBusiness.length > 0) {
        const quick = similarity(typedBusinessKeys, storedKeys);
        if (quick < HOPELESS_NAME_SCORE) return { score: quick, notes: [] };
      }
      return compareBusinessNames(probe.name, stored);
    },
    person(stored: string | null, storedKeys?: string): NameComparison {
      if (!typedOwner || !stored) return none;
      if (storedKeys) {
        const quick = compareWords(typedOwner.words, asWords(storedKeys));
        if (quick.score < HOPELESS_NAME_SCORE) return { score: quick.score, notes: [] };
      }
      const other = parsePersonName(stored);
      const result = compareWords(typedOwner.words, other.words);
      if (result.score > 0 && (typedOwner.titled || other.titled) && !result.notes.includes('title')) result.notes = ['title', ...result.notes];
      return result;
    },
  };
}

/** At or above this, two owner names are taken for the same person. */
export const LIKELY_SAME_PERSON = 0.75;
/** At or above this, a name is offered as a possible duplicate. */
export const POSSIBLY_SAME_PERSON = 0.55;

/** Region codes of a profile, as stored (Kemendagri codes: 64, 64.72, 64.72.01, 64.72.01.1001). */
export interface Place {
  provinceCode?: string | null;
  regencyCode?: string | null;
  districtCode?: string | null;
  villageCode?: string | null;
}

export type PlaceRelation = 'sameVillage' | 'sameDistrict' | 'sameRegency' | 'sameProvince' | 'otherProvince' | 'unknown';

function provinceOf(p: Place): string | null {
  const code = p.provinceCode || p.regencyCode || p.districtCode || p.villageCode;
  return code ? code.slice(0, 2) : null;
}

/** Where two profiles are relative to each other, from the finest level both have. */
export function placeRelation(a: Place, b: Place): PlaceRelation {
  if (a.villageCode && b.villageCode && a.villageCode === b.villageCode) return 'sameVillage';
  if (a.districtCode && b.districtCode && a.districtCode === b.districtCode) return 'sameDistrict';
  if (a.regencyCode && b.regencyCode && a.regencyCode === b.regencyCode) return 'sameRegency';
  const pa = provinceOf(a);
  const pb = provinceOf(b);
  if (!pa || !pb) return 'unknown';
  return pa === pb ? 'sameProvince' : 'otherProvince';
}

/**
 * What the place adds to a name match: the same kecamatan raises a possible match ("Rahman" and
 * "Abdul Rahman", one typo) into a likely one; the same kelurahan a little more; another province
 * takes even an identical name below "likely", since common names recur across a country.
 */
const PLACE_WEIGHT: Record<PlaceRelation, number> = {
  sameVillage: 0.15,
  sameDistrict: 0.1,
  sameRegency: 0,
  sameProvince: 0,
  otherProvince: -0.3,
  unknown: 0,
};

export function weighByPlace(score: number, relation: PlaceRelation): number {
  if (score <= 0) return 0;
  return Math.max(0, Math.min(1, score + PLACE_WEIGHT[relation]));
}

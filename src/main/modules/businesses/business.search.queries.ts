import type { EntityManager } from 'typeorm';
import type { BusinessSummary, ParsedInput } from '../../../shared/contract';
import { PERMIT_WARNING_DAYS } from '../../../shared/contract';
import { foldText } from '../../../shared/domain/text';
import { addDays } from '../../../shared/domain/dates';
import { toSummary, type SummaryRaw } from './business.mapper';

type ListQuery = ParsedInput<'businesses:list'>;

/** Counting stops here; the list says "more than 10.000" rather than scanning the whole table. */
export const COUNT_CAP = 10_000;

/** A search box entry as an FTS5 query: digits search phone/NIB by prefix, words search everything. */
export function ftsQuery(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const digits = text.replace(/[\s().+-]/g, '');
  if (/^\d{4,}$/.test(digits)) return `{phone nib} : "${digits}"*`;
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' AND ');
}

const ORDER: Record<ListQuery['sort'], string> = {
  relevance: 'f.rank',
  name: 'b.name COLLATE NOCASE',
  updated: 'b.updated_at',
  created: 'b.created_at',
  region: 'b.regency_code',
};

/**
 * The list query. SQLite-specific (FTS5 MATCH) on purpose: it lives in the module's queries, so a
 * PostgreSQL adapter replaces this file, not the service.
 */
export async function searchBusinesses(
  db: EntityManager,
  q: ListQuery,
  today: string,
): Promise<{ rows: BusinessSummary[]; total: number }> {
  const where: string[] = [q.deleted ? 'b.deleted_at IS NOT NULL' : 'b.deleted_at IS NULL'];
  const params: unknown[] = [];
  const joins: string[] = [];
  const match = ftsQuery(q.query);
  const sort = q.sort === 'relevance' && !match ? 'name' : q.sort;
  const onlyText = match && !q.tag && !q.regencyCode && !q.districtCode && !q.kbliCategory && !q.kbliCode && !q.scale && !q.status && !q.permit;
  if (onlyText && sort === 'relevance') return searchByRank(db, match, where[0] ?? 'TRUE', q);
  let source = 'business b';
  if (match) {
    // CROSS JOIN fixes the loop order: the full-text matches drive, each looked up by rowid.
    // Left to itself the planner walks the name index and re-runs the MATCH for every row.
    source = '(SELECT rowid, rank FROM business_fts WHERE business_fts MATCH ?) f CROSS JOIN business b ON b.rowid = f.rowid';
    params.push(match);
  }
  if (q.tag && !match) {
    // The tag drives: its few hundred rows, each looked up by id, rather than every live row
    // probed for the tag (statistics lead the planner there, ~0.9 s at 350,000 profiles).
    source = 'business_tag t CROSS JOIN business b ON b.id = t.business_id AND t.tag = ?';
    params.push(q.tag);
  } else if (q.tag) {
    joins.push('JOIN business_tag t ON t.business_id = b.id AND t.tag = ?');
    params.push(q.tag);
  }
  const filter = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (q.regencyCode) filter('b.regency_code = ?', q.regencyCode);
  if (q.districtCode) filter('b.district_code = ?', q.districtCode);
  if (q.kbliCategory) filter('b.kbli_category = ?', q.kbliCategory);
  if (q.kbliCode) filter("b.kbli_code LIKE ? || '%'", q.kbliCode);
  if (q.scale) filter('b.scale = ?', q.scale);
  if (q.status) filter('b.status = ?', q.status);
  switch (q.permit) {
    case 'nib_missing':
      where.push('b.nib IS NULL');
      break;
    case 'pirt_missing':
      where.push('b.pirt_number IS NULL');
      break;
    case 'halal_missing':
      where.push('b.halal_number IS NULL');
      break;
    case 'bpom_missing':
      where.push('b.bpom_number IS NULL');
      break;
    case 'merek_missing':
      where.push('b.merek_number IS NULL');
      break;
    case 'expiring': {
      const until = addDays(today, PERMIT_WARNING_DAYS);
      where.push('((b.pirt_expires_at BETWEEN ? AND ?) OR (b.halal_expires_at BETWEEN ? AND ?))');
      params.push(today, until, today, until);
      break;
    }
    case 'expired':
      where.push('(b.pirt_expires_at < ? OR b.halal_expires_at < ?)');
      params.push(today, today);
      break;
    default:
      break;
  }

  const from = `FROM ${source} ${joins.join(' ')} WHERE ${where.join(' AND ')}`;
  const direction = q.direction === 'desc' && sort !== 'relevance' ? 'DESC' : 'ASC';
  const rows: SummaryRaw[] = await db.query(
    `SELECT ${SUMMARY_COLUMNS}
     ${from}
     ORDER BY ${ORDER[sort]} ${direction}, b.id
     LIMIT ? OFFSET ?`,
    [...params, q.pageSize, (q.page - 1) * q.pageSize],
  );
  const [{ n }] = (await db.query(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1})`, params)) as [{ n: number }];
  return { rows: rows.map(toSummary), total: n };
}

const SUMMARY_COLUMNS = `b.id, b.name, b.brand, b.owner_name, b.owner_phone, b.kbli_code, b.scale, b.status, b.nib,
  b.updated_at, b.deleted_at,
  (SELECT name FROM region WHERE code = b.regency_code) AS regency_name,
  (SELECT name FROM region WHERE code = b.district_code) AS district_name`;

/**
 * A plain search, best match first: the index ranks every match (in C, without reading rows), and
 * only the rows of the page are then read from the table, in rank order.
 */
async function searchByRank(
  db: EntityManager,
  match: string,
  live: string,
  q: ListQuery,
): Promise<{ rows: BusinessSummary[]; total: number }> {
  const matches = '(SELECT rowid, rank FROM business_fts WHERE business_fts MATCH ? ORDER BY rank) f CROSS JOIN business b ON b.rowid = f.rowid';
  const rows: SummaryRaw[] = await db.query(
    `SELECT ${SUMMARY_COLUMNS} FROM ${matches} WHERE ${live} ORDER BY f.rank, b.id LIMIT ? OFFSET ?`,
    [match, q.pageSize, (q.page - 1) * q.pageSize],
  );
  const [{ n }] = (await db.query(`SELECT count(*) AS n FROM (SELECT 1 FROM ${matches} WHERE ${live} LIMIT ${COUNT_CAP + 1})`, [
    match,
  ])) as [{ n: number }];
  return { rows: rows.map(toSummary), total: n };
}

export interface CandidateRow {
  id: string;
  name: string;
  owner_name: string | null;
  owner_nik: string | null;
  nib: string | null;
  owner_phone: string | null;
  province_code: string | null;
  regency_code: string | null;
  district_code: string | null;
  village_code: string | null;
  name_words: string;
  owner_name_words: string;
}

const CANDIDATE_COLUMNS = `b.id, b.name, b.owner_name, b.owner_nik, b.nib, b.owner_phone,
  b.province_code, b.regency_code, b.district_code, b.village_code, b.name_words, b.owner_name_words`;

/** An FTS5 string literal. */
const term = (w: string) => `"${w.replace(/"/g, '""')}"`;

/** Rows that might be the same business: same identifiers, same name keys, or sharing name words. */
export async function candidateRows(
  db: EntityManager,
  probe: {
    nik: string | null;
    nib: string | null;
    phone: string | null;
    nameKey: string | null;
    ownerKey: string | null;
    nameWords: string[];
    ownerWords: string[];
    /** Keys of the business name's words (shared/domain/person-name), initials left out. */
    nameKeys: string[];
    /** Keys of the owner name's words, initials left out. */
    ownerKeys: string[];
    /** Keys rare enough to look for alone within one kecamatan. */
    distinctiveKeys: { name: string[]; owner: string[] };
    /** The kecamatan as the name index holds it (`d` and the code's digits), when known. */
    place: string | null;
  },
): Promise<CandidateRow[]> {
  const exact: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: string | null) => {
    if (!value) return;
    exact.push(sql);
    params.push(value);
  };
  add('b.owner_nik = ?', probe.nik);
  add('b.nib = ?', probe.nib);
  add('b.owner_phone = ?', probe.phone);
  add('b.name_key = ?', probe.nameKey);
  add('b.owner_name_key = ?', probe.ownerKey);
  const found: CandidateRow[] = exact.length
    ? await db.query(
        // `+` keeps the planner off the deleted_at index, so it answers the OR from the five
        // identifier indexes (milliseconds) instead of walking every live row (a second).
        `SELECT ${CANDIDATE_COLUMNS} FROM business b WHERE +b.deleted_at IS NULL AND (${exact.join(' OR ')}) LIMIT 50`,
        params,
      )
    : [];
  // Every word of the name (or of the owner's name) must appear: an intersection the index answers
  // quickly, where an OR of common words ("kue", "sri") would rank a hundred thousand rows.
  const all = (words: string[]) => words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' AND ');
  const groups = [
    probe.nameWords.length ? `{name} : (${all(probe.nameWords)})` : null,
    probe.ownerWords.length ? `{owner_name} : (${all(probe.ownerWords)})` : null,
  ].filter((g): g is string => g !== null);
  // The same by name keys, which see through titles, short forms and the old spelling. Every key
  // of the typed name must be there; a stored initial ("A. Rahman") may stand for an owner's word.
  const keyed = [
    probe.nameKeys.length ? `{name_words} : (${probe.nameKeys.map(term).join(' AND ')})` : null,
    probe.ownerKeys.length
      ? `{owner_words} : (${probe.ownerKeys.map((k) => `(${term(k)} OR ${term(k.charAt(0))})`).join(' AND ')})`
      : null,
  ].filter((g): g is string => g !== null);
  // Within the kecamatan, any distinctive key will do ("Abdul Rahman" typed, "Rahman" stored):
  // the place backs a weaker name match, and the kecamatan's postings bound the work.
  const anyOf = [
    probe.distinctiveKeys.name.length ? `{name_words} : (${probe.distinctiveKeys.name.map(term).join(' OR ')})` : null,
    probe.distinctiveKeys.owner.length ? `{owner_words} : (${probe.distinctiveKeys.owner.map(term).join(' OR ')})` : null,
  ].filter((g): g is string => g !== null);
  const sources: Array<[table: string, match: string]> = [];
  if (groups.length > 0) sources.push(['business_fts', groups.join(' OR ')]);
  if (keyed.length > 0) sources.push(['business_name_fts', keyed.join(' OR ')]);
  if (probe.place && anyOf.length > 0) sources.push(['business_name_fts', `(${anyOf.join(' OR ')}) AND {place} : ${term(probe.place)}`]);
  if (sources.length > 0) {
    // One statement: each index gives at most 200 rowids, the union reads every row once.
    const union = sources.map(([table]) => `SELECT rowid FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT 200)`).join(' UNION ');
    const fuzzy: CandidateRow[] = await db.query(
      `SELECT ${CANDIDATE_COLUMNS}
       FROM (${union}) f
       CROSS JOIN business b ON b.rowid = f.rowid
       WHERE b.deleted_at IS NULL`,
      sources.map(([, match]) => match),
    );
    found.push(...fuzzy);
  }
  return found;
}

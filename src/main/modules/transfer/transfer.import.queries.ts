import type { EntityManager } from 'typeorm';
import type { TransferTable } from '../../../shared/contract';
import type { PackageLine } from './package';
import type { Row } from './transfer.queries';

/**
 * The import's SQL: what this desk holds of the records a package brings (reads), the bases it
 * keeps per record (`transfer_base`, owned here), and the records written as the package has them.
 *
 * The record writes reach into tables other modules own (business and business_tag, consultation,
 * consultation_consultant and consultation_revision, consultant, follow_up): a package carries rows
 * with all their columns, in the schema the desks share, and they are written as rows in the
 * import's one transaction, with foreign keys checked at its end.
 */

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** This desk's `updated_at` of each of the records that are here. */
export async function localVersions(db: EntityManager, table: TransferTable, ids: string[]): Promise<Map<string, string>> {
  const rows: Array<{ id: string; updated_at: string }> = await db.query(`SELECT id, updated_at FROM ${table} WHERE id IN (${marks(ids.length)})`, ids);
  return new Map(rows.map((r) => [r.id, r.updated_at]));
}

/** Which of the revisions are here (a revision never changes, so it has no version). */
export async function revisionsHere(db: EntityManager, ids: string[]): Promise<Set<string>> {
  const rows: Array<{ id: string }> = await db.query(`SELECT id FROM consultation_revision WHERE id IN (${marks(ids.length)})`, ids);
  return new Set(rows.map((r) => r.id));
}

/** The version of each record this desk last received from another desk. */
export async function baseVersions(db: EntityManager, table: TransferTable, ids: string[]): Promise<Map<string, string>> {
  const rows: Array<{ record_id: string; base_updated_at: string }> = await db.query(
    `SELECT record_id, base_updated_at FROM transfer_base WHERE entity = ? AND record_id IN (${marks(ids.length)})`,
    [table, ...ids],
  );
  return new Map(rows.map((r) => [r.record_id, r.base_updated_at]));
}

/** This desk's rows of the records, all columns, by id. */
export async function localRows(db: EntityManager, table: TransferTable, ids: string[]): Promise<Map<string, Row>> {
  const rows: Row[] = await db.query(`SELECT * FROM ${table} WHERE id IN (${marks(ids.length)})`, ids);
  return new Map(rows.map((r) => [String(r['id']), r]));
}

/** Which of the consultation numbers this desk has already given out. */
export async function consultationNumbersTaken(db: EntityManager, numbers: string[]): Promise<string[]> {
  const rows: Array<{ number: string }> = await db.query(`SELECT number FROM consultation WHERE number IN (${marks(numbers.length)})`, numbers);
  return rows.map((r) => r.number);
}

/** Foreign keys are checked at the commit, so records may arrive before what they point at. */
export async function deferForeignKeys(m: EntityManager): Promise<void> {
  await m.query('PRAGMA defer_foreign_keys = ON');
}

/** Whether any row of the table points at something that is not here. */
export async function hasDanglingReferences(m: EntityManager, table: string): Promise<boolean> {
  const bad: unknown[] = await m.query(`PRAGMA foreign_key_check(${table})`);
  return bad.length > 0;
}

/** Inserts the record as the package has it (the given columns), with the rows that hang on it. */
export async function insertRecord(m: EntityManager, table: TransferTable, columns: string[], line: PackageLine): Promise<void> {
  await m.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${marks(columns.length)})`, columns.map((c) => line.r[c] ?? null));
  await children(m, table, line);
}

/** Overwrites the record with the package's version (the given columns), with the rows that hang on it. */
export async function updateRecord(m: EntityManager, table: TransferTable, columns: string[], line: PackageLine): Promise<void> {
  const set = columns.filter((c) => c !== 'id');
  await m.query(`UPDATE ${table} SET ${set.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...set.map((c) => line.r[c] ?? null), line.r['id']]);
  await children(m, table, line);
}

/** Rows that hang on a record: a business's tags, a consultation's consultants. */
async function children(m: EntityManager, table: TransferTable, line: PackageLine): Promise<void> {
  const id = String(line.r['id']);
  if (table === 'business') {
    await m.query(`DELETE FROM business_tag WHERE business_id = ?`, [id]);
    let tags: unknown;
    try {
      tags = JSON.parse(String(line.r['tags'] ?? '[]'));
    } catch {
      tags = [];
    }
    if (Array.isArray(tags)) {
      for (const tag of new Set(tags.map(String))) await m.query(`INSERT OR IGNORE INTO business_tag (business_id, tag) VALUES (?, ?)`, [id, tag]);
    }
  } else if (table === 'consultation') {
    await m.query(`DELETE FROM consultation_consultant WHERE consultation_id = ?`, [id]);
    for (const [consultantId, position] of line.cc ?? []) {
      await m.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES (?, ?, ?)`, [id, consultantId, position]);
    }
  }
}

/** Records the incoming version as the one this desk last received (revisions have none). */
export async function setBase(m: EntityManager, table: TransferTable, line: PackageLine): Promise<void> {
  if (table === 'consultation_revision') return;
  await m.query(
    `INSERT INTO transfer_base (entity, record_id, base_updated_at) VALUES (?, ?, ?)
     ON CONFLICT (entity, record_id) DO UPDATE SET base_updated_at = excluded.base_updated_at`,
    [table, line.r['id'], line.r['updated_at']],
  );
}

import type { EntityManager } from 'typeorm';
import type { TransferTable } from '../../../shared/contract';
import type { Row } from './transfer.queries';

/**
 * The import's SQL: what this desk holds of the records a package brings (reads); versions,
 * peers and parked conflicts are in `transfer.sync.queries.ts`.
 *
 * The records themselves are written by the modules that own their tables (businesses,
 * consultations, consultants, follow-ups, trainings, impact), in the import's one transaction.
 */

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Which of the records are here, by their key (`recordKey`), for the tables whose rows never change
 * and so have no version (revisions, days present, "not a duplicate" decisions).
 */
export async function recordsHere(db: EntityManager, table: TransferTable, keyColumns: readonly string[], rows: Row[]): Promise<Set<string>> {
  const one = `(${keyColumns.map(() => '?').join(', ')})`;
  const found: Row[] = await db.query(
    `SELECT ${keyColumns.join(', ')} FROM ${table} WHERE (${keyColumns.join(', ')}) IN (VALUES ${rows.map(() => one).join(', ')})`,
    rows.flatMap((r) => keyColumns.map((c) => r[c])),
  );
  return new Set(found.map((r) => keyColumns.map((c) => String(r[c])).join('|')));
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

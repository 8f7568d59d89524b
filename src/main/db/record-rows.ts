import type { EntityManager } from 'typeorm';

/** Whether a record arriving from another desk is new here or overwrites this desk's version. */
export type RecordWrite = 'insert' | 'update';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Writes a record as another desk has it (a data package): the given columns of `values`, as a
 * new row or over the row with the same id. Only the module that owns `table` calls it, for its
 * own tables; the columns are those both desks have, so they are the schema's own names.
 */
export async function writeRecordRow(m: EntityManager, table: string, write: RecordWrite, columns: string[], values: Record<string, unknown>): Promise<void> {
  if (write === 'insert') {
    await m.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${marks(columns.length)})`, columns.map((c) => values[c] ?? null));
    return;
  }
  const set = columns.filter((c) => c !== 'id');
  await m.query(`UPDATE ${table} SET ${set.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...set.map((c) => values[c] ?? null), values['id']]);
}

/**
 * Removes a record that another desk removed (a tombstone in a data package), named by its key
 * columns. Only the module that owns `table` calls it, for its own tables without an `id`.
 */
export async function deleteRecordRow(m: EntityManager, table: string, keyColumns: readonly string[], values: readonly unknown[]): Promise<void> {
  await m.query(`DELETE FROM ${table} WHERE ${keyColumns.map((c) => `${c} = ?`).join(' AND ')}`, [...values]);
}

import type { QueryRunner } from 'typeorm';

/**
 * The triggers that give every record a package carries a version: a version vector (one logical
 * counter per desk, `{"<desk>": n}`) and a local change sequence, kept in `record_version`
 * (owned by the transfer module). Every insert, every update that changes what travels and every
 * hard delete (a tombstone) made at this desk adds one to this desk's counter; an import sets the
 * versions it brings itself and switches the triggers off meanwhile (`desk_clock.applying`).
 *
 * Wall clocks play no part: which of two versions is newer, or whether they are concurrent, is
 * read from the vectors alone.
 *
 * Shared by the migrations that make the triggers and those that add columns to these tables
 * (which call `createVersionTriggers` again, so that the new columns count as changes).
 */

/** The tables whose records travel, with the expression that names a record (its key). */
export const VERSIONED_TABLES: ReadonlyArray<{ table: string; key: (row: 'NEW' | 'OLD') => string; deletes: boolean }> = [
  { table: 'consultant', key: (r) => `${r}.id`, deletes: false },
  { table: 'business', key: (r) => `${r}.id`, deletes: false },
  { table: 'business_not_duplicate', key: (r) => `${r}.a_id || '|' || ${r}.b_id`, deletes: true },
  { table: 'training', key: (r) => `${r}.id`, deletes: false },
  { table: 'training_participant', key: (r) => `${r}.id`, deletes: false },
  { table: 'training_attendance', key: (r) => `${r}.participant_id || '|' || ${r}.day`, deletes: true },
  { table: 'consultation', key: (r) => `${r}.id`, deletes: false },
  { table: 'consultation_revision', key: (r) => `${r}.id`, deletes: false },
  { table: 'impact_milestone', key: (r) => `${r}.id`, deletes: false },
  { table: 'follow_up', key: (r) => `${r}.id`, deletes: false },
];

/**
 * Columns this desk works out for itself (search words, last activity, a consultation's regency,
 * a follow-up's instants and reminder state): a change to them alone is not a change of the record.
 */
export const DERIVED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  business: ['name_words', 'owner_name_words', 'last_activity_at'],
  consultation: ['regency_code'],
  follow_up: ['due_at', 'effective_at', 'remind_at', 'notified_at'],
};

const bump = (entity: string, key: string, deleted: 0 | 1) => `
    UPDATE desk_clock SET seq = seq + 1;
    INSERT INTO record_version (entity, record_key, vv, seq, deleted)
      SELECT '${entity}', ${key}, json_object(desk_id, 1), seq, ${deleted} FROM desk_clock WHERE id = 1
      ON CONFLICT (entity, record_key) DO UPDATE SET
        vv = json_set(record_version.vv, '$."' || (SELECT desk_id FROM desk_clock) || '"',
               coalesce(json_extract(record_version.vv, '$."' || (SELECT desk_id FROM desk_clock) || '"'), 0) + 1),
        seq = excluded.seq,
        deleted = ${deleted},
        received_from = NULL;`;

const ON = `(SELECT applying FROM desk_clock WHERE id = 1) = 0`;

/**
 * (Re)creates the version triggers of every versioned table, from the columns it has now, less
 * `without` (a migration's `down` leaves out the columns the migrations before it will drop).
 */
export async function createVersionTriggers(q: QueryRunner, without: Readonly<Record<string, readonly string[]>> = {}): Promise<void> {
  await dropVersionTriggers(q);
  for (const { table, key, deletes } of VERSIONED_TABLES) {
    const derived = new Set([...(DERIVED_COLUMNS[table] ?? []), ...(without[table] ?? [])]);
    const columns = ((await q.query(`PRAGMA table_info(${table})`)) as Array<{ name: string }>).map((c) => c.name).filter((c) => !derived.has(c));
    const changed = columns.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');
    await q.query(`CREATE TRIGGER version_${table}_insert AFTER INSERT ON ${table} WHEN ${ON} BEGIN ${bump(table, key('NEW'), 0)} END`);
    await q.query(`CREATE TRIGGER version_${table}_update AFTER UPDATE ON ${table} WHEN ${ON} AND (${changed}) BEGIN ${bump(table, key('NEW'), 0)} END`);
    if (deletes) await q.query(`CREATE TRIGGER version_${table}_delete AFTER DELETE ON ${table} WHEN ${ON} BEGIN ${bump(table, key('OLD'), 1)} END`);
  }
}

export async function dropVersionTriggers(q: QueryRunner): Promise<void> {
  for (const { table } of VERSIONED_TABLES) {
    for (const kind of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS version_${table}_${kind}`);
  }
}

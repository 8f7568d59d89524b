import type { EntityManager } from 'typeorm';
import type { TransferTable } from '../../../shared/contract';
import { KEY_COLUMNS, LOCAL_COLUMNS, recordKey, type PackageLine } from './package';
import { localRows, recordsHere } from './transfer.import.queries';
import type { Row } from './transfer.queries';
import { versionsOf } from './transfer.sync.queries';
import { compare, join, parseVector, type Vector } from './versions';

/**
 * - new: not here (or removed here before the other desk re-made it): inserted.
 * - updated: the incoming version has seen this desk's and more: it replaces it.
 * - unchanged: this desk has that version or a later one (a package applied twice, an old one).
 * - merged: both desks changed it without knowing of each other, to the same content: versions join.
 * - conflict: both changed it without knowing of each other, differently: parked for a person.
 * - deleted: a tombstone that has seen this desk's version: the record goes.
 */
export type Decision = 'new' | 'updated' | 'unchanged' | 'merged' | 'conflict' | 'deleted';

export interface Classified {
  line: PackageLine;
  key: string;
  decision: Decision;
  /** The incoming version vector. */
  incoming: Vector;
  /** This desk's version (empty when it has none). */
  local: Vector;
  /** The version this desk holds after the decision, when it changes (null: leave it). */
  store: { vv: Vector; deleted: boolean } | null;
  /** This desk's row, read for a concurrent change (a merge keeps the later save of equal contents). */
  localRow?: Row;
}

/** Tables whose records never change once made: a record is here or not, and is removed by a tombstone. */
const FACTS: readonly TransferTable[] = ['consultation_revision', 'training_attendance', 'business_not_duplicate'];
export const isVersioned = (table: TransferTable): boolean => !FACTS.includes(table);

/** Columns that differ between two desks' rows without being a change (who saved last, and when). */
const STAMP_COLUMNS = ['updated_at', 'updated_by'];

/** The columns whose values differ between this desk's row and the incoming one. */
export function differingColumns(columns: readonly string[], mine: Row, theirs: Row, skip: ReadonlySet<string>): string[] {
  return columns.filter((c) => !STAMP_COLUMNS.includes(c) && !skip.has(c) && String(mine[c] ?? '') !== String(theirs[c] ?? ''));
}

/**
 * Decisions for a batch of one table, against this desk's records and versions: what the preview
 * counts and the apply does. `columns` are those both desks have and the package carries in full.
 */
export async function classify(db: EntityManager, table: TransferTable, batch: PackageLine[], columns: readonly string[], masked: ReadonlySet<string>): Promise<Classified[]> {
  const keys = batch.map((l) => recordKey(table, l.r));
  const versions = await versionsOf(db, table, keys);
  const here = await recordsHere(db, table, KEY_COLUMNS[table], batch.map((l) => l.r));
  const out: Classified[] = batch.map((line, i) => {
    const key = keys[i]!;
    const incoming = parseVector(line.v ?? {});
    const stored = versions.get(key);
    const local = stored?.vv ?? {};
    const present = here.has(key);
    const order = compare(incoming, local);
    const decided = (decision: Decision, store: Classified['store'] = null): Classified => ({ line, key, decision, incoming, local, store });
    if (line.d) {
      if (!present) return order === 'before' || order === 'equal' ? decided('unchanged') : decided('unchanged', { vv: join(local, incoming), deleted: true });
      if (order === 'after') return decided('deleted', { vv: incoming, deleted: true });
      // Removed there while changed (or made again) here: the record stays, having seen the removal.
      if (order === 'concurrent') return decided('unchanged', { vv: join(local, incoming), deleted: false });
      return decided('unchanged');
    }
    if (!present) {
      if (stored?.deleted && (order === 'before' || order === 'equal')) return decided('unchanged');
      return decided('new', { vv: join(local, incoming), deleted: false });
    }
    if (order === 'before' || order === 'equal') return decided('unchanged');
    if (!isVersioned(table)) return decided('unchanged', { vv: join(local, incoming), deleted: false });
    if (order === 'after') return decided('updated', { vv: incoming, deleted: false });
    return decided('conflict');
  });
  // Concurrent changes to the same content are no conflict.
  const concurrent = out.filter((x) => x.decision === 'conflict');
  if (concurrent.length > 0) {
    const mine = await localRows(db, table, concurrent.map((x) => x.key));
    const skip = new Set([...masked, ...(LOCAL_COLUMNS[table] ?? [])]);
    for (const x of concurrent) {
      const row = mine.get(x.key);
      if (row && differingColumns(columns, row, x.line.r, skip).length === 0) {
        x.decision = 'merged';
        x.localRow = row;
        x.store = { vv: join(x.local, x.incoming), deleted: false };
      }
    }
  }
  return out;
}

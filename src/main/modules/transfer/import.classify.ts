import type { EntityManager } from 'typeorm';
import type { TransferTable } from '../../../shared/contract';
import { KEY_COLUMNS, recordKey, type PackageLine } from './package';
import { baseVersions, localVersions, recordsHere } from './transfer.import.queries';

export type Decision = 'new' | 'updated' | 'unchanged' | 'conflict';

/**
 * How an incoming version of a record relates to this desk's, from four timestamps:
 * `local` (this desk's updated_at; undefined when the record is not here), `incoming` (the
 * package's), `incomingBase` (the version the other desk last received, null if it never did) and
 * `localBase` (the version this desk last received). A record changed on both sides since their
 * common version is a conflict; a stale copy of an older version never overwrites a newer one.
 */
export function decide(local: string | undefined, incoming: string, incomingBase: string | null, localBase: string | null): Decision {
  if (local === undefined) return 'new';
  if (incoming === local) return 'unchanged';
  // We had this very version before and changed it since: ours is newer.
  if (localBase === incoming) return 'unchanged';
  // The other desk built on exactly our version.
  if (incomingBase === local) return 'updated';
  // Not changed here since we last received it: nothing of ours can be lost.
  if (localBase !== null && local === localBase) return incoming > local ? 'updated' : 'unchanged';
  // Not changed there since it received it, and older than ours: a stale copy.
  if (incomingBase !== null && incoming === incomingBase && incoming < local) return 'unchanged';
  return 'conflict';
}

export interface Classified {
  line: PackageLine;
  decision: Decision;
  /** This desk's base differs from the incoming version that it now matches or takes. */
  setBase: boolean;
}

/** Tables whose records never change once made: a record is here or new, and has no version nor base. */
const UNVERSIONED: readonly TransferTable[] = ['consultation_revision', 'training_attendance', 'business_not_duplicate'];
export const isVersioned = (table: TransferTable): boolean => !UNVERSIONED.includes(table);

/** Decisions for a batch of one table, against this desk's rows and bases: what the preview counts and the apply does. */
export async function classify(db: EntityManager, table: TransferTable, batch: PackageLine[]): Promise<Classified[]> {
  if (!isVersioned(table)) {
    const here = await recordsHere(db, table, KEY_COLUMNS[table], batch.map((l) => l.r));
    return batch.map((line) => ({ line, decision: here.has(recordKey(table, line.r)) ? 'unchanged' : 'new', setBase: false }));
  }
  const ids = batch.map((l) => String(l.r['id']));
  const local = await localVersions(db, table, ids);
  const bases = await baseVersions(db, table, ids);
  return batch.map((line) => {
    const id = String(line.r['id']);
    const incoming = String(line.r['updated_at']);
    const localBase = bases.get(id) ?? null;
    const decision = decide(local.get(id), incoming, line.b ?? null, localBase);
    return { line, decision, setBase: decision === 'unchanged' && local.get(id) === incoming && localBase !== incoming };
  });
}

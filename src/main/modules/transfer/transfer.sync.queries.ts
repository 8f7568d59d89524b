import type { DataSource, EntityManager } from 'typeorm';
import type { TransferTable } from '../../../shared/contract';
import { parseVector, vectorText, type Vector } from './versions';

/**
 * What keeps desks in step (all owned by the transfer module): this desk's clock (`desk_clock`),
 * each record's version (`record_version`, kept by triggers for local changes and here for what an
 * import brings), the desks heard from (`transfer_peer`), parked conflicts (`transfer_conflict`)
 * and the office key (`office_key`).
 */

type Db = DataSource | EntityManager;
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export interface DeskClock {
  /** This desk's name in version vectors. */
  deskId: string;
  /** The local sequence of the last change. */
  seq: number;
}

export async function deskClock(db: Db): Promise<DeskClock> {
  const rows: Array<{ desk_id: string; seq: number }> = await db.query(`SELECT desk_id, seq FROM desk_clock WHERE id = 1`);
  const r = rows[0];
  if (!r) throw new Error('desk_clock has no row');
  return { deskId: r.desk_id, seq: Number(r.seq) };
}

/**
 * Gives this desk its own name in version vectors (at first run: a copied or cloned database must
 * not speak as another desk). Records made so far are counted under the new name.
 */
export async function renameDesk(m: EntityManager, deskId: string): Promise<void> {
  const old = await deskClock(m);
  await m.query(`UPDATE desk_clock SET desk_id = ? WHERE id = 1`, [deskId]);
  await m.query(`UPDATE record_version SET vv = replace(vv, ?, ?) WHERE vv LIKE ?`, [`"${old.deskId}"`, `"${deskId}"`, `%"${old.deskId}"%`]);
}

/**
 * While on, local-change triggers stay quiet: what an import writes carries the versions it
 * brings. Set inside the import's transaction, so a rollback turns it off again.
 */
export async function setApplying(m: EntityManager, on: boolean): Promise<void> {
  await m.query(`UPDATE desk_clock SET applying = ? WHERE id = 1`, [on ? 1 : 0]);
}

export interface StoredVersion {
  vv: Vector;
  deleted: boolean;
}

/** The versions this desk holds of the records (tombstones included), by record key. */
export async function versionsOf(db: Db, table: TransferTable, keys: string[]): Promise<Map<string, StoredVersion>> {
  const out = new Map<string, StoredVersion>();
  for (let i = 0; i < keys.length; i += 500) {
    const slice = keys.slice(i, i + 500);
    const rows: Array<{ record_key: string; vv: string; deleted: number }> = await db.query(
      `SELECT record_key, vv, deleted FROM record_version WHERE entity = ? AND record_key IN (${marks(slice.length)})`,
      [table, ...slice],
    );
    for (const r of rows) out.set(r.record_key, { vv: parseVector(r.vv), deleted: r.deleted === 1 });
  }
  return out;
}

/**
 * Sets a record's version as an import brought it (`from`: the sending desk) or a decision made it
 * here (`from` null), as a change of this desk's sequence.
 */
export async function setVersion(m: EntityManager, table: TransferTable, key: string, vv: Vector, deleted: boolean, from: string | null): Promise<void> {
  await m.query(`UPDATE desk_clock SET seq = seq + 1 WHERE id = 1`);
  await m.query(
    `INSERT INTO record_version (entity, record_key, vv, seq, deleted, received_from)
     SELECT ?, ?, ?, seq, ?, ? FROM desk_clock WHERE id = 1
     ON CONFLICT (entity, record_key) DO UPDATE SET vv = excluded.vv, seq = excluded.seq, deleted = excluded.deleted, received_from = excluded.received_from`,
    [table, key, vectorText(vv), deleted ? 1 : 0, from],
  );
}

/** The records of a table a package of changes for `peerId` holds: changed after `sinceSeq`, not received from that desk. */
export async function changedKeys(db: Db, table: TransferTable, sinceSeq: number, peerId: string): Promise<string[]> {
  const rows: Array<{ record_key: string }> = await db.query(
    `SELECT record_key FROM record_version WHERE entity = ? AND seq > ? AND deleted = 0 AND (received_from IS NULL OR received_from <> ?) ORDER BY record_key`,
    [table, sinceSeq, peerId],
  );
  return rows.map((r) => r.record_key);
}

/** Tombstones of the table changed after `sinceSeq` (all of them for 0), but those `peerId` sent. */
export async function tombstones(db: Db, table: TransferTable, sinceSeq: number, peerId: string | null): Promise<Array<{ key: string; vv: Vector }>> {
  const rows: Array<{ record_key: string; vv: string }> = await db.query(
    `SELECT record_key, vv FROM record_version WHERE entity = ? AND deleted = 1 AND seq > ? AND (received_from IS NULL OR received_from IS NOT ?) ORDER BY record_key`,
    [table, sinceSeq, peerId],
  );
  return rows.map((r) => ({ key: r.record_key, vv: parseVector(r.vv) }));
}

/** How many records changed here after `afterSeq` that `peerId` does not have from itself. */
export async function changesSince(db: Db, afterSeq: number, peerId: string): Promise<number> {
  const rows: Array<{ n: number }> = await db.query(
    `SELECT count(*) AS n FROM record_version WHERE seq > ? AND (received_from IS NULL OR received_from <> ?)`,
    [afterSeq, peerId],
  );
  return Number(rows[0]?.n ?? 0);
}

// ---- desks heard from ----

export interface PeerRow {
  desk_id: string;
  desk_code: string | null;
  office_name: string | null;
  /** The last sequence of theirs whose changes this desk has applied, all of them. */
  received_seq: number;
  /** The last sequence of ours they have told us they applied. */
  acked_seq: number;
  last_package_at: string | null;
}

export async function peers(db: Db): Promise<PeerRow[]> {
  return db.query(`SELECT desk_id, desk_code, office_name, received_seq, acked_seq, last_package_at FROM transfer_peer ORDER BY desk_code, desk_id`);
}

export async function peer(db: Db, deskId: string): Promise<PeerRow | null> {
  const rows: PeerRow[] = await db.query(
    `SELECT desk_id, desk_code, office_name, received_seq, acked_seq, last_package_at FROM transfer_peer WHERE desk_id = ?`,
    [deskId],
  );
  return rows[0] ?? null;
}

/** Notes a package from a desk: its names, how far its changes are applied here, and at what time. */
export async function notePeer(m: EntityManager, p: { deskId: string; code: string | null; officeName: string | null; receivedSeq: number | null; at: string }): Promise<void> {
  await m.query(
    `INSERT INTO transfer_peer (desk_id, desk_code, office_name, received_seq, acked_seq, last_package_at) VALUES (?, ?, ?, ?, 0, ?)
     ON CONFLICT (desk_id) DO UPDATE SET desk_code = excluded.desk_code, office_name = excluded.office_name,
       received_seq = max(transfer_peer.received_seq, excluded.received_seq), last_package_at = excluded.last_package_at`,
    [p.deskId, p.code, p.officeName, p.receivedSeq ?? 0, p.at],
  );
}

/** A desk told us (in its package) it has applied our changes up to `seq`. */
export async function noteAcknowledged(m: EntityManager, deskId: string, seq: number): Promise<void> {
  await m.query(`UPDATE transfer_peer SET acked_seq = max(acked_seq, ?) WHERE desk_id = ?`, [seq, deskId]);
}

// ---- parked conflicts ----

export interface ConflictRow {
  id: string;
  entity: TransferTable;
  record_key: string;
  local_vv: string;
  incoming_vv: string;
  incoming_line: string;
  from_desk_code: string | null;
  detected_at: string;
  status: 'open' | 'decided' | 'superseded';
  decided_at: string | null;
  decided_by: string | null;
}

const CONFLICT_COLUMNS = 'id, entity, record_key, local_vv, incoming_vv, incoming_line, from_desk_code, detected_at, status, decided_at, decided_by';

export async function openConflictsOf(db: Db, table: TransferTable, key: string): Promise<ConflictRow[]> {
  return db.query(`SELECT ${CONFLICT_COLUMNS} FROM transfer_conflict WHERE entity = ? AND record_key = ? AND status = 'open'`, [table, key]);
}

export async function parkConflict(m: EntityManager, c: Omit<ConflictRow, 'status' | 'decided_at' | 'decided_by'>): Promise<void> {
  await m.query(
    `INSERT INTO transfer_conflict (id, entity, record_key, local_vv, incoming_vv, incoming_line, from_desk_code, detected_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')`,
    [c.id, c.entity, c.record_key, c.local_vv, c.incoming_vv, c.incoming_line, c.from_desk_code, c.detected_at],
  );
}

export async function closeConflict(m: EntityManager, id: string, status: 'decided' | 'superseded', at: string, by: string | null): Promise<void> {
  await m.query(`UPDATE transfer_conflict SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'open'`, [status, at, by, id]);
}

export async function conflictById(db: Db, id: string): Promise<ConflictRow | null> {
  const rows: ConflictRow[] = await db.query(`SELECT ${CONFLICT_COLUMNS} FROM transfer_conflict WHERE id = ?`, [id]);
  return rows[0] ?? null;
}

export async function openConflicts(db: Db, limit: number): Promise<ConflictRow[]> {
  return db.query(`SELECT ${CONFLICT_COLUMNS} FROM transfer_conflict WHERE status = 'open' ORDER BY detected_at, id LIMIT ?`, [limit]);
}

export async function openConflictCount(db: Db): Promise<number> {
  const rows: Array<{ n: number }> = await db.query(`SELECT count(*) AS n FROM transfer_conflict WHERE status = 'open'`);
  return Number(rows[0]?.n ?? 0);
}

/** Every conflict ever parked here (for checks and the history): entity, record and both versions. */
export async function allConflicts(db: Db): Promise<ConflictRow[]> {
  return db.query(`SELECT ${CONFLICT_COLUMNS} FROM transfer_conflict ORDER BY detected_at, id`);
}

// ---- the office key ----

export interface OfficeKeyRow {
  secret: string;
  fingerprint: string;
  office_name: string | null;
  created_at: string;
  updated_at: string;
}

export async function officeKey(db: Db): Promise<OfficeKeyRow | null> {
  const rows: OfficeKeyRow[] = await db.query(`SELECT secret, fingerprint, office_name, created_at, updated_at FROM office_key WHERE id = 1`);
  return rows[0] ?? null;
}

export async function saveOfficeKey(m: EntityManager, k: { secret: string; fingerprint: string; officeName: string | null; now: string; actorId: string | null }): Promise<void> {
  await m.query(
    `INSERT INTO office_key (id, secret, fingerprint, office_name, created_at, updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET secret = excluded.secret, fingerprint = excluded.fingerprint, office_name = excluded.office_name,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [k.secret, k.fingerprint, k.officeName, k.now, k.now, k.actorId],
  );
}

// ---- whose data an export held ----

type Kind = 'business' | 'participant';

/** Records the subjects an export's files or package held, selected by a predicate on the table (`t`). */
export async function recordExportSubjectsWhere(m: EntityManager, exportId: string, kind: Kind, where: [string, unknown[]]): Promise<void> {
  const table = kind === 'business' ? 'business' : 'training_participant';
  await m.query(`INSERT OR IGNORE INTO export_subject (export_id, kind, record_id) SELECT ?, ?, t.id FROM ${table} t WHERE ${where[0]}`, [exportId, kind, ...where[1]]);
}

/** Records the subjects an export held, by id. */
export async function recordExportSubjects(m: EntityManager, exportId: string, kind: Kind, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 300) {
    const slice = ids.slice(i, i + 300);
    await m.query(
      `INSERT OR IGNORE INTO export_subject (export_id, kind, record_id) VALUES ${slice.map(() => '(?, ?, ?)').join(', ')}`,
      slice.flatMap((id) => [exportId, kind, id]),
    );
  }
}

/**
 * Whose data an export held; null when nothing is recorded (an export made before they were, or
 * one that held nobody: working it out again from the scope gives the same nobody).
 */
export async function exportSubjects(db: Db, exportId: string): Promise<{ businesses: string[]; participants: string[] } | null> {
  const rows: Array<{ kind: Kind; record_id: string }> = await db.query(`SELECT kind, record_id FROM export_subject WHERE export_id = ? ORDER BY kind, record_id`, [exportId]);
  if (rows.length === 0) return null;
  return { businesses: rows.filter((r) => r.kind === 'business').map((r) => r.record_id), participants: rows.filter((r) => r.kind === 'participant').map((r) => r.record_id) };
}

import type { EntityManager } from 'typeorm';

/** The consultant_access table's reads and writes (this module owns it), on the caller's manager. */

export type Role = 'admin' | 'konsultan';

export interface ConsultantAccessRow {
  consultantId: string;
  role: Role;
  pinHash: string | null;
  pinSetAt: string | null;
  failedPinCount: number;
  pinLockedUntil: string | null;
}

interface RawAccess {
  consultant_id: string;
  role: string;
  pin_hash: string | null;
  pin_set_at: string | null;
  failed_pin_count: number;
  pin_locked_until: string | null;
}

const fromRaw = (r: RawAccess): ConsultantAccessRow => ({
  consultantId: r.consultant_id,
  role: r.role === 'admin' ? 'admin' : 'konsultan',
  pinHash: r.pin_hash,
  pinSetAt: r.pin_set_at,
  failedPinCount: Number(r.failed_pin_count) || 0,
  pinLockedUntil: r.pin_locked_until,
});

/** A consultant's access; a consultant without a row is a konsultan without a PIN. */
export async function accessOf(db: EntityManager, consultantId: string): Promise<ConsultantAccessRow> {
  const rows = (await db.query(`SELECT * FROM consultant_access WHERE consultant_id = ?`, [consultantId])) as RawAccess[];
  return rows[0] ? fromRaw(rows[0]) : { consultantId, role: 'konsultan', pinHash: null, pinSetAt: null, failedPinCount: 0, pinLockedUntil: null };
}

/** Role and whether a PIN is set, for every consultant that has a row. */
export async function accessSummaries(db: EntityManager): Promise<Map<string, { role: Role; hasPin: boolean }>> {
  const rows = (await db.query(`SELECT consultant_id, role, pin_hash IS NOT NULL AS has_pin FROM consultant_access`)) as Array<{
    consultant_id: string;
    role: string;
    has_pin: number;
  }>;
  return new Map(rows.map((r) => [r.consultant_id, { role: r.role === 'admin' ? 'admin' : 'konsultan', hasPin: Boolean(r.has_pin) }]));
}

/** How many active, not deleted consultants are admins (a desk keeps at least one). */
export async function countActiveAdmins(db: EntityManager, exceptId?: string): Promise<number> {
  const rows = (await db.query(
    `SELECT count(*) AS n FROM consultant_access a JOIN consultant c ON c.id = a.consultant_id
     WHERE a.role = 'admin' AND c.active = 1 AND c.deleted_at IS NULL AND c.id <> ?`,
    [exceptId ?? ''],
  )) as Array<{ n: number }>;
  return Number(rows[0]?.n ?? 0);
}

/** Writes the whole access row (insert or replace). */
export async function writeAccess(db: EntityManager, row: ConsultantAccessRow, at: string): Promise<void> {
  await db.query(
    `INSERT INTO consultant_access (consultant_id, role, pin_hash, pin_set_at, failed_pin_count, pin_locked_until, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (consultant_id) DO UPDATE SET role = excluded.role, pin_hash = excluded.pin_hash, pin_set_at = excluded.pin_set_at,
       failed_pin_count = excluded.failed_pin_count, pin_locked_until = excluded.pin_locked_until, updated_at = excluded.updated_at`,
    [row.consultantId, row.role, row.pinHash, row.pinSetAt, row.failedPinCount, row.pinLockedUntil, at],
  );
}

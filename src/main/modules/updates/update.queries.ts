import type { EntityManager } from 'typeorm';

/** The one row of `update_settings` (this module owns the table). */
export interface UpdateSettingsRow {
  folder: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export async function readUpdateSettings(db: EntityManager): Promise<UpdateSettingsRow> {
  const rows: Array<{ folder: string | null; updated_at: string; updated_by: string | null }> = await db.query(
    `SELECT folder, updated_at, updated_by FROM update_settings WHERE id = 1`,
  );
  const r = rows[0];
  return r ? { folder: r.folder, updatedAt: r.updated_at, updatedBy: r.updated_by } : { folder: null, updatedAt: null, updatedBy: null };
}

export async function writeUpdateSettings(db: EntityManager, row: { folder: string | null; updatedAt: string; updatedBy: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO update_settings (id, folder, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET folder = excluded.folder, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [row.folder, row.updatedAt, row.updatedBy],
  );
}

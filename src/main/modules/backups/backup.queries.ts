import type { EntityManager } from 'typeorm';

/** The one row of `backup_settings` (this module owns the table). */
export interface BackupSettingsRow {
  secondFolder: string | null;
  password: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

const NONE: BackupSettingsRow = { secondFolder: null, password: null, updatedAt: null, updatedBy: null };

export async function readBackupSettings(db: EntityManager): Promise<BackupSettingsRow> {
  const rows: Array<{ second_folder: string | null; password: string | null; updated_at: string; updated_by: string | null }> = await db.query(
    `SELECT second_folder, password, updated_at, updated_by FROM backup_settings WHERE id = 1`,
  );
  const r = rows[0];
  if (!r) return NONE;
  return { secondFolder: r.second_folder, password: r.password, updatedAt: r.updated_at, updatedBy: r.updated_by };
}

export async function writeBackupSettings(db: EntityManager, row: BackupSettingsRow & { updatedAt: string }): Promise<void> {
  await db.query(
    `INSERT INTO backup_settings (id, second_folder, password, updated_at, updated_by) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET second_folder = excluded.second_folder, password = excluded.password,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [row.secondFolder, row.password, row.updatedAt, row.updatedBy],
  );
}

import type { EntityManager } from 'typeorm';

/** The record of processing's texts the office changed from the defaults (the privacy module owns processing_record_text). */

export async function readTexts(db: EntityManager): Promise<Array<{ field: string; text: string; updatedAt: string }>> {
  const rows: Array<{ field: string; text: string; updated_at: string }> = await db.query(`SELECT field, text, updated_at FROM processing_record_text`);
  return rows.map((r) => ({ field: r.field, text: r.text, updatedAt: r.updated_at }));
}

export async function writeText(db: EntityManager, field: string, text: string, at: string, by: string | null): Promise<void> {
  await db.query(
    `INSERT INTO processing_record_text (field, text, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (field) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [field, text, at, by],
  );
}

/** Back to the default text. */
export async function removeText(db: EntityManager, field: string): Promise<void> {
  await db.query(`DELETE FROM processing_record_text WHERE field = ?`, [field]);
}

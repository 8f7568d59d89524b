import type { EntityManager } from 'typeorm';
import { writeRecordRow, type RecordWrite } from '../../db/record-rows';

/**
 * Writes a consultation as a data package from another desk has it (the given columns of the
 * package's row), with its consultants in their order (`[consultantId, position]`).
 */
export async function writeTransferredConsultation(
  m: EntityManager,
  write: RecordWrite,
  columns: string[],
  r: Record<string, unknown>,
  consultants: Array<[string, number]>,
): Promise<void> {
  await writeRecordRow(m, 'consultation', write, columns, r);
  const id = String(r['id']);
  await m.query(`DELETE FROM consultation_consultant WHERE consultation_id = ?`, [id]);
  for (const [consultantId, position] of consultants) {
    await m.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES (?, ?, ?)`, [id, consultantId, position]);
  }
}

/** Writes a revision of a consultation as a data package from another desk has it. */
export async function writeTransferredRevision(m: EntityManager, write: RecordWrite, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(m, 'consultation_revision', write, columns, r);
}

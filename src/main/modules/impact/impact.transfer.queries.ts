import type { EntityManager } from 'typeorm';
import { writeRecordRow, type RecordWrite } from '../../db/record-rows';

/** Writes an impact milestone as a data package from another desk has it (the given columns of the package's row). */
export async function writeTransferredMilestone(m: EntityManager, write: RecordWrite, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(m, 'impact_milestone', write, columns, r);
}

import type { EntityManager } from 'typeorm';
import { deleteRecordRow, writeRecordRow, type RecordWrite } from '../../db/record-rows';
import { ERASED_OWNER_COLUMNS, eraseOwnerData, replaceBusinessTags } from './business.queries';

/**
 * Writes a business profile as a data package from another desk has it (the given columns of the
 * package's row), with its tags made again from the row's `tags` list.
 */
export async function writeTransferredBusiness(m: EntityManager, write: RecordWrite, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(m, 'business', write, columns, r);
  const id = String(r['id']);
  let tags: unknown;
  try {
    tags = JSON.parse(String(r['tags'] ?? '[]'));
  } catch {
    tags = [];
  }
  await replaceBusinessTags(m, id, Array.isArray(tags) ? tags.map(String) : []);
}

/** Records a "not a duplicate" decision that a data package from another desk brings (a decision never changes). */
export async function writeTransferredNotDuplicate(m: EntityManager, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(m, 'business_not_duplicate', 'insert', columns, r);
}

/** Removes a "not a duplicate" decision that another desk no longer holds (`aId|bId`). */
export async function removeTransferredNotDuplicate(m: EntityManager, aId: string, bId: string): Promise<void> {
  await deleteRecordRow(m, 'business_not_duplicate', ['a_id', 'b_id'], [aId, bId]);
}

/** What an erasure of the owner's data looks like in a package's row, and how it is done here (with that desk's time and person). */
export const ownerErasure = {
  columns: ERASED_OWNER_COLUMNS,
  erased: (r: Record<string, unknown> | undefined): boolean => Boolean(r?.['personal_data_erased_at']),
  apply: (m: EntityManager, id: string, arrived: Record<string, unknown>): Promise<void> =>
    eraseOwnerData(m, id, { now: String(arrived['personal_data_erased_at']), actorId: (arrived['updated_by'] as string | null) ?? null }),
};

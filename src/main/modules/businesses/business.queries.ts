import type { EntityManager } from 'typeorm';
import { BusinessEntity, type BusinessRow } from './business.entity';

/**
 * The business, business_tag and business_not_duplicate tables' reads and writes (this module owns
 * them). Every function runs on the caller's manager (its transaction when it has one). The list
 * and duplicate searches are in business.search.queries.ts.
 */

/** Who wrote a row and when. */
export interface Stamp {
  now: string;
  actorId: string | null;
}

/** The profile, deleted or not; null when there is none. */
export function findBusiness(db: EntityManager, id: string): Promise<BusinessRow | null> {
  return db.getRepository(BusinessEntity).findOne({ where: { id } });
}

/** The profile when it is not deleted (nor merged away); null otherwise. */
export async function liveBusinessRow(db: EntityManager, id: string): Promise<BusinessRow | null> {
  const row = await findBusiness(db, id);
  return row && !row.deletedAt ? row : null;
}

/** The name of the consultant who last wrote a profile. */
export async function consultantName(db: EntityManager, consultantId: string): Promise<string | null> {
  const rows: Array<{ name: string }> = await db.query(`SELECT name FROM consultant WHERE id = ?`, [consultantId]);
  return rows[0]?.name ?? null;
}

export async function insertBusinessRow(db: EntityManager, row: BusinessRow): Promise<void> {
  await db.getRepository(BusinessEntity).insert(row);
}

export async function saveBusinessRow(db: EntityManager, row: BusinessRow): Promise<void> {
  await db.getRepository(BusinessEntity).save(row);
}

/** Deletes (`deletedAt` set) or restores (null) a profile. */
export async function setBusinessDeletedAt(db: EntityManager, id: string, deletedAt: string | null, stamp: Stamp): Promise<void> {
  await db.getRepository(BusinessEntity).update({ id }, { deletedAt, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

/** Retires a profile merged into `survivorId`. */
export async function setMergedInto(db: EntityManager, id: string, survivorId: string, stamp: Stamp): Promise<void> {
  await db
    .getRepository(BusinessEntity)
    .update({ id }, { mergedIntoId: survivorId, deletedAt: stamp.now, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

/** The columns an erasure empties (as stored), for whatever must not bring them back. */
export const ERASED_OWNER_COLUMNS = ['owner_name', 'owner_name_key', 'owner_name_words', 'owner_nik', 'owner_birth_date', 'owner_phone', 'owner_email', 'address', 'village_code'] as const;

/** Erases the owner's personal data; gender stays (women-led statistics, identifies no one on its own). */
export async function eraseOwnerData(db: EntityManager, id: string, stamp: Stamp): Promise<void> {
  await db.getRepository(BusinessEntity).update(
    { id },
    {
      ownerName: null,
      ownerNameKey: null,
      ownerNameWords: '',
      ownerNik: null,
      ownerBirthDate: null,
      ownerPhone: null,
      ownerEmail: null,
      address: null,
      villageCode: null,
      personalDataErasedAt: stamp.now,
      updatedAt: stamp.now,
      updatedBy: stamp.actorId,
    },
  );
}

/** The profile's names as stored, for its name keys. */
export async function businessNames(db: EntityManager, id: string): Promise<{ name: string; ownerName: string | null } | null> {
  const [row]: Array<{ name: string; owner_name: string | null }> = await db.query(`SELECT name, owner_name FROM business WHERE id = ?`, [id]);
  return row ? { name: row.name, ownerName: row.owner_name } : null;
}

export async function setNameWords(db: EntityManager, id: string, nameWords: string, ownerNameWords: string): Promise<void> {
  await db.query(`UPDATE business SET name_words = ?, owner_name_words = ? WHERE id = ?`, [nameWords, ownerNameWords, id]);
}

/** The profile's tag rows become exactly `tags`. */
export async function replaceBusinessTags(db: EntityManager, id: string, tags: Iterable<string>): Promise<void> {
  await db.query(`DELETE FROM business_tag WHERE business_id = ?`, [id]);
  for (const tag of new Set(tags)) await db.query(`INSERT OR IGNORE INTO business_tag (business_id, tag) VALUES (?, ?)`, [id, tag]);
}

/** Tags of live profiles, most used first. */
export function tagCounts(db: EntityManager): Promise<Array<{ tag: string; count: number }>> {
  return db.query(
    `SELECT t.tag, count(*) AS count FROM business_tag t JOIN business b ON b.id = t.business_id
     WHERE b.deleted_at IS NULL GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 200`,
  );
}

/** The profiles the consultant said are not duplicates of `id`. */
export async function notDuplicatesOf(db: EntityManager, id: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await db.query(`SELECT b_id AS id FROM business_not_duplicate WHERE a_id = ?`, [id]);
  return rows.map((r) => r.id);
}

/** Records that `a` and `b` are not duplicates, both ways round. */
export async function insertNotDuplicate(db: EntityManager, a: string, b: string, stamp: Stamp): Promise<void> {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    await db.query(`INSERT OR IGNORE INTO business_not_duplicate (a_id, b_id, created_at, updated_by) VALUES (?, ?, ?, ?)`, [
      x,
      y,
      stamp.now,
      stamp.actorId,
    ]);
  }
}

/** "Not a duplicate" decisions about `fromId` now speak of `toId`, both ways round. */
export async function moveNotDuplicates(db: EntityManager, fromId: string, toId: string): Promise<void> {
  await db.query(`UPDATE OR IGNORE business_not_duplicate SET a_id = ? WHERE a_id = ?`, [toId, fromId]);
  await db.query(`UPDATE OR IGNORE business_not_duplicate SET b_id = ? WHERE b_id = ?`, [toId, fromId]);
  await db.query(`DELETE FROM business_not_duplicate WHERE a_id = b_id OR a_id = ? OR b_id = ?`, [fromId, fromId]);
}

/** Restricts processing of the owner's data (a time) or lifts it (null); the version moves so other desks get it. */
export async function setBusinessRestricted(db: EntityManager, id: string, restrictedAt: string | null, stamp: Stamp): Promise<void> {
  await db.query(`UPDATE business SET restricted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [restrictedAt, stamp.now, stamp.actorId, id]);
}

/** The restricted ones among these businesses, with their names. */
export async function restrictedBusinesses(db: EntityManager, ids: string[]): Promise<Array<{ id: string; name: string }>> {
  const out: Array<{ id: string; name: string }> = [];
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    out.push(
      ...((await db.query(`SELECT id, name FROM business WHERE restricted_at IS NOT NULL AND id IN (${slice.map(() => '?').join(',')})`, slice)) as Array<{
        id: string;
        name: string;
      }>),
    );
  }
  return out;
}

/** The first few restricted live businesses (of these kabupaten/kota, when given), with their names. */
export async function anyRestrictedBusinesses(db: EntityManager, limit: number, regencyCodes?: string[]): Promise<Array<{ id: string; name: string }>> {
  const inRegencies = regencyCodes?.length ? ` AND regency_code IN (${regencyCodes.map(() => '?').join(',')})` : '';
  return (await db.query(
    `SELECT id, name FROM business WHERE restricted_at IS NOT NULL AND deleted_at IS NULL${inRegencies} ORDER BY name LIMIT ?`,
    [...(regencyCodes ?? []), limit],
  )) as Array<{ id: string; name: string }>;
}

/** Businesses whose name or owner's name contains the text, for picking a data subject. */
export async function searchBusinessOwners(
  db: EntityManager,
  text: string,
  limit: number,
): Promise<Array<{ id: string; name: string; ownerName: string | null; restrictedAt: string | null }>> {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = (await db.query(
    `SELECT id, name, owner_name, restricted_at FROM business
     WHERE deleted_at IS NULL AND merged_into_id IS NULL AND (owner_name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')
     ORDER BY coalesce(owner_name, name) COLLATE NOCASE LIMIT ?`,
    [like, like, limit],
  )) as Array<{ id: string; name: string; owner_name: string | null; restricted_at: string | null }>;
  return rows.map((r) => ({ id: r.id, name: r.name, ownerName: r.owner_name, restrictedAt: r.restricted_at }));
}

/** A business's name, owner and restriction, deleted or not; null when there is none. */
export async function businessSubject(db: EntityManager, id: string): Promise<{ id: string; name: string; ownerName: string | null; restrictedAt: string | null } | null> {
  const [r] = (await db.query(`SELECT id, name, owner_name, restricted_at FROM business WHERE id = ?`, [id])) as Array<{
    id: string;
    name: string;
    owner_name: string | null;
    restricted_at: string | null;
  }>;
  return r ? { id: r.id, name: r.name, ownerName: r.owner_name, restrictedAt: r.restricted_at } : null;
}

/**
 * Merged profiles that records still name (they arrived from a desk that had not yet heard of the
 * merge), each with the profile it was merged into.
 */
export async function mergedStillNamed(db: EntityManager): Promise<Array<[string, string]>> {
  const rows: Array<{ id: string; merged_into_id: string }> = await db.query(
    `SELECT b.id, b.merged_into_id FROM business b WHERE b.merged_into_id IS NOT NULL AND (
       EXISTS (SELECT 1 FROM consultation c WHERE c.business_id = b.id)
       OR EXISTS (SELECT 1 FROM follow_up f WHERE f.business_id = b.id)
       OR EXISTS (SELECT 1 FROM training_participant p WHERE p.business_id = b.id)
       OR EXISTS (SELECT 1 FROM impact_milestone i WHERE i.business_id = b.id)
       OR EXISTS (SELECT 1 FROM business_not_duplicate d WHERE d.a_id = b.id OR d.b_id = b.id))
     ORDER BY b.id`,
  );
  return rows.map((r) => [r.id, r.merged_into_id]);
}

import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../../shared/contract';
import { AuditEntity, type AuditRow } from './audit.entity';

/** The audit_log table's reads and writes (this module owns it), on the caller's manager. */

export async function insertAuditRow(db: EntityManager, row: AuditRow): Promise<void> {
  await db.getRepository(AuditEntity).insert(row);
}

/** An entry as read, its changes still the stored JSON. */
export type AuditEntryRaw = Omit<AuditEntry, 'changes' | 'names'> & { changes: string | null };

/** The newest entries first (of one kind of record, or one record, when asked), with the actor's name. */
export function auditEntries(db: EntityManager, limit: number, entity?: string, entityId?: string): Promise<AuditEntryRaw[]> {
  const qb = db
    .getRepository(AuditEntity)
    .createQueryBuilder('a')
    .leftJoin('consultant', 'c', 'c.id = a.actor_id')
    .select(['a.id AS id', 'a.at AS at', 'a.actor_id AS actorId', 'c.name AS actorName'])
    .addSelect(['a.action AS action', 'a.entity AS entity', 'a.entity_id AS entityId', 'a.changes AS changes'])
    .orderBy('a.at', 'DESC')
    .addOrderBy('a.rowid', 'DESC')
    .limit(limit);
  if (entity) qb.andWhere('a.entity = :entity', { entity });
  if (entityId) qb.andWhere('a.entity_id = :entityId', { entityId });
  return qb.getRawMany<AuditEntryRaw>();
}

/**
 * What the records with these ids or region codes are called: a business's name, a consultation's
 * number, a training's title, a consultant's name, a region's name.
 */
export async function recordNames(db: EntityManager, keys: string[]): Promise<Map<string, string>> {
  const rows: Array<{ k: string; v: string }> = await db.query(
    `SELECT id AS k, name AS v FROM business WHERE id IN (SELECT value FROM json_each(?1))
     UNION ALL SELECT id, number FROM consultation WHERE number IS NOT NULL AND id IN (SELECT value FROM json_each(?1))
     UNION ALL SELECT id, title FROM training WHERE id IN (SELECT value FROM json_each(?1))
     UNION ALL SELECT id, name FROM consultant WHERE id IN (SELECT value FROM json_each(?1))
     UNION ALL SELECT code, name FROM region WHERE code IN (SELECT value FROM json_each(?1))`,
    [JSON.stringify(keys)],
  );
  return new Map(rows.map((r) => [r.k, r.v]));
}

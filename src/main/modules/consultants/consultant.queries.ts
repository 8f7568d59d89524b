import { IsNull, type EntityManager } from 'typeorm';
import { ConsultantEntity, type ConsultantRow } from './consultant.entity';

/** The consultant table's reads and writes (this module owns it), on the caller's manager. */

/** Consultants not deleted, by name; only the active ones unless asked. */
export function listConsultants(db: EntityManager, includeInactive: boolean): Promise<ConsultantRow[]> {
  const qb = db.getRepository(ConsultantEntity).createQueryBuilder('c').where('c.deleted_at IS NULL').orderBy('c.name COLLATE NOCASE', 'ASC');
  if (!includeInactive) qb.andWhere('c.active = 1');
  return qb.getMany();
}

/** How many consultants there are (not deleted). */
export function countConsultants(db: EntityManager): Promise<number> {
  return db.getRepository(ConsultantEntity).count({ where: { deletedAt: IsNull() } });
}

/** The consultant, not deleted (and active, when asked); null otherwise. */
export function findConsultant(db: EntityManager, id: string, options: { active?: boolean } = {}): Promise<ConsultantRow | null> {
  return db.getRepository(ConsultantEntity).findOne({ where: { id, deletedAt: IsNull(), ...(options.active ? { active: true } : {}) } });
}

/** The consultant (not deleted) holding a NIP. */
export function consultantByNip(db: EntityManager, nip: string): Promise<ConsultantRow | null> {
  return db.getRepository(ConsultantEntity).findOne({ where: { nip, deletedAt: IsNull() } });
}

export async function insertConsultantRow(db: EntityManager, row: ConsultantRow): Promise<void> {
  await db.getRepository(ConsultantEntity).insert(row);
}

export async function saveConsultantRow(db: EntityManager, row: ConsultantRow): Promise<void> {
  await db.getRepository(ConsultantEntity).save(row);
}

import { IsNull, type EntityManager } from 'typeorm';
import { MilestoneEntity, type MilestoneRow } from './impact.entity';

/**
 * The impact_milestone table's reads and writes, and the check of the consultation a milestone is
 * credited to. Every function runs on the caller's manager (its transaction when it has one).
 */

/** What a milestone is inserted or updated with. */
export type MilestoneValuesRow = Omit<MilestoneRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'updatedBy'>;

/** A milestone with the names its screens show beside it. */
export interface MilestoneView {
  row: MilestoneRow;
  businessName: string | null;
  consultationNumber: string | null;
  trainingTitle: string | null;
}

export interface Stamp {
  now: string;
  actorId: string | null;
}

function viewQuery(db: EntityManager) {
  return db
    .getRepository(MilestoneEntity)
    .createQueryBuilder('i')
    .addSelect('(SELECT b.name FROM business b WHERE b.id = i.businessId)', 'business_name')
    .addSelect('(SELECT c.number FROM consultation c WHERE c.id = i.consultationId)', 'consultation_number')
    .addSelect('(SELECT t.title FROM training t WHERE t.id = i.trainingId)', 'training_title');
}

type ViewRaw = { i_id: string; business_name: string | null; consultation_number: string | null; training_title: string | null };

async function views(qb: ReturnType<typeof viewQuery>): Promise<MilestoneView[]> {
  const { entities, raw } = await qb.getRawAndEntities<ViewRaw>();
  const byId = new Map(raw.map((r) => [r.i_id, r]));
  return entities.map((row) => {
    const r = byId.get(row.id)!;
    return { row, businessName: r.business_name, consultationNumber: r.consultation_number, trainingTitle: r.training_title };
  });
}

/** A live milestone. */
export async function findMilestone(db: EntityManager, id: string): Promise<MilestoneView | null> {
  const [view] = await views(viewQuery(db).where('i.id = :id AND i.deletedAt IS NULL', { id }));
  return view ?? null;
}

/** A business's live milestones, newest first. */
export async function listMilestones(db: EntityManager, businessId: string): Promise<MilestoneView[]> {
  return views(
    viewQuery(db)
      .where('i.businessId = :businessId AND i.deletedAt IS NULL', { businessId })
      .orderBy('i.date', 'DESC')
      .addOrderBy('i.createdAt', 'DESC')
      .addOrderBy('i.rowid', 'DESC'),
  );
}

/** Whether the consultation is a finalised, live one of the business. */
export async function isFinalConsultationOf(db: EntityManager, consultationId: string, businessId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM consultation WHERE id = ? AND business_id = ? AND status = 'final' AND deleted_at IS NULL`,
    [consultationId, businessId],
  );
  return rows.length > 0;
}

export async function insertMilestone(db: EntityManager, id: string, values: MilestoneValuesRow, stamp: Stamp): Promise<void> {
  await db.getRepository(MilestoneEntity).insert({ ...values, id, createdAt: stamp.now, updatedAt: stamp.now, deletedAt: null, updatedBy: stamp.actorId });
}

export async function updateMilestone(db: EntityManager, id: string, values: MilestoneValuesRow, stamp: Stamp): Promise<void> {
  await db.getRepository(MilestoneEntity).update({ id }, { ...values, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

export async function setMilestoneDeletedAt(db: EntityManager, id: string, stamp: Stamp): Promise<void> {
  await db.getRepository(MilestoneEntity).update({ id }, { deletedAt: stamp.now, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

/** A business's milestones follow it: deleted with it (stamped alike), and back only those it took when restored. */
export async function followBusinessDeletion(db: EntityManager, businessId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
  const repo = db.getRepository(MilestoneEntity);
  if (deletedAt) await repo.update({ businessId, deletedAt: IsNull() }, { deletedAt });
  else if (restoredFrom) await repo.update({ businessId, deletedAt: restoredFrom }, { deletedAt: null });
}

/** Moves every milestone of a business (deleted ones too) to another; answers how many moved. */
export async function moveMilestones(db: EntityManager, fromId: string, toId: string, stamp: Stamp): Promise<number> {
  const repo = db.getRepository(MilestoneEntity);
  const n = await repo.count({ where: { businessId: fromId } });
  await repo.update({ businessId: fromId }, { businessId: toId, updatedAt: stamp.now, updatedBy: stamp.actorId });
  return n;
}

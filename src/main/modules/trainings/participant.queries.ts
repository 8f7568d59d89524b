import { IsNull, type EntityManager } from 'typeorm';
import { AttendanceEntity, ParticipantEntity, TrainingEntity, type ParticipantRow } from './training.entity';

/**
 * The training_participant and training_attendance tables' reads and writes. Every function runs
 * on the caller's manager (its transaction when it has one).
 */

/** A participant with what its screen shows beside the row itself. */
export interface ParticipantView {
  row: ParticipantRow;
  /** The training's first day: ages are counted on it. */
  startDate: string;
  /** The linked profile's own name, which the table shows instead of the name as told. */
  linkedBusinessName: string | null;
  /** The participant's earliest open check-in. */
  checkInFollowUpId: string | null;
  /** When processing was restricted at the person's request (written by setParticipantRestricted alone). */
  restrictedAt: string | null;
}

/** What a participant is inserted or updated with. */
export type ParticipantValuesRow = Pick<
  ParticipantRow,
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'age'
  | 'phone'
  | 'regencyCode'
  | 'hasBusiness'
  | 'businessId'
  | 'businessName'
  | 'notes'
  | 'guardianName'
  | 'guardianConsentDate'
>;

export interface Stamp {
  now: string;
  actorId: string;
}

function viewQuery(db: EntityManager) {
  return db
    .getRepository(ParticipantEntity)
    .createQueryBuilder('p')
    .innerJoin(TrainingEntity.options.name, 't', 't.id = p.trainingId')
    .addSelect('t.startDate', 'start_date')
    .addSelect('p.restricted_at', 'restricted_at')
    .addSelect('(SELECT b.name FROM business b WHERE b.id = p.businessId)', 'linked_business_name')
    .addSelect(
      `(SELECT f.id FROM follow_up f WHERE f.participant_id = p.id AND f.status = 'open' AND f.deleted_at IS NULL
         ORDER BY f.due_date, f.created_at LIMIT 1)`,
      'check_in_follow_up_id',
    );
}

type ViewRaw = { p_id: string; start_date: string; linked_business_name: string | null; check_in_follow_up_id: string | null; restricted_at: string | null };

async function views(qb: ReturnType<typeof viewQuery>): Promise<ParticipantView[]> {
  const { entities, raw } = await qb.getRawAndEntities<ViewRaw>();
  const byId = new Map(raw.map((r) => [r.p_id, r]));
  return entities.map((row) => {
    const r = byId.get(row.id)!;
    return {
      row,
      startDate: r.start_date,
      linkedBusinessName: r.linked_business_name,
      checkInFollowUpId: r.check_in_follow_up_id,
      restrictedAt: r.restricted_at,
    };
  });
}

/** A participant; unless `deleted`, only when neither it nor its training is deleted. */
export async function findParticipant(db: EntityManager, id: string, options: { deleted?: boolean } = {}): Promise<ParticipantView | null> {
  const qb = viewQuery(db).where('p.id = :id', { id });
  if (!options.deleted) qb.andWhere('p.deletedAt IS NULL AND t.deletedAt IS NULL');
  const [view] = await views(qb);
  return view ?? null;
}

/** The live participants of a training, by name. */
export async function listParticipants(db: EntityManager, trainingId: string): Promise<ParticipantView[]> {
  return views(
    viewQuery(db)
      .where('p.trainingId = :trainingId AND p.deletedAt IS NULL', { trainingId })
      .orderBy('p.name COLLATE NOCASE', 'ASC')
      .addOrderBy('p.createdAt', 'ASC')
      .addOrderBy('p.id', 'ASC'),
  );
}

/** The live participants of a training as the import compares new rows with them, oldest first. */
export async function participantKeys(
  db: EntityManager,
  trainingId: string,
): Promise<Array<Pick<ParticipantRow, 'id' | 'name' | 'phone' | 'birthDate'>>> {
  return db.getRepository(ParticipantEntity).find({
    select: { id: true, name: true, phone: true, birthDate: true },
    where: { trainingId, deletedAt: IsNull() },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/**
 * The live participants of a training (only calon wirausaha when asked), by name, each with
 * whether it has an open check-in already. A person whose processing is restricted gets none.
 */
export async function checkInCandidates(
  db: EntityManager,
  trainingId: string,
  onlyProspects: boolean,
): Promise<Array<{ id: string; businessId: string | null; hasOpenCheckIn: boolean }>> {
  const rows = (await db.query(
    `SELECT p.id, p.business_id,
       EXISTS (SELECT 1 FROM follow_up f WHERE f.participant_id = p.id AND f.status = 'open' AND f.deleted_at IS NULL) AS has_open
     FROM training_participant p
     WHERE p.training_id = ? AND p.deleted_at IS NULL AND p.restricted_at IS NULL${onlyProspects ? ' AND p.has_business = 0' : ''}
     ORDER BY p.name COLLATE NOCASE, p.created_at, p.id`,
    [trainingId],
  )) as Array<{ id: string; business_id: string | null; has_open: number }>;
  return rows.map((r) => ({ id: r.id, businessId: r.business_id, hasOpenCheckIn: Boolean(Number(r.has_open)) }));
}

/** Whether a live participant of the live training is linked to the business. */
export async function businessTookPart(db: EntityManager, trainingId: string, businessId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM training t JOIN training_participant p ON p.training_id = t.id
     WHERE t.id = ? AND t.deleted_at IS NULL AND p.deleted_at IS NULL AND p.business_id = ? LIMIT 1`,
    [trainingId, businessId],
  );
  return rows.length > 0;
}

export async function insertParticipantRow(
  db: EntityManager,
  row: ParticipantValuesRow & { id: string; trainingId: string },
  stamp: Stamp,
): Promise<void> {
  await db.getRepository(ParticipantEntity).insert({
    ...row,
    convertedAt: null,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    deletedAt: null,
    updatedBy: stamp.actorId,
  });
}

export async function updateParticipantRow(
  db: EntityManager,
  id: string,
  values: Partial<ParticipantValuesRow> & { convertedAt?: string },
  stamp: Stamp,
): Promise<void> {
  await db.getRepository(ParticipantEntity).update({ id }, { ...values, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

export async function setParticipantDeletedAt(db: EntityManager, id: string, stamp: Stamp): Promise<void> {
  await db.getRepository(ParticipantEntity).update({ id }, { deletedAt: stamp.now, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

/** A merged profile's participants now name the survivor; answers how many moved. */
export async function moveParticipantsOfBusiness(db: EntityManager, fromId: string, toId: string, stamp: { now: string; actorId: string | null }): Promise<number> {
  const repo = db.getRepository(ParticipantEntity);
  const n = await repo.count({ where: { businessId: fromId } });
  if (n > 0) await repo.update({ businessId: fromId }, { businessId: toId, updatedAt: stamp.now, updatedBy: stamp.actorId });
  return n;
}

/** A training's participants follow it: deleted with it (stamped alike), and back only those it took when restored. */
export async function followTrainingDeletion(db: EntityManager, trainingId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
  const repo = db.getRepository(ParticipantEntity);
  if (deletedAt) await repo.update({ trainingId, deletedAt: IsNull() }, { deletedAt });
  else if (restoredFrom) await repo.update({ trainingId, deletedAt: restoredFrom }, { deletedAt: null });
}

/** The ids of a training's live participants. */
export async function liveParticipantIds(db: EntityManager, trainingId: string): Promise<Set<string>> {
  const rows = await db.getRepository(ParticipantEntity).find({ select: { id: true }, where: { trainingId, deletedAt: IsNull() } });
  return new Set(rows.map((r) => r.id));
}

/** Each participant's days present, in order, for the given participants. */
export async function attendedDays(db: EntityManager, participantIds: string[]): Promise<Map<string, string[]>> {
  const byParticipant = new Map<string, string[]>();
  if (participantIds.length === 0) return byParticipant;
  const rows = await db
    .getRepository(AttendanceEntity)
    .createQueryBuilder('a')
    .where('a.participantId IN (:...ids)', { ids: participantIds })
    .orderBy('a.day', 'ASC')
    .getMany();
  for (const r of rows) {
    const days = byParticipant.get(r.participantId) ?? [];
    days.push(r.day);
    byParticipant.set(r.participantId, days);
  }
  return byParticipant;
}

/**
 * Records who was present on one day of a training: the given participants, and no other live
 * participant of it. Answers how many were present before.
 */
export async function replaceAttendance(db: EntityManager, trainingId: string, day: string, presentIds: string[], stamp: Stamp): Promise<number> {
  const ofLiveParticipants = 'participant_id IN (SELECT id FROM training_participant WHERE training_id = :trainingId AND deleted_at IS NULL)';
  const repo = db.getRepository(AttendanceEntity);
  const counted = await repo
    .createQueryBuilder('a')
    .select('count(*)', 'n')
    .where(`a.day = :day AND a.${ofLiveParticipants}`, { day, trainingId })
    .getRawOne<{ n: number }>();
  await repo.createQueryBuilder().delete().where(`day = :day AND ${ofLiveParticipants}`, { day, trainingId }).execute();
  // In slices, so that one statement stays well under SQLite's limit of bound values.
  for (let i = 0; i < presentIds.length; i += 500) {
    await repo.insert(presentIds.slice(i, i + 500).map((participantId) => ({ participantId, day, createdAt: stamp.now, updatedBy: stamp.actorId })));
  }
  return Number(counted?.n ?? 0);
}

/** Restricts processing of a participant's data (a time) or lifts it (null). */
export async function setParticipantRestricted(db: EntityManager, id: string, restrictedAt: string | null, stamp: Stamp): Promise<void> {
  await db.query(`UPDATE training_participant SET restricted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [restrictedAt, stamp.now, stamp.actorId, id]);
}

/** The restricted ones among these participants, with their names. */
export async function restrictedParticipants(db: EntityManager, ids: string[]): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  const out: Array<{ id: string; name: string }> = [];
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    const rows = (await db.query(
      `SELECT id, name FROM training_participant WHERE restricted_at IS NOT NULL AND id IN (${slice.map(() => '?').join(',')})`,
      slice,
    )) as Array<{ id: string; name: string }>;
    out.push(...rows);
  }
  return out;
}

/** The first few restricted live participants of the office (for exports of everything), with their names. */
export async function anyRestrictedParticipants(db: EntityManager, limit: number): Promise<Array<{ id: string; name: string }>> {
  return (await db.query(
    `SELECT id, name FROM training_participant WHERE restricted_at IS NOT NULL AND deleted_at IS NULL ORDER BY name LIMIT ?`,
    [limit],
  )) as Array<{ id: string; name: string }>;
}

/** Participants whose name contains the text, with their training's title, for picking a data subject. */
export async function searchParticipantsByName(
  db: EntityManager,
  text: string,
  limit: number,
): Promise<Array<{ id: string; name: string; trainingId: string; trainingTitle: string; restrictedAt: string | null }>> {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = (await db.query(
    `SELECT p.id, p.name, p.training_id, t.title AS training_title, p.restricted_at FROM training_participant p JOIN training t ON t.id = p.training_id
     WHERE p.deleted_at IS NULL AND p.name LIKE ? ESCAPE '\\' ORDER BY p.name COLLATE NOCASE, t.start_date DESC LIMIT ?`,
    [like, limit],
  )) as Array<{ id: string; name: string; training_id: string; training_title: string; restricted_at: string | null }>;
  return rows.map((r) => ({ id: r.id, name: r.name, trainingId: r.training_id, trainingTitle: r.training_title, restrictedAt: r.restricted_at }));
}

/** The name an erased participant keeps (the row stays for attendance and statistics). */
export const ERASED_NAME = 'Peserta (data dihapus)';

/** The columns an erasure empties or replaces (as stored), for whatever must not bring them back. */
export const ERASED_PARTICIPANT_COLUMNS = ['name', 'birth_date', 'phone', 'regency_code', 'business_name', 'notes', 'guardian_name', 'guardian_consent_date'] as const;

/** Clears a participant's personal data; age (from the birth date), gender and attendance stay for the statistics. */
export async function eraseParticipantData(db: EntityManager, id: string, values: { name: string; age: number | null }, stamp: { now: string; actorId: string | null }): Promise<void> {
  await db.getRepository(ParticipantEntity).update(
    { id },
    {
      name: values.name,
      age: values.age,
      birthDate: null,
      phone: null,
      regencyCode: null,
      businessName: null,
      notes: null,
      guardianName: null,
      guardianConsentDate: null,
      updatedAt: stamp.now,
      updatedBy: stamp.actorId,
    },
  );
}

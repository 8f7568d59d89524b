import type { EntityManager } from 'typeorm';
import { AttendanceEntity, ParticipantEntity, TrainingEntity, type TrainingRow } from './training.entity';

/**
 * The training table's reads and writes, and the counts of its participants and attendance that a
 * training shows. Every function runs on the caller's manager (its transaction when it has one).
 */

export interface TrainingCounts {
  participantCount: number;
  attendedCount: number;
  prospectCount: number;
}

export type TrainingValuesRow = Omit<TrainingRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'updatedBy'>;

export interface TrainingFilter {
  /** Words that must each begin a word of the title, venue, a trainer's name or the topic's own name. */
  words: string[];
  topic?: string;
  regencyCode?: string;
  /** Trainings with any day in this range. */
  from?: string;
  to?: string;
}

export async function findTraining(db: EntityManager, id: string): Promise<TrainingRow | null> {
  return db.getRepository(TrainingEntity).findOne({ where: { id } });
}

/** A word at the start of a word of the text; `%` and `_` typed in a search are themselves, not LIKE wildcards. */
const likeWordStart = (w: string) => `% ${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The searched text, with the trainers' JSON quotes and brackets, commas and dots as word breaks. */
const SEARCH_TEXT = `(' ' || replace(replace(replace(replace(replace(
    t.title || ' ' || coalesce(t.venue, '') || ' ' || t.trainers || ' ' || coalesce(t.topicText, ''),
    '"', ' '), '[', ' '), ']', ' '), ',', ' '), '.', ' '))`;

function filtered(db: EntityManager, f: TrainingFilter) {
  const qb = db.getRepository(TrainingEntity).createQueryBuilder('t').where('t.deletedAt IS NULL');
  f.words.forEach((word, i) => qb.andWhere(`${SEARCH_TEXT} LIKE :w${i} ESCAPE '\\'`, { [`w${i}`]: likeWordStart(word) }));
  if (f.topic) qb.andWhere('t.topic = :topic', { topic: f.topic });
  if (f.regencyCode) qb.andWhere('t.regencyCode = :regencyCode', { regencyCode: f.regencyCode });
  if (f.from) qb.andWhere('t.endDate >= :from', { from: f.from });
  if (f.to) qb.andWhere('t.startDate <= :to', { to: f.to });
  return qb;
}

/** One page of live trainings, newest first, and how many there are in all. */
export async function listTrainings(
  db: EntityManager,
  f: TrainingFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: TrainingRow[]; total: number }> {
  const rows = await filtered(db, f)
    .orderBy('t.startDate', 'DESC')
    .addOrderBy('t.createdAt', 'DESC')
    .addOrderBy('t.id', 'ASC')
    .limit(page.limit)
    .offset(page.offset)
    .getMany();
  const total = await filtered(db, f).getCount();
  return { rows, total };
}

/**
 * Each training's participants, those who came on any day, and the calon wirausaha among them:
 * its live participants, or for a deleted training those deleted with it.
 */
export async function trainingCounts(db: EntityManager, ids: string[]): Promise<Map<string, TrainingCounts>> {
  const out = new Map<string, TrainingCounts>(ids.map((id) => [id, { participantCount: 0, attendedCount: 0, prospectCount: 0 }]));
  if (ids.length === 0) return out;
  const rows = (await db.query(
    `SELECT t.id, count(*) AS participants,
            sum(EXISTS (SELECT 1 FROM training_attendance a WHERE a.participant_id = p.id)) AS attended,
            sum(p.has_business = 0) AS prospects
     FROM training t
     JOIN training_participant p ON p.training_id = t.id AND (p.deleted_at IS NULL OR p.deleted_at = t.deleted_at)
     WHERE t.id IN (${ids.map(() => '?').join(', ')})
     GROUP BY t.id`,
    ids,
  )) as Array<{ id: string; participants: number; attended: number; prospects: number }>;
  for (const r of rows) {
    out.set(r.id, { participantCount: Number(r.participants), attendedCount: Number(r.attended), prospectCount: Number(r.prospects) });
  }
  return out;
}

/** The first and last day anyone of the training's live participants was recorded present. */
export async function attendanceSpan(db: EntityManager, trainingId: string): Promise<{ first: string | null; last: string | null }> {
  const span = await db
    .getRepository(AttendanceEntity)
    .createQueryBuilder('a')
    .innerJoin(ParticipantEntity.options.name, 'p', 'p.id = a.participantId')
    .select('min(a.day)', 'first')
    .addSelect('max(a.day)', 'last')
    .where('p.trainingId = :trainingId AND p.deletedAt IS NULL', { trainingId })
    .getRawOne<{ first: string | null; last: string | null }>();
  return { first: span?.first ?? null, last: span?.last ?? null };
}

export async function insertTraining(
  db: EntityManager,
  row: TrainingValuesRow & { id: string; now: string; actorId: string },
): Promise<void> {
  const { now, actorId, ...values } = row;
  await db.getRepository(TrainingEntity).insert({ ...values, createdAt: now, updatedAt: now, deletedAt: null, updatedBy: actorId });
}

export async function updateTraining(db: EntityManager, id: string, values: TrainingValuesRow, stamp: { now: string; actorId: string }): Promise<void> {
  await db.getRepository(TrainingEntity).update({ id }, { ...values, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

export async function setTrainingDeletedAt(db: EntityManager, id: string, deletedAt: string | null, stamp: { now: string; actorId: string }): Promise<void> {
  await db.getRepository(TrainingEntity).update({ id }, { deletedAt, updatedAt: stamp.now, updatedBy: stamp.actorId });
}

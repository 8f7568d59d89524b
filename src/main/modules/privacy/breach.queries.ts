import type { EntityManager } from 'typeorm';
import type { BreachLetter } from '../../../shared/contract/privacy-duties';

/** The breach register's reads and writes (the privacy module owns breach and breach_subject). */

export interface BreachRow {
  id: string;
  title: string;
  occurredAt: string | null;
  discoveredAt: string;
  deadlineAt: string;
  /** When the reminder engine reminds of the deadline (a day before it). */
  remindAt: string;
  description: string;
  measures: string;
  exportId: string | null;
  exportAt: string | null;
  encrypted: boolean;
  personalData: 'masked' | 'full';
  notifiedSubjectsAt: string | null;
  notifiedAuthorityAt: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface BreachListRow extends BreachRow {
  businesses: number;
  participants: number;
}

const COLUMNS = `b.id, b.title, b.occurred_at AS occurredAt, b.discovered_at AS discoveredAt, b.deadline_at AS deadlineAt, b.remind_at AS remindAt,
  b.description, b.measures, b.export_id AS exportId, b.export_at AS exportAt, b.encrypted, b.personal_data AS personalData,
  b.notified_subjects_at AS notifiedSubjectsAt, b.notified_authority_at AS notifiedAuthorityAt,
  b.created_at AS createdAt, b.updated_at AS updatedAt, b.updated_by AS updatedBy,
  (SELECT count(*) FROM breach_subject s WHERE s.breach_id = b.id AND s.kind = 'business') AS businesses,
  (SELECT count(*) FROM breach_subject s WHERE s.breach_id = b.id AND s.kind = 'participant') AS participants`;

const typed = (r: BreachListRow): BreachListRow => ({
  ...r,
  encrypted: Boolean(Number(r.encrypted)),
  businesses: Number(r.businesses),
  participants: Number(r.participants),
});

export async function insertBreach(db: EntityManager, row: BreachRow): Promise<void> {
  await db.query(
    `INSERT INTO breach (id, title, occurred_at, discovered_at, deadline_at, remind_at, description, measures, export_id, export_at, encrypted,
       personal_data, notified_subjects_at, notified_authority_at, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.id,
      row.title,
      row.occurredAt,
      row.discoveredAt,
      row.deadlineAt,
      row.remindAt,
      row.description,
      row.measures,
      row.exportId,
      row.exportAt,
      row.encrypted ? 1 : 0,
      row.personalData,
      row.notifiedSubjectsAt,
      row.notifiedAuthorityAt,
      row.createdAt,
      row.updatedAt,
      row.updatedBy,
    ],
  );
}

export async function insertBreachSubjects(db: EntityManager, breachId: string, kind: 'business' | 'participant', ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.query(
      `INSERT OR IGNORE INTO breach_subject (breach_id, kind, record_id) SELECT ?, ?, value FROM json_each(?)`,
      [breachId, kind, JSON.stringify(ids.slice(i, i + 500))],
    );
  }
}

export async function listBreaches(db: EntityManager): Promise<BreachListRow[]> {
  const rows: BreachListRow[] = await db.query(`SELECT ${COLUMNS} FROM breach b WHERE b.deleted_at IS NULL ORDER BY b.discovered_at DESC, b.id`);
  return rows.map(typed);
}

export async function findBreach(db: EntityManager, id: string): Promise<BreachListRow | null> {
  const [row]: BreachListRow[] = await db.query(`SELECT ${COLUMNS} FROM breach b WHERE b.id = ? AND b.deleted_at IS NULL`, [id]);
  return row ? typed(row) : null;
}

export interface SubjectRow {
  kind: 'business' | 'participant';
  id: string;
  name: string;
  context: string | null;
}

/**
 * Whose data a breach concerns, as they are called now: a business by its name and its owner's
 * (the letter's addressee), a participant by name with the training's title.
 */
export function breachSubjects(db: EntityManager, breachId: string, limit: number): Promise<SubjectRow[]> {
  return db.query(
    `SELECT 'business' AS kind, b.id, coalesce(b.owner_name, b.name) AS name, b.name AS context
       FROM breach_subject s JOIN business b ON b.id = s.record_id WHERE s.breach_id = ? AND s.kind = 'business'
     UNION ALL
     SELECT 'participant', p.id, p.name, t.title
       FROM breach_subject s JOIN training_participant p ON p.id = s.record_id JOIN training t ON t.id = p.training_id
       WHERE s.breach_id = ? AND s.kind = 'participant'
     ORDER BY 1, 3 COLLATE NOCASE, 2 LIMIT ?`,
    [breachId, breachId, limit],
  );
}

export async function setNotified(db: EntityManager, id: string, letter: BreachLetter, at: string, stamp: { now: string; actorId: string | null }): Promise<void> {
  const column = letter === 'subjects' ? 'notified_subjects_at' : 'notified_authority_at';
  await db.query(`UPDATE breach SET ${column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [at, stamp.now, stamp.actorId, id]);
}

type Predicate = (alias: string) => [string, unknown[]];

/**
 * The businesses an export held: those its scope selects that existed when it was written (and
 * were not deleted before, unless the data package carried deletions too).
 */
export async function exportedBusinesses(db: EntityManager, inScope: Predicate, at: string, withDeleted: boolean): Promise<string[]> {
  const [w, p] = inScope('t');
  const rows: Array<{ id: string }> = await db.query(
    `SELECT t.id FROM business t WHERE t.created_at <= ?${withDeleted ? '' : ' AND (t.deleted_at IS NULL OR t.deleted_at > ?)'} AND ${w}`,
    [at, ...(withDeleted ? [] : [at]), ...p],
  );
  return rows.map((r) => r.id);
}

/** The participants an export's data package held (participants travel in the package only). */
export async function exportedParticipants(db: EntityManager, inScope: Predicate, at: string): Promise<string[]> {
  const [w, p] = inScope('t');
  const rows: Array<{ id: string }> = await db.query(`SELECT t.id FROM training_participant t WHERE t.created_at <= ? AND ${w}`, [at, ...p]);
  return rows.map((r) => r.id);
}

/** Breaches whose notifications are not all recorded as sent: the deadline is still to be kept. */
const OPEN = `deleted_at IS NULL AND reminded_at IS NULL AND (notified_subjects_at IS NULL OR notified_authority_at IS NULL)`;

/** When the next deadline reminder falls due, or null when none is waiting. */
export async function nextBreachReminder(db: EntityManager): Promise<string | null> {
  const [row]: Array<{ at: string | null }> = await db.query(`SELECT min(remind_at) AS at FROM breach WHERE ${OPEN}`);
  return row?.at ?? null;
}

/** The breaches whose reminder time has come, not reminded yet. */
export function breachesToRemind(db: EntityManager, now: string): Promise<Array<{ id: string; title: string; deadlineAt: string }>> {
  return db.query(`SELECT id, title, deadline_at AS deadlineAt FROM breach WHERE ${OPEN} AND remind_at <= ? ORDER BY remind_at, id`, [now]);
}

export async function markBreachReminded(db: EntityManager, id: string, at: string): Promise<void> {
  await db.query(`UPDATE breach SET reminded_at = ? WHERE id = ?`, [at, id]);
}

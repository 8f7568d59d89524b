import type { EntityManager } from 'typeorm';
import type { PrivacyRequestKind, PrivacyRequestStatus, PrivacySubjectKind } from '../../../shared/contract';

/**
 * The privacy_request table's reads and writes (this module owns it). Every function runs on the
 * caller's manager, inside its transaction when it has one.
 */

export interface PrivacyRequestRow {
  id: string;
  subjectKind: PrivacySubjectKind;
  subjectId: string;
  kind: PrivacyRequestKind;
  receivedAt: string;
  deadlineAt: string;
  remindAt: string;
  notes: string | null;
  status: PrivacyRequestStatus;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  answeredByName: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  reminderStage: number;
  createdAt: string;
  updatedAt: string;
}

type Raw = {
  id: string;
  subject_kind: PrivacySubjectKind;
  subject_id: string;
  kind: PrivacyRequestKind;
  received_at: string;
  deadline_at: string;
  remind_at: string;
  notes: string | null;
  status: PrivacyRequestStatus;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  reminder_stage: number;
  created_at: string;
  updated_at: string;
};

const SELECT = `SELECT r.*, (SELECT c.name FROM consultant c WHERE c.id = r.answered_by) AS answered_by_name,
  (SELECT c.name FROM consultant c WHERE c.id = r.recorded_by) AS recorded_by_name FROM privacy_request r`;

function toRow(r: Raw): PrivacyRequestRow {
  return {
    id: r.id,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    kind: r.kind,
    receivedAt: r.received_at,
    deadlineAt: r.deadline_at,
    remindAt: r.remind_at,
    notes: r.notes,
    status: r.status,
    answer: r.answer,
    answeredAt: r.answered_at,
    answeredBy: r.answered_by,
    answeredByName: r.answered_by_name,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name,
    reminderStage: Number(r.reminder_stage),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function findRequest(db: EntityManager, id: string): Promise<PrivacyRequestRow | null> {
  const [r] = (await db.query(`${SELECT} WHERE r.id = ? AND r.deleted_at IS NULL`, [id])) as Raw[];
  return r ? toRow(r) : null;
}

/** Open requests by deadline (soonest first); closed ones newest first. */
export async function listRequests(db: EntityManager, status: 'open' | 'closed' | 'all', limit: number): Promise<{ rows: PrivacyRequestRow[]; total: number }> {
  const where = status === 'open' ? `r.status = 'open'` : status === 'closed' ? `r.status <> 'open'` : '1 = 1';
  const order = status === 'open' ? 'r.deadline_at ASC, r.id' : `CASE r.status WHEN 'open' THEN 0 ELSE 1 END, r.deadline_at ASC, r.received_at DESC, r.id`;
  const rows = (await db.query(`${SELECT} WHERE r.deleted_at IS NULL AND ${where} ORDER BY ${order} LIMIT ?`, [limit])) as Raw[];
  const [count] = (await db.query(`SELECT count(*) AS n FROM privacy_request r WHERE r.deleted_at IS NULL AND ${where}`)) as Array<{ n: number }>;
  return { rows: rows.map(toRow), total: Number(count?.n ?? 0) };
}

export async function insertRequest(
  db: EntityManager,
  row: Pick<PrivacyRequestRow, 'id' | 'subjectKind' | 'subjectId' | 'kind' | 'receivedAt' | 'deadlineAt' | 'remindAt' | 'notes' | 'recordedBy'> & { now: string },
): Promise<void> {
  await db.query(
    `INSERT INTO privacy_request (id, subject_kind, subject_id, kind, received_at, deadline_at, remind_at, notes, status, reminder_stage,
       recorded_by, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?, ?)`,
    [row.id, row.subjectKind, row.subjectId, row.kind, row.receivedAt, row.deadlineAt, row.remindAt, row.notes, row.recordedBy, row.now, row.now, row.recordedBy],
  );
}

/** Closes an open request; answers whether it was still open. */
export async function closeRequest(
  db: EntityManager,
  id: string,
  values: { status: 'answered' | 'refused'; answer: string; at: string; actorId: string },
): Promise<boolean> {
  await db.query(
    `UPDATE privacy_request SET status = ?, answer = ?, answered_at = ?, answered_by = ?, updated_at = ?, updated_by = ?
     WHERE id = ? AND status = 'open'`,
    [values.status, values.answer, values.at, values.actorId, values.at, values.actorId, id],
  );
  const [r] = (await db.query(`SELECT changes() AS n`)) as Array<{ n: number }>;
  return Number(r?.n ?? 0) > 0;
}

/**
 * The reminders of open requests: stage 1 a day before the deadline, stage 2 at the deadline.
 * The next instant one of them falls due after `now`'s reported ones.
 */
export async function nextRequestReminder(db: EntityManager): Promise<string | null> {
  const [r] = (await db.query(
    `SELECT min(CASE WHEN reminder_stage = 0 THEN remind_at ELSE deadline_at END) AS at
     FROM privacy_request WHERE status = 'open' AND deleted_at IS NULL AND reminder_stage < 2`,
  )) as Array<{ at: string | null }>;
  return r?.at ?? null;
}

/** Open requests whose next reminder has come, with the stage it reaches. */
export async function dueRequestReminders(db: EntityManager, now: string): Promise<Array<PrivacyRequestRow & { stage: 1 | 2 }>> {
  const rows = (await db.query(
    `${SELECT} WHERE r.status = 'open' AND r.deleted_at IS NULL AND
       ((r.reminder_stage < 2 AND r.deadline_at <= ?) OR (r.reminder_stage < 1 AND r.remind_at <= ?))
     ORDER BY r.deadline_at, r.id`,
    [now, now],
  )) as Raw[];
  return rows.map((r) => ({ ...toRow(r), stage: r.deadline_at <= now ? 2 : 1 }));
}

export async function setReminderStage(db: EntityManager, id: string, stage: number): Promise<void> {
  await db.query(`UPDATE privacy_request SET reminder_stage = ? WHERE id = ? AND reminder_stage < ?`, [stage, id, stage]);
}

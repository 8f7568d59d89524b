import type { EntityManager } from 'typeorm';
import { writeRecordRow, type RecordWrite } from '../../db/record-rows';
import { FollowUpEntity, type FollowUpRow } from './follow-up.entity';
import type { Schedule } from './follow-up.schedule';

/**
 * The follow-ups module's SQL for single follow-ups: reading one with the names it shows, and every
 * write to follow_up (this module alone writes it). Lists and counts are in follow-up.lists.queries.ts.
 */

export interface FollowUpSqlRow {
  id: string;
  business_id: string | null;
  business_name: string | null;
  regency_code: string | null;
  participant_id: string | null;
  participant_name: string | null;
  training_id: string | null;
  training_title: string | null;
  consultation_id: string | null;
  consultation_number: string | null;
  action_item_id: string | null;
  title: string;
  due_date: string;
  due_time: string | null;
  due_at: string;
  snoozed_until: string | null;
  effective_at: string;
  assignee: 'business' | 'consultant';
  consultant_id: string | null;
  consultant_name: string | null;
  status: 'open' | 'done' | 'cancelled';
  outcome: string | null;
  cancel_reason: string | null;
  completed_at: string | null;
  notified_at: string | null;
  created_at: string;
  updated_at: string;
}

export const SELECT = `
  SELECT f.id, f.business_id, b.name AS business_name, coalesce(b.regency_code, p.regency_code) AS regency_code,
         f.participant_id, p.name AS participant_name, f.training_id, t.title AS training_title,
         f.consultation_id, c.number AS consultation_number, f.action_item_id, f.title, f.due_date, f.due_time, f.due_at, f.snoozed_until, f.effective_at, f.assignee,
         f.consultant_id, k.name AS consultant_name, f.status, f.outcome, f.cancel_reason, f.completed_at,
         f.notified_at, f.created_at, f.updated_at
  FROM follow_up f
  LEFT JOIN business b ON b.id = f.business_id
  LEFT JOIN training_participant p ON p.id = f.participant_id
  LEFT JOIN training t ON t.id = f.training_id
  LEFT JOIN consultation c ON c.id = f.consultation_id
  LEFT JOIN consultant k ON k.id = f.consultant_id`;

/** Not deleted, nor its business: a deleted business's follow-ups are deleted with it, and so are a deleted training's. */
export const LIVE = `f.deleted_at IS NULL AND (f.business_id IS NULL OR b.deleted_at IS NULL)`;

/** Who made a change, and when. */
export interface Stamp {
  at: string;
  by: string | null;
}

// ---------------------------------------------------------------- reading

export async function followUpRow(db: EntityManager, id: string): Promise<FollowUpSqlRow | undefined> {
  const [row] = (await db.query(`${SELECT} WHERE f.id = ? AND f.deleted_at IS NULL`, [id])) as FollowUpSqlRow[];
  return row;
}

/** A consultation's follow-ups, by due date. */
export function followUpRowsOfConsultation(db: EntityManager, consultationId: string): Promise<FollowUpSqlRow[]> {
  return db.query(`${SELECT} WHERE f.consultation_id = ? AND f.deleted_at IS NULL ORDER BY f.due_date, f.created_at, f.id`, [consultationId]);
}

/** A business's follow-ups, latest due first; for its timeline. */
export function followUpRowsOfBusiness(db: EntityManager, businessId: string): Promise<FollowUpSqlRow[]> {
  return db.query(`${SELECT} WHERE f.business_id = ? AND f.deleted_at IS NULL ORDER BY f.due_date DESC`, [businessId]);
}

/** A business's open follow-ups, soonest first. */
export function openRowsOfBusiness(db: EntityManager, businessId: string, limit: number): Promise<FollowUpSqlRow[]> {
  return db.query(`${SELECT} WHERE ${LIVE} AND f.business_id = ? AND f.status = 'open' ORDER BY f.effective_at, f.created_at LIMIT ?`, [
    businessId,
    limit,
  ]);
}

/** Every follow-up a consultation's action items became, soft-deleted ones included (they still hold their item's slot). */
export function actionItemFollowUps(db: EntityManager, consultationId: string): Promise<FollowUpRow[]> {
  return db.getRepository(FollowUpEntity).find({ where: { consultationId } });
}

export async function liveBusinessExists(db: EntityManager, id: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT id FROM business WHERE id = ? AND deleted_at IS NULL`, [id]);
  return rows.length > 0;
}

export async function activeConsultantExists(db: EntityManager, id: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT id FROM consultant WHERE id = ? AND deleted_at IS NULL AND active = 1`, [id]);
  return rows.length > 0;
}

// ---------------------------------------------------------------- reminders

/** Open follow-ups whose reminder is due and has not fired since it was (re)armed. */
export function dueReminderRows(db: EntityManager, now: string): Promise<FollowUpSqlRow[]> {
  return db.query(
    `${SELECT} WHERE ${LIVE} AND f.status = 'open' AND f.remind_at <= ? AND (f.notified_at IS NULL OR f.notified_at < f.remind_at)
     ORDER BY f.remind_at LIMIT 500`,
    [now],
  );
}

export async function markNotified(db: EntityManager, id: string, at: string): Promise<void> {
  await db.query(`UPDATE follow_up SET notified_at = ? WHERE id = ?`, [at, id]);
}

export async function nextRemindAt(db: EntityManager, after: string): Promise<string | null> {
  const [row] = await db.query(`SELECT min(f.remind_at) AS at FROM follow_up f WHERE f.status = 'open' AND f.deleted_at IS NULL AND f.remind_at > ?`, [after]);
  return row?.at ?? null;
}

// ---------------------------------------------------------------- writing

/** A follow-up's facts as written; its times come beside them as a Schedule. */
export type FollowUpInsert = Pick<
  FollowUpRow,
  'id' | 'businessId' | 'participantId' | 'trainingId' | 'consultationId' | 'actionItemId' | 'title' | 'dueDate' | 'dueTime' | 'assignee' | 'consultantId'
>;

export async function insertFollowUp(db: EntityManager, f: FollowUpInsert, s: Schedule, stamp: Stamp): Promise<void> {
  await db.query(
    `INSERT INTO follow_up (id, business_id, participant_id, training_id, consultation_id, action_item_id, title, due_date, due_time,
       assignee, consultant_id, status, due_at, effective_at, remind_at, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
    [f.id, f.businessId, f.participantId, f.trainingId, f.consultationId, f.actionItemId, f.title, f.dueDate, f.dueTime, f.assignee, f.consultantId,
      s.dueAt, s.effectiveAt, s.remindAt, stamp.at, stamp.at, stamp.by],
  );
}

/** An open follow-up's new title, due date or assignee; its reminder is re-armed. */
export async function reviseOpen(
  db: EntityManager,
  id: string,
  patch: { title: string; dueDate: string; dueTime: string | null; assignee: 'business' | 'consultant' },
  s: Schedule,
  stamp: Stamp,
): Promise<void> {
  await db.query(
    `UPDATE follow_up SET title = ?, due_date = ?, due_time = ?, assignee = ?, snoozed_until = NULL, due_at = ?, effective_at = ?,
       remind_at = ?, notified_at = NULL, updated_at = ?, updated_by = ? WHERE id = ? AND status = 'open'`,
    [patch.title, patch.dueDate, patch.dueTime, patch.assignee, s.dueAt, s.effectiveAt, s.remindAt, stamp.at, stamp.by, id],
  );
}

export function openScheduleFacts(db: EntityManager): Promise<Array<{ id: string; due_date: string; due_time: string | null; snoozed_until: string | null }>> {
  return db.query(`SELECT id, due_date, due_time, snoozed_until FROM follow_up WHERE status = 'open' AND deleted_at IS NULL`);
}

export async function setSchedule(db: EntityManager, id: string, s: Schedule): Promise<void> {
  await db.query(`UPDATE follow_up SET due_at = ?, effective_at = ?, remind_at = ? WHERE id = ?`, [s.dueAt, s.effectiveAt, s.remindAt, id]);
}

export async function markDone(db: EntityManager, id: string, outcome: string, stamp: Stamp): Promise<void> {
  await db.query(`UPDATE follow_up SET status = 'done', outcome = ?, completed_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [
    outcome, stamp.at, stamp.at, stamp.by, id,
  ]);
}

export async function markCancelled(db: EntityManager, id: string, reason: string, stamp: Stamp): Promise<void> {
  await db.query(
    `UPDATE follow_up SET status = 'cancelled', cancel_reason = ?, completed_at = ?, updated_at = ?, updated_by = ? WHERE id = ? AND status = 'open'`,
    [reason, stamp.at, stamp.at, stamp.by, id],
  );
}

export async function setSnoozed(db: EntityManager, id: string, until: string, s: Schedule, stamp: Stamp): Promise<void> {
  await db.query(`UPDATE follow_up SET snoozed_until = ?, effective_at = ?, remind_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [
    until, s.effectiveAt, s.remindAt, stamp.at, stamp.by, id,
  ]);
}

/** Soft-deletes the follow-ups of a business or a training with it, or restores those deleted at `restoredFrom`. */
export async function followDeletion(
  db: EntityManager,
  column: 'business_id' | 'training_id',
  ownerId: string,
  deletedAt: string | null,
  restoredFrom: string | null,
): Promise<void> {
  if (deletedAt) {
    await db.query(`UPDATE follow_up SET deleted_at = ? WHERE ${column} = ? AND deleted_at IS NULL`, [deletedAt, ownerId]);
  } else if (restoredFrom) {
    await db.query(`UPDATE follow_up SET deleted_at = NULL WHERE ${column} = ? AND deleted_at = ?`, [ownerId, restoredFrom]);
  }
}

/** The participant's open check-ins, to be cancelled when the participant is removed. */
export async function openCheckInIds(db: EntityManager, participantId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await db.query(`SELECT id FROM follow_up WHERE participant_id = ? AND status = 'open' AND deleted_at IS NULL`, [
    participantId,
  ]);
  return rows.map((r) => r.id);
}

/** Writes a follow-up as a data package from another desk has it (the given columns of the package's row). */
export async function writeTransferredFollowUp(db: EntityManager, write: RecordWrite, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(db, 'follow_up', write, columns, r);
}

/** A participant's follow-ups that do not yet name `businessId`. */
export function participantRowsToAttach(db: EntityManager, participantId: string, businessId: string): Promise<Array<{ id: string; business_id: string | null }>> {
  return db.query(
    `SELECT id, business_id FROM follow_up WHERE participant_id = ? AND deleted_at IS NULL AND (business_id IS NULL OR business_id <> ?)`,
    [participantId, businessId],
  );
}

export async function setBusiness(db: EntityManager, id: string, businessId: string, stamp: Stamp): Promise<void> {
  await db.query(`UPDATE follow_up SET business_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [businessId, stamp.at, stamp.by, id]);
}

/** A consultation's open follow-ups go with it to the business an amendment names. */
export async function moveOpenOfConsultation(db: EntityManager, consultationId: string, businessId: string, stamp: Stamp): Promise<void> {
  await db.query(
    `UPDATE follow_up SET business_id = ?, updated_at = ?, updated_by = ? WHERE consultation_id = ? AND status = 'open' AND business_id <> ?`,
    [businessId, stamp.at, stamp.by, consultationId, businessId],
  );
}

/** Every follow-up of a merged business moves to the one it was merged into; returns how many. */
export async function moveAllOfBusiness(db: EntityManager, fromId: string, toId: string, stamp: Stamp): Promise<number> {
  const result = await db.getRepository(FollowUpEntity).update({ businessId: fromId }, { businessId: toId, updatedAt: stamp.at, updatedBy: stamp.by });
  return result.affected ?? 0;
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AGENDA_MAX_DAYS, type FollowUpBucket, type FollowUpCounts, type FollowUpItem, type IdleBusiness, type ParsedInput } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import { zonedInstant } from '../../../shared/domain/zoned';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { afterCommit } from '../../db/transactions';
import type { AuditService } from '../audit/audit.service';
import type { RegionService } from '../regions/region.service';
import type { SettingsService } from '../settings/settings.service';
import { bucketBounds, bucketCondition, scheduleOf, snoozePresetUntil, type BucketBounds } from './follow-up.schedule';

interface FollowUpSqlRow {
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

/** A follow-up to write: everything but the times, which come from the office's settings. */
export interface NewFollowUp {
  id?: string;
  businessId: string | null;
  /** A training participant's check-in: the participant and the training it follows. */
  participantId?: string | null;
  trainingId?: string | null;
  consultationId: string | null;
  actionItemId: string | null;
  title: string;
  dueDate: string;
  dueTime: string | null;
  assignee: 'business' | 'consultant';
  consultantId: string | null;
}

/** Beyond this many idle businesses the count says "more than". */
export const IDLE_COUNT_CAP = 1000;

const SELECT = `
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
const LIVE = `f.deleted_at IS NULL AND (f.business_id IS NULL OR b.deleted_at IS NULL)`;

/** A follow-up's kabupaten/kota: its business's, else its participant's. */
const REGENCY = `coalesce(b.regency_code, p.regency_code)`;

type Filters = { consultantId?: string; businessId?: string; regencyCode?: string };

function filterSql(q: Filters): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (q.consultantId) {
    parts.push('f.consultant_id = ?');
    params.push(q.consultantId);
  }
  if (q.businessId) {
    parts.push('f.business_id = ?');
    params.push(q.businessId);
  }
  if (q.regencyCode) {
    parts.push(`${REGENCY} = ?`);
    params.push(q.regencyCode);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * Follow-ups: the records action items become, and those a consultant adds by hand. Every write
 * goes through here so that the reminder times always match the office's zone and lead time.
 */
export class FollowUpService {
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly regions: RegionService,
  ) {
    // A new lead time moves every open reminder, in the transaction that sets it.
    settings.registerReminderFollower(async (m, before, after) => {
      if (before.leadMinutes !== after.leadMinutes) await this.rescheduleOpen(m);
      else this.changed();
    });
  }

  /** The reminder engine listens, to look again after any change. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Listeners hear of a change once it is committed, outside the transaction that made it. */
  private changed(): void {
    afterCommit(() => {
      for (const listener of this.changeListeners) listener();
    });
  }

  /** Recomputes every open follow-up's times: after the office's zone or lead time changed. */
  async rescheduleOpen(m?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      const zone = await this.settings.timeZone();
      const { leadMinutes } = await this.settings.reminderSettings(tx);
      const rows: Array<{ id: string; due_date: string; due_time: string | null; snoozed_until: string | null }> = await tx.query(
        `SELECT id, due_date, due_time, snoozed_until FROM follow_up WHERE status = 'open' AND deleted_at IS NULL`,
      );
      for (const r of rows) {
        const s = scheduleOf({ dueDate: r.due_date, dueTime: r.due_time, snoozedUntil: r.snoozed_until }, zone, leadMinutes);
        await tx.query(`UPDATE follow_up SET due_at = ?, effective_at = ?, remind_at = ? WHERE id = ?`, [s.dueAt, s.effectiveAt, s.remindAt, r.id]);
      }
    };
    if (m) await run(m);
    else await this.deps.ds.transaction(run);
    this.changed();
  }

  /** Writes new follow-ups inside the caller's transaction (a finalised consultation, an amendment, a hand-made one). */
  async insert(m: EntityManager, items: NewFollowUp[]): Promise<string[]> {
    if (items.length === 0) return [];
    const zone = await this.settings.timeZone();
    const { leadMinutes } = await this.settings.reminderSettings(m);
    const now = nowIso(this.deps.clock);
    const ids: string[] = [];
    for (const item of items) {
      const id = item.id ?? randomUUID();
      const s = scheduleOf({ dueDate: item.dueDate, dueTime: item.dueTime, snoozedUntil: null }, zone, leadMinutes);
      await m.query(
        `INSERT INTO follow_up (id, business_id, participant_id, training_id, consultation_id, action_item_id, title, due_date, due_time,
           assignee, consultant_id, status, due_at, effective_at, remind_at, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
        [id, item.businessId, item.participantId ?? null, item.trainingId ?? null, item.consultationId, item.actionItemId, item.title,
          item.dueDate, item.dueTime, item.assignee, item.consultantId, s.dueAt, s.effectiveAt, s.remindAt, now, now, this.deps.session.actorId],
      );
      ids.push(id);
    }
    this.changed();
    return ids;
  }

  /** Changes an open follow-up's title, due date or assignee inside the caller's transaction; its reminder is re-armed. */
  async revise(m: EntityManager, id: string, patch: { title: string; dueDate: string; dueTime: string | null; assignee: 'business' | 'consultant' }): Promise<void> {
    const zone = await this.settings.timeZone();
    const { leadMinutes } = await this.settings.reminderSettings(m);
    const s = scheduleOf({ ...patch, snoozedUntil: null }, zone, leadMinutes);
    await m.query(
      `UPDATE follow_up SET title = ?, due_date = ?, due_time = ?, assignee = ?, snoozed_until = NULL, due_at = ?, effective_at = ?,
         remind_at = ?, notified_at = NULL, updated_at = ?, updated_by = ? WHERE id = ? AND status = 'open'`,
      [patch.title, patch.dueDate, patch.dueTime, patch.assignee, s.dueAt, s.effectiveAt, s.remindAt, nowIso(this.deps.clock), this.deps.session.actorId, id],
    );
    this.changed();
  }

  private async toItem(r: FollowUpSqlRow): Promise<FollowUpItem> {
    return {
      id: r.id,
      businessId: r.business_id,
      businessName: r.business_name,
      participantId: r.participant_id,
      participantName: r.participant_name,
      trainingId: r.training_id,
      trainingTitle: r.training_title,
      regencyName: await this.regions.name(r.regency_code),
      consultationId: r.consultation_id,
      consultationNumber: r.consultation_number,
      actionItemId: r.action_item_id,
      title: r.title,
      dueDate: r.due_date,
      dueTime: r.due_time,
      dueAt: r.due_at,
      snoozedUntil: r.snoozed_until,
      effectiveAt: r.effective_at,
      assignee: r.assignee,
      consultantId: r.consultant_id,
      consultantName: r.consultant_name,
      status: r.status,
      outcome: r.outcome,
      cancelReason: r.cancel_reason,
      completedAt: r.completed_at,
      notifiedAt: r.notified_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  private async loadRow(id: string, m: EntityManager = this.deps.ds.manager): Promise<FollowUpSqlRow> {
    const [row] = (await m.query(`${SELECT} WHERE f.id = ? AND f.deleted_at IS NULL`, [id])) as FollowUpSqlRow[];
    if (!row) throw new AppError('NOT_FOUND', 'Tindak lanjut tidak ditemukan.');
    return row;
  }

  async get(id: string): Promise<FollowUpItem> {
    return this.toItem(await this.loadRow(id));
  }

  /** Follow-ups of one consultation, by due date; for the consultation's own page. */
  async forConsultation(consultationId: string): Promise<FollowUpItem[]> {
    const rows = (await this.deps.ds.query(`${SELECT} WHERE f.consultation_id = ? AND f.deleted_at IS NULL ORDER BY f.due_date, f.created_at`, [
      consultationId,
    ])) as FollowUpSqlRow[];
    return Promise.all(rows.map((r) => this.toItem(r)));
  }

  /** A business's open follow-ups, soonest first; for its profile sheet. */
  async openForBusiness(businessId: string, limit: number): Promise<FollowUpItem[]> {
    const rows = (await this.deps.ds.query(
      `${SELECT} WHERE ${LIVE} AND f.business_id = ? AND f.status = 'open' ORDER BY f.effective_at, f.created_at LIMIT ?`,
      [businessId, limit],
    )) as FollowUpSqlRow[];
    return Promise.all(rows.map((r) => this.toItem(r)));
  }

  private async bounds() {
    return bucketBounds(this.deps.clock(), await this.settings.timeZone());
  }

  /** The office's time zone, in which follow-ups fall due. */
  timeZone(): Promise<string> {
    return this.settings.timeZone();
  }

  /**
   * How many follow-ups a tab holds, counted on the open-only indexes of follow_up alone: a
   * deleted business's follow-ups are deleted with it (see `followBusinessDeletion`), so no row
   * needs its business looked up unless the tab is filtered by kabupaten/kota.
   */
  private countSql(bucket: FollowUpBucket, b: BucketBounds, q: Filters): { sql: string; params: string[] } {
    const c = bucketCondition(bucket, b);
    const f = filterSql(q);
    const sql = q.regencyCode
      ? `SELECT count(*) FROM follow_up f LEFT JOIN business b ON b.id = f.business_id
           LEFT JOIN training_participant p ON p.id = f.participant_id WHERE ${LIVE} AND ${c.sql}${f.sql}`
      : `SELECT count(*) FROM follow_up f WHERE f.deleted_at IS NULL AND ${c.sql}${f.sql}`;
    return { sql, params: [...c.params, ...f.params] };
  }

  private async countBucket(bucket: FollowUpBucket, b: BucketBounds, q: Filters): Promise<number> {
    const { sql, params } = this.countSql(bucket, b, q);
    const [row] = await this.deps.ds.query(`SELECT (${sql}) AS n`, params);
    return Number(row.n);
  }

  /** Deletes a business's follow-ups with it, and restores those it deleted when the business comes back. */
  async followBusinessDeletion(m: EntityManager, businessId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
    if (deletedAt) {
      await m.query(`UPDATE follow_up SET deleted_at = ? WHERE business_id = ? AND deleted_at IS NULL`, [deletedAt, businessId]);
    } else if (restoredFrom) {
      await m.query(`UPDATE follow_up SET deleted_at = NULL WHERE business_id = ? AND deleted_at = ?`, [businessId, restoredFrom]);
    }
    this.changed();
  }

  /** Deletes a training's follow-ups (its participants' check-ins) with it, and restores those it deleted when it comes back. */
  async followTrainingDeletion(m: EntityManager, trainingId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
    if (deletedAt) {
      await m.query(`UPDATE follow_up SET deleted_at = ? WHERE training_id = ? AND deleted_at IS NULL`, [deletedAt, trainingId]);
    } else if (restoredFrom) {
      await m.query(`UPDATE follow_up SET deleted_at = NULL WHERE training_id = ? AND deleted_at = ?`, [trainingId, restoredFrom]);
    }
    this.changed();
  }

  /**
   * Check-ins ("sudah mulai usaha?") for training participants, inside the caller's transaction:
   * open, for the consultant, due by the end of their date (reminded at 08:00 office time). Returns how many were written.
   */
  async createCheckIns(
    m: EntityManager,
    items: Array<{ participantId: string; trainingId: string; businessId: string | null; title: string; dueDate: string; consultantId: string | null }>,
  ): Promise<number> {
    this.deps.session.requireActor();
    const ids = await this.insert(
      m,
      items.map((item) => ({ ...item, consultationId: null, actionItemId: null, dueTime: null, assignee: 'consultant' as const })),
    );
    for (const [i, id] of ids.entries()) {
      const item = items[i]!;
      await this.audit.record(m, {
        action: 'create',
        entity: 'follow_up',
        entityId: id,
        changes: {
          title: [null, item.title],
          dueDate: [null, item.dueDate],
          businessId: [null, item.businessId],
          participantId: [null, item.participantId],
          trainingId: [null, item.trainingId],
        },
      });
    }
    return ids.length;
  }

  /** A participant's follow-ups take the business they now have (a calon wirausaha who started one, or was linked to one). */
  async attachParticipantBusiness(m: EntityManager, participantId: string, businessId: string): Promise<number> {
    this.deps.session.requireActor();
    const rows: Array<{ id: string; business_id: string | null }> = await m.query(
      `SELECT id, business_id FROM follow_up WHERE participant_id = ? AND deleted_at IS NULL AND (business_id IS NULL OR business_id <> ?)`,
      [participantId, businessId],
    );
    const now = nowIso(this.deps.clock);
    for (const r of rows) {
      await m.query(`UPDATE follow_up SET business_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [businessId, now, this.deps.session.actorId, r.id]);
      await this.audit.record(m, { action: 'update', entity: 'follow_up', entityId: r.id, changes: { businessId: [r.business_id, businessId] } });
    }
    if (rows.length > 0) this.changed();
    return rows.length;
  }

  /** The four open tabs' counts in one statement (one trip through the driver), under the list's filters. */
  async counts(q: Filters = {}): Promise<FollowUpCounts> {
    const b = await this.bounds();
    const buckets = ['overdue', 'today', 'week', 'later'] as const;
    const parts = buckets.map((bucket) => this.countSql(bucket, b, q));
    const [row] = await this.deps.ds.query(
      `SELECT ${parts.map((p, i) => `(${p.sql}) AS ${buckets[i]}`).join(', ')}`,
      parts.flatMap((p) => p.params),
    );
    return { overdue: Number(row.overdue), today: Number(row.today), week: Number(row.week), later: Number(row.later) };
  }

  async list(q: ParsedInput<'followUps:list'>): Promise<{ rows: FollowUpItem[]; total: number }> {
    const b = await this.bounds();
    const c = bucketCondition(q.bucket, b);
    const f = filterSql(q);
    const where = `WHERE ${LIVE} AND ${c.sql}${f.sql}`;
    // The open-only indexes hold (effective_at, created_at) and the rowid: the page comes in index order.
    const order = q.bucket === 'closed' ? 'f.completed_at DESC, f.rowid DESC' : 'f.effective_at, f.created_at, f.rowid';
    const rows = (await this.deps.ds.query(`${SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, [
      ...c.params,
      ...f.params,
      q.pageSize,
      (q.page - 1) * q.pageSize,
    ])) as FollowUpSqlRow[];
    return { rows: await Promise.all(rows.map((r) => this.toItem(r))), total: await this.countBucket(q.bucket, b, q) };
  }

  async agenda(q: ParsedInput<'followUps:agenda'>): Promise<FollowUpItem[]> {
    const zone = await this.settings.timeZone();
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days > AGENDA_MAX_DAYS) {
      throw new AppError('VALIDATION', `Rentang agenda paling panjang ${AGENDA_MAX_DAYS} hari.`, { to: { key: 'v.agendaTooLong', params: { max: AGENDA_MAX_DAYS } } });
    }
    const from = zonedInstant(q.from, '00:00', zone);
    const to = zonedInstant(addDays(q.to, 1), '00:00', zone);
    const f = filterSql(q);
    const rows = (await this.deps.ds.query(
      `${SELECT} WHERE ${LIVE} AND f.status = 'open' AND f.effective_at >= ? AND f.effective_at < ?${f.sql} ORDER BY f.effective_at, f.created_at, f.id LIMIT 2000`,
      [from, to, ...f.params],
    )) as FollowUpSqlRow[];
    return Promise.all(rows.map((r) => this.toItem(r)));
  }

  private async requireOpen(m: EntityManager, id: string, doing: 'complete' | 'snooze' | 'reschedule' | 'cancel'): Promise<FollowUpSqlRow> {
    const row = await this.loadRow(id, m);
    if (row.status === 'open') return row;
    const messages = {
      done: 'Tindak lanjut ini sudah selesai.',
      cancelled: doing === 'complete' ? 'Tindak lanjut yang sudah dibatalkan tidak dapat diselesaikan.' : 'Tindak lanjut ini sudah dibatalkan.',
    } as const;
    throw new AppError('CONFLICT', messages[row.status]);
  }

  async create(input: ParsedInput<'followUps:create'>): Promise<FollowUpItem> {
    const actor = this.deps.session.requireActor();
    const zone = await this.settings.timeZone();
    const today = bucketBounds(this.deps.clock(), zone).today;
    if (input.dueDate < today) throw new AppError('VALIDATION', 'Tanggal jatuh tempo sudah lewat.', { dueDate: { key: 'v.dueInPast' } });
    const id = await this.deps.ds.transaction(async (m) => {
      const [business] = await m.query(`SELECT id FROM business WHERE id = ? AND deleted_at IS NULL`, [input.businessId]);
      if (!business) throw new AppError('VALIDATION', 'Profil usaha tidak ditemukan.', { businessId: { key: 'v.businessUnknown' } });
      const consultantId = input.consultantId ?? actor;
      const [consultant] = await m.query(`SELECT id FROM consultant WHERE id = ? AND deleted_at IS NULL AND active = 1`, [consultantId]);
      if (!consultant) throw new AppError('VALIDATION', 'Konsultan tidak ditemukan.', { consultantId: { key: 'v.consultantUnknown' } });
      const [newId] = await this.insert(m, [{ ...input, consultantId, consultationId: null, actionItemId: null }]);
      await this.audit.record(m, {
        action: 'create',
        entity: 'follow_up',
        entityId: newId!,
        changes: { title: [null, input.title], dueDate: [null, input.dueDate], businessId: [null, input.businessId] },
      });
      return newId!;
    });
    return this.get(id);
  }

  async complete(id: string, outcome: string): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.requireOpen(m, id, 'complete');
      const now = nowIso(this.deps.clock);
      await m.query(`UPDATE follow_up SET status = 'done', outcome = ?, completed_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [
        outcome, now, now, this.deps.session.actorId, id,
      ]);
      await this.audit.record(m, { action: 'complete', entity: 'follow_up', entityId: id, changes: { status: ['open', 'done'], outcome: [null, outcome] } });
    });
    this.changed();
    return this.get(id);
  }

  async cancel(id: string, reason: string): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.requireOpen(m, id, 'cancel');
      await this.closeAsCancelled(m, id, reason);
      await this.audit.record(m, { action: 'cancel', entity: 'follow_up', entityId: id, changes: { status: ['open', 'cancelled'], reason: [null, reason] } });
    });
    this.changed();
    return this.get(id);
  }

  /** Cancels an open follow-up inside the caller's transaction (an amendment removed its action item). */
  async closeAsCancelled(m: EntityManager, id: string, reason: string): Promise<void> {
    const now = nowIso(this.deps.clock);
    await m.query(
      `UPDATE follow_up SET status = 'cancelled', cancel_reason = ?, completed_at = ?, updated_at = ?, updated_by = ? WHERE id = ? AND status = 'open'`,
      [reason, now, now, this.deps.session.actorId, id],
    );
    this.changed();
  }

  async snooze(input: ParsedInput<'followUps:snooze'>): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    const zone = await this.settings.timeZone();
    const now = this.deps.clock();
    const until = 'preset' in input ? snoozePresetUntil(input.preset, now, zone) : new Date(input.until).toISOString();
    if (until <= now.toISOString()) {
      throw new AppError('VALIDATION', 'Waktu tunda harus di masa depan.', { until: { key: 'v.snoozePast' } });
    }
    await this.deps.ds.transaction(async (m) => {
      const row = await this.requireOpen(m, input.id, 'snooze');
      const { leadMinutes } = await this.settings.reminderSettings(m);
      const s = scheduleOf({ dueDate: row.due_date, dueTime: row.due_time, snoozedUntil: until }, zone, leadMinutes);
      await m.query(`UPDATE follow_up SET snoozed_until = ?, effective_at = ?, remind_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [
        until, s.effectiveAt, s.remindAt, nowIso(this.deps.clock), this.deps.session.actorId, input.id,
      ]);
      await this.audit.record(m, { action: 'snooze', entity: 'follow_up', entityId: input.id, changes: { snoozedUntil: [row.snoozed_until, until] } });
    });
    this.changed();
    return this.get(input.id);
  }

  async reschedule(input: ParsedInput<'followUps:reschedule'>): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    const today = bucketBounds(this.deps.clock(), await this.settings.timeZone()).today;
    if (input.dueDate < today) throw new AppError('VALIDATION', 'Tanggal jatuh tempo sudah lewat.', { dueDate: { key: 'v.dueInPast' } });
    await this.deps.ds.transaction(async (m) => {
      const row = await this.requireOpen(m, input.id, 'reschedule');
      await this.revise(m, input.id, { title: row.title, assignee: row.assignee, dueDate: input.dueDate, dueTime: input.dueTime });
      await this.audit.record(m, {
        action: 'reschedule',
        entity: 'follow_up',
        entityId: input.id,
        changes: { dueDate: [row.due_date, input.dueDate], dueTime: [row.due_time, input.dueTime] },
      });
    });
    return this.get(input.id);
  }

  /** Open follow-ups whose reminder is due and has not fired since it was (re)armed. */
  async dueReminders(now: string): Promise<FollowUpItem[]> {
    const rows = (await this.deps.ds.query(
      `${SELECT} WHERE ${LIVE} AND f.status = 'open' AND f.remind_at <= ? AND (f.notified_at IS NULL OR f.notified_at < f.remind_at)
       ORDER BY f.remind_at LIMIT 500`,
      [now],
    )) as FollowUpSqlRow[];
    return Promise.all(rows.map((r) => this.toItem(r)));
  }

  async markNotified(ids: string[], at: string): Promise<void> {
    if (ids.length === 0) return;
    await this.deps.ds.transaction(async (m) => {
      for (const id of ids) await m.query(`UPDATE follow_up SET notified_at = ? WHERE id = ?`, [at, id]);
    });
  }

  /** The next moment a reminder is armed for, if any. */
  async nextReminderAt(after: string): Promise<string | null> {
    const [row] = await this.deps.ds.query(
      `SELECT min(f.remind_at) AS at FROM follow_up f WHERE f.status = 'open' AND f.deleted_at IS NULL AND f.remind_at > ?`,
      [after],
    );
    return row?.at ?? null;
  }

  /**
   * Businesses with no consultation or follow-up for the office's idle days: check-in candidates,
   * longest idle first. `last_activity_at` is kept by triggers (see its migration), so this reads
   * one index range; the count stops at IDLE_COUNT_CAP, since "more than 1,000" is all a card says.
   */
  async idle(q: ParsedInput<'followUps:idle'>): Promise<{ rows: IdleBusiness[]; total: number; capped: boolean; days: number }> {
    const { idleDays } = await this.settings.reminderSettings();
    const now = this.deps.clock();
    const cutoff = new Date(now.getTime() - idleDays * 86_400_000).toISOString();
    const regency = q.regencyCode ? ' AND b.regency_code = ?' : '';
    const where = `
      FROM business b
      WHERE b.deleted_at IS NULL AND b.last_activity_at < ? AND b.status <> 'tidak_aktif'${regency}
        AND NOT EXISTS (SELECT 1 FROM follow_up o WHERE o.business_id = b.id AND o.status = 'open' AND o.deleted_at IS NULL)`;
    const params = [cutoff, ...(q.regencyCode ? [q.regencyCode] : [])];
    const rows: Array<{ id: string; name: string; regency_code: string | null; last_at: string }> = await this.deps.ds.query(
      `SELECT b.id, b.name, b.regency_code, b.last_activity_at AS last_at ${where} ORDER BY b.last_activity_at, b.id LIMIT ? OFFSET ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const [{ n }] = await this.deps.ds.query(`SELECT count(*) AS n FROM (SELECT 1 ${where} LIMIT ?)`, [...params, IDLE_COUNT_CAP + 1]);
    return {
      rows: await Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          name: r.name,
          regencyName: await this.regions.name(r.regency_code),
          lastActivityAt: new Date(r.last_at).toISOString(),
          idleDays: Math.floor((now.getTime() - Date.parse(r.last_at)) / 86_400_000),
        })),
      ),
      total: Math.min(Number(n), IDLE_COUNT_CAP),
      capped: Number(n) > IDLE_COUNT_CAP,
      days: idleDays,
    };
  }

}

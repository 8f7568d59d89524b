import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { FollowUpItem, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { afterCommit } from '../../db/transactions';
import type { AuditService } from '../audit';
import type { SettingsService } from '../settings';
import type { FollowUpRow } from './follow-up.entity';
import type { FollowUpLists } from './follow-up.lists';
import {
  activeConsultantExists,
  actionItemFollowUps,
  followDeletion,
  followUpRow,
  insertFollowUp,
  liveBusinessExists,
  markCancelled,
  markDone,
  moveAllOfBusiness,
  moveOpenOfConsultation,
  openCheckInIds,
  openScheduleFacts,
  participantRowsToAttach,
  reviseOpen,
  setBusiness,
  setSchedule,
  setSnoozed,
  type FollowUpInsert,
  type FollowUpSqlRow,
  type Stamp,
} from './follow-up.queries';
import { bucketBounds, scheduleOf, snoozePresetUntil } from './follow-up.schedule';

/** A follow-up to write: everything but the times, which come from the office's settings; a new id unless given. */
export type NewFollowUp = Omit<FollowUpInsert, 'id' | 'participantId' | 'trainingId'> & Partial<Pick<FollowUpInsert, 'id' | 'participantId' | 'trainingId'>>;

/**
 * Making and closing follow-ups: the records action items become, those a consultant adds by hand,
 * and training check-ins. Every write goes through here so that the reminder times always match
 * the office's zone and lead time.
 */
export class FollowUpScheduling {
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly lists: FollowUpLists,
  ) {}

  /** The reminder engine listens, to look again after any change. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Listeners hear of a change once it is committed, outside the transaction that made it. */
  changed(): void {
    afterCommit(() => {
      for (const listener of this.changeListeners) listener();
    });
  }

  private stamp(): Stamp {
    return { at: nowIso(this.deps.clock), by: this.deps.session.actorId };
  }

  /** Recomputes every open follow-up's times: after the office's zone or lead time changed. */
  async rescheduleOpen(m?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      const zone = await this.settings.timeZone();
      const { leadMinutes } = await this.settings.reminderSettings(tx);
      for (const r of await openScheduleFacts(tx)) {
        await setSchedule(tx, r.id, scheduleOf({ dueDate: r.due_date, dueTime: r.due_time, snoozedUntil: r.snoozed_until }, zone, leadMinutes));
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
    const stamp = this.stamp();
    const ids: string[] = [];
    for (const item of items) {
      const id = item.id ?? randomUUID();
      const s = scheduleOf({ dueDate: item.dueDate, dueTime: item.dueTime, snoozedUntil: null }, zone, leadMinutes);
      await insertFollowUp(m, { ...item, id, participantId: item.participantId ?? null, trainingId: item.trainingId ?? null }, s, stamp);
      ids.push(id);
    }
    this.changed();
    return ids;
  }

  /** Changes an open follow-up's title, due date or assignee inside the caller's transaction; its reminder is re-armed. */
  async revise(m: EntityManager, id: string, patch: { title: string; dueDate: string; dueTime: string | null; assignee: 'business' | 'consultant' }): Promise<void> {
    const zone = await this.settings.timeZone();
    const { leadMinutes } = await this.settings.reminderSettings(m);
    await reviseOpen(m, id, patch, scheduleOf({ ...patch, snoozedUntil: null }, zone, leadMinutes), this.stamp());
    this.changed();
  }

  /** Every follow-up a consultation's action items became, soft-deleted ones included; inside the caller's transaction. */
  ofConsultation(m: EntityManager, consultationId: string): Promise<FollowUpRow[]> {
    return actionItemFollowUps(m, consultationId);
  }

  /** A consultation's open follow-ups go with it to the business an amendment names; inside the caller's transaction. */
  moveWithConsultation(m: EntityManager, consultationId: string, businessId: string): Promise<void> {
    return moveOpenOfConsultation(m, consultationId, businessId, this.stamp());
  }

  /** A merged business's follow-ups move to the surviving profile; returns how many. */
  moveToBusiness(m: EntityManager, fromId: string, toId: string): Promise<number> {
    return moveAllOfBusiness(m, fromId, toId, this.stamp());
  }

  /** Deletes a business's follow-ups with it, and restores those it deleted when the business comes back. */
  async followBusinessDeletion(m: EntityManager, businessId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
    await followDeletion(m, 'business_id', businessId, deletedAt, restoredFrom);
    this.changed();
  }

  /** Deletes a training's follow-ups (its participants' check-ins) with it, and restores those it deleted when it comes back. */
  async followTrainingDeletion(m: EntityManager, trainingId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
    await followDeletion(m, 'training_id', trainingId, deletedAt, restoredFrom);
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
    const rows = await participantRowsToAttach(m, participantId, businessId);
    const stamp = this.stamp();
    for (const r of rows) {
      await setBusiness(m, r.id, businessId, stamp);
      await this.audit.record(m, { action: 'update', entity: 'follow_up', entityId: r.id, changes: { businessId: [r.business_id, businessId] } });
    }
    if (rows.length > 0) this.changed();
    return rows.length;
  }

  private async requireOpen(m: EntityManager, id: string, doing: 'complete' | 'snooze' | 'reschedule' | 'cancel'): Promise<FollowUpSqlRow> {
    const row = await followUpRow(m, id);
    if (!row) throw new AppError('NOT_FOUND', 'followUps.notFound');
    if (row.status === 'open') return row;
    const key = row.status === 'done' ? 'followUps.alreadyDone' : doing === 'complete' ? 'followUps.cancelledCannotComplete' : 'followUps.alreadyCancelled';
    throw new AppError('CONFLICT', key);
  }

  async create(input: ParsedInput<'followUps:create'>): Promise<FollowUpItem> {
    const actor = this.deps.session.requireActor();
    const zone = await this.settings.timeZone();
    const today = bucketBounds(this.deps.clock(), zone).today;
    if (input.dueDate < today) throw new AppError('VALIDATION', 'followUps.dueInPast', { fields: { dueDate: { key: 'v.dueInPast' } } });
    const id = await this.deps.ds.transaction(async (m) => {
      if (!(await liveBusinessExists(m, input.businessId))) {
        throw new AppError('VALIDATION', 'followUps.businessUnknown', { fields: { businessId: { key: 'v.businessUnknown' } } });
      }
      const consultantId = input.consultantId ?? actor;
      if (!(await activeConsultantExists(m, consultantId))) {
        throw new AppError('VALIDATION', 'followUps.consultantUnknown', { fields: { consultantId: { key: 'v.consultantUnknown' } } });
      }
      const [newId] = await this.insert(m, [{ ...input, consultantId, consultationId: null, actionItemId: null }]);
      await this.audit.record(m, {
        action: 'create',
        entity: 'follow_up',
        entityId: newId!,
        changes: { title: [null, input.title], dueDate: [null, input.dueDate], businessId: [null, input.businessId] },
      });
      return newId!;
    });
    return this.lists.get(id);
  }

  async complete(id: string, outcome: string): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.requireOpen(m, id, 'complete');
      await markDone(m, id, outcome, this.stamp());
      await this.audit.record(m, { action: 'complete', entity: 'follow_up', entityId: id, changes: { status: ['open', 'done'], outcome: [null, outcome] } });
    });
    this.changed();
    return this.lists.get(id);
  }

  async cancel(id: string, reason: string): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.requireOpen(m, id, 'cancel');
      await this.closeAsCancelled(m, id, reason);
      await this.audit.record(m, { action: 'cancel', entity: 'follow_up', entityId: id, changes: { status: ['open', 'cancelled'], reason: [null, reason] } });
    });
    this.changed();
    return this.lists.get(id);
  }

  /** Cancels a removed participant's open check-ins inside the caller's transaction, each audited; answers how many. */
  async cancelParticipantCheckIns(m: EntityManager, participantId: string, reason: string): Promise<number> {
    const ids = await openCheckInIds(m, participantId);
    for (const id of ids) {
      await this.closeAsCancelled(m, id, reason);
      await this.audit.record(m, { action: 'cancel', entity: 'follow_up', entityId: id, changes: { status: ['open', 'cancelled'], reason: [null, reason] } });
    }
    return ids.length;
  }

  /** Cancels an open follow-up inside the caller's transaction (an amendment removed its action item). */
  async closeAsCancelled(m: EntityManager, id: string, reason: string): Promise<void> {
    await markCancelled(m, id, reason, this.stamp());
    this.changed();
  }

  async snooze(input: ParsedInput<'followUps:snooze'>): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    const zone = await this.settings.timeZone();
    const now = this.deps.clock();
    const until = 'preset' in input ? snoozePresetUntil(input.preset, now, zone) : new Date(input.until).toISOString();
    if (until <= now.toISOString()) {
      throw new AppError('VALIDATION', 'followUps.snoozePast', { fields: { until: { key: 'v.snoozePast' } } });
    }
    await this.deps.ds.transaction(async (m) => {
      const row = await this.requireOpen(m, input.id, 'snooze');
      const { leadMinutes } = await this.settings.reminderSettings(m);
      const s = scheduleOf({ dueDate: row.due_date, dueTime: row.due_time, snoozedUntil: until }, zone, leadMinutes);
      await setSnoozed(m, input.id, until, s, this.stamp());
      await this.audit.record(m, { action: 'snooze', entity: 'follow_up', entityId: input.id, changes: { snoozedUntil: [row.snoozed_until, until] } });
    });
    this.changed();
    return this.lists.get(input.id);
  }

  async reschedule(input: ParsedInput<'followUps:reschedule'>): Promise<FollowUpItem> {
    this.deps.session.requireActor();
    const today = bucketBounds(this.deps.clock(), await this.settings.timeZone()).today;
    if (input.dueDate < today) throw new AppError('VALIDATION', 'followUps.dueInPast', { fields: { dueDate: { key: 'v.dueInPast' } } });
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
    return this.lists.get(input.id);
  }
}

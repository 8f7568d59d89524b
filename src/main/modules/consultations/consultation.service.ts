import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  ConsultationDetail,
  ConsultationDraftValues,
  ConsultationValues,
  DraftSummary,
  HoursRow,
  Output,
  ParsedInput,
  TimelineEntry,
} from '../../../shared/contract';
import { parseIsoDate } from '../../../shared/domain/dates';
import { zonedInstant } from '../../../shared/domain/zoned';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { nowIso, todayIn, type CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import type { BusinessService, BusinessTimelineService } from '../businesses';
import type { FollowUpService, NewFollowUp } from '../follow-ups';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import type { ConsultationRow } from './consultation.entity';
import {
  changedFields,
  consultationNumber,
  parseJson,
  serviceAreasOf,
  toSummary,
  valuesOf,
} from './consultation.mapper';
import {
  amendRow,
  businessHeading,
  consultantIdsOf,
  consultantNames,
  consultationState,
  draftRows,
  finalConsultationsOfBusiness,
  finalizeDraftRow,
  findConsultation,
  findRevision,
  hoursRows,
  insertConsultation,
  insertDraft,
  insertRevision,
  knownConsultants,
  listConsultations,
  liveBusinessExists,
  markDiscarded,
  moveConsultationsOfBusiness,
  nextSeq,
  otherDraftOf,
  revisionRows,
  updateDraft,
  writeConsultants,
} from './consultation.queries';

/** How long a draft's complaint may be in the drafts list. */
const EXCERPT_LENGTH = 80;

function excerpt(text: string | null): string | null {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

export class ConsultationService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly regions: RegionService,
    private readonly settings: SettingsService,
    private readonly followUps: FollowUpService,
  ) {}

  /** Consultations follow a merged business profile and show on its timeline. */
  connect(businesses: BusinessService, timeline: BusinessTimelineService): void {
    businesses.registerRelated('consultations', (m, fromId, toId) => this.moveConsultations(m, fromId, toId));
    timeline.registerSource((businessId) => this.timeline(businessId));
  }

  private async today(): Promise<string> {
    return todayIn(await this.settings.timeZone(), this.deps.clock);
  }

  // ---------------------------------------------------------------- drafts

  /** Creates or replaces the draft; runs about once a second while the consultant types. */
  async saveDraft(id: string, values: ConsultationDraftValues): Promise<{ id: string; updatedAt: string }> {
    const actor = this.deps.session.requireActor();
    const now = nowIso(this.deps.clock);
    const date = parseIsoDate(values.date) ? values.date : null;
    const wanted = values.businessId || null;
    await this.deps.ds.transaction(async (m) => {
      const row = await consultationState(m, id);
      if (row?.status === 'final') throw new AppError('CONFLICT', 'consultations.finalNoDraft');
      if (row?.deleted_at) throw new AppError('CONFLICT', 'consultations.discarded');
      const businessId = wanted && (await liveBusinessExists(m, wanted)) ? wanted : null;
      if (businessId && (await otherDraftOf(m, businessId, id))) {
        throw new AppError('CONFLICT', 'consultations.oneDraft', { fields: { 'values.businessId': { key: 'v.draftExists' } } });
      }
      const draft = { id, businessId, date, json: JSON.stringify(values), now, actor };
      if (row) {
        await updateDraft(m, draft);
        return;
      }
      await insertDraft(m, draft);
      await this.audit.record(m, { action: 'create_draft', entity: 'consultation', entityId: id, changes: { businessId: [null, businessId] } });
    });
    return { id, updatedAt: now };
  }

  async drafts(businessId?: string): Promise<DraftSummary[]> {
    const rows = await draftRows(this.deps.ds, businessId);
    return rows.map((r) => ({
      id: r.id,
      businessId: r.business_id,
      businessName: r.business_name,
      excerpt: excerpt(r.complaint),
      date: r.consultation_date,
      updatedAt: r.updated_at,
      updatedByName: r.updated_by_name,
    }));
  }

  async discardDraft(id: string): Promise<void> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const row = await findConsultation(m, id);
      if (!row) throw new AppError('NOT_FOUND', 'consultations.notFound');
      if (row.status === 'final') throw new AppError('CONFLICT', 'consultations.discardFinal');
      if (row.deletedAt) return;
      await markDiscarded(m, id, nowIso(this.deps.clock), actor);
      await this.audit.record(m, { action: 'discard_draft', entity: 'consultation', entityId: id });
    });
  }

  // ---------------------------------------------------------------- finalise and amend

  /** What only the data can tell: the business is live, the consultants exist and are active, the date has come. */
  private async checkAgainstData(m: EntityManager, v: ConsultationValues, today: string, keptConsultants: string[] = []): Promise<void> {
    const fields: Record<string, FieldIssue> = {};
    if (!(await liveBusinessExists(m, v.businessId))) fields['values.businessId'] = { key: 'v.businessUnknown' };
    const known = await knownConsultants(m, v.consultantIds, keptConsultants);
    if (v.consultantIds.some((cid) => !known.has(cid))) fields['values.consultantIds'] = { key: 'v.consultantUnknown' };
    if (v.date > today) fields['values.date'] = { key: 'v.dateFuture' };
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', 'common.invalidInput', { fields });
  }

  private columns(v: ConsultationValues): Partial<ConsultationRow> {
    return {
      businessId: v.businessId,
      consultationDate: v.date,
      startTime: v.startTime,
      contactMinutes: v.contactMinutes,
      prepMinutes: v.prepMinutes,
      channel: v.channel,
      serviceAreas: JSON.stringify(v.serviceAreas),
      complaint: v.complaint,
      diagnosis: v.diagnosis,
      advice: v.advice,
      referrals: JSON.stringify(v.referrals),
      actionItems: JSON.stringify(v.actionItems),
    };
  }

  private async writeRevision(m: EntityManager, consultationId: string, version: number, reason: string | null, v: ConsultationValues): Promise<void> {
    await insertRevision(m, {
      id: randomUUID(),
      consultationId,
      version,
      reason,
      snapshot: JSON.stringify(v),
      createdAt: nowIso(this.deps.clock),
      createdBy: this.deps.session.actorId,
    });
  }

  /** The follow-up an action item with a due date becomes; the follow-up module sets its reminder times. */
  private newFollowUp(consultationId: string, v: ConsultationValues, item: ConsultationValues['actionItems'][number]): NewFollowUp {
    return {
      businessId: v.businessId,
      consultationId,
      actionItemId: item.id,
      title: item.what,
      dueDate: item.dueDate as string,
      dueTime: null,
      assignee: item.who,
      consultantId: v.consultantIds[0] ?? null,
    };
  }

  /** Numbers and locks the draft; one transaction whose first statement takes the number. */
  async finalize(id: string, values: ConsultationValues): Promise<ConsultationDetail> {
    const actor = this.deps.session.requireActor();
    const deskCode = (await this.settings.get()).office.deskCode;
    if (!deskCode) throw new AppError('CONFLICT', 'consultations.noDesk');
    const today = await this.today();
    const period = values.date.slice(0, 7);
    await this.deps.ds.transaction(async (m) => {
      const seq = await nextSeq(m, deskCode, period);
      const existing = await findConsultation(m, id);
      if (existing?.status === 'final') throw new AppError('CONFLICT', 'consultations.alreadyFinal');
      if (existing?.deletedAt) throw new AppError('CONFLICT', 'consultations.discarded');
      await this.checkAgainstData(m, values, today);
      const now = nowIso(this.deps.clock);
      const number = consultationNumber(deskCode, period, seq);
      const row: Partial<ConsultationRow> = {
        ...this.columns(values),
        status: 'final',
        number,
        deskCode,
        period,
        seq,
        version: 1,
        draftValues: null,
        finalizedAt: now,
        finalizedBy: actor,
        updatedAt: now,
        updatedBy: actor,
      };
      if (existing) {
        if ((await finalizeDraftRow(m, id, row)) !== 1) throw new AppError('CONFLICT', 'consultations.alreadyFinal');
      } else {
        // Finalised before its first autosave reached the database.
        await insertConsultation(m, { ...row, id, createdAt: now, deletedAt: null } as ConsultationRow);
      }
      await writeConsultants(m, id, values.consultantIds);
      await this.writeRevision(m, id, 1, null, values);
      await this.followUps.scheduling.insert(
        m,
        values.actionItems.filter((item) => item.dueDate).map((item) => this.newFollowUp(id, values, item)),
      );
      await this.audit.record(m, { action: 'finalize', entity: 'consultation', entityId: id, changes: { number: [null, number] } });
    });
    return this.get(id);
  }

  /** A correction: a new version with its reason; the number stays, the follow-ups follow the action items. */
  async amend(input: ParsedInput<'consultations:amend'>): Promise<ConsultationDetail> {
    const actor = this.deps.session.requireActor();
    const today = await this.today();
    const v = input.values;
    await this.deps.ds.transaction(async (m) => {
      const before = await findConsultation(m, input.id);
      if (!before || before.deletedAt) throw new AppError('NOT_FOUND', 'consultations.notFound');
      if (before.status !== 'final') throw new AppError('CONFLICT', 'consultations.amendDraft');
      if (before.updatedAt !== input.expectedUpdatedAt) throw new AppError('CONFLICT', 'consultations.stale');
      const oldConsultants = await consultantIdsOf(m, input.id);
      await this.checkAgainstData(m, v, today, oldConsultants);
      const now = nowIso(this.deps.clock);
      const version = before.version + 1;
      const changed = await amendRow(m, input.id, input.expectedUpdatedAt, { version, updatedAt: now, updatedBy: actor, ...this.columns(v) });
      if (changed !== 1) throw new AppError('CONFLICT', 'consultations.stale');
      await writeConsultants(m, input.id, v.consultantIds);
      const previous = await findRevision(m, input.id, before.version);
      await this.writeRevision(m, input.id, version, input.reason, v);
      await this.syncFollowUps(m, input.id, v, version, input.reason);
      const fields = changedFields(parseJson<Record<string, unknown> | null>(previous?.snapshot ?? null, null), v);
      await this.audit.record(m, {
        action: 'amend',
        entity: 'consultation',
        entityId: input.id,
        changes: { reason: [null, input.reason], version: [before.version, version], fields: [null, fields] },
      });
    });
    return this.get(input.id);
  }

  /**
   * Follow-ups after an amendment, matched by action-item id: a new dated item gets one; an open one
   * takes the item's new title, due date and assignee; an open one whose item is gone or undated is
   * cancelled, naming the amendment. Done and cancelled follow-ups are history and stay as they are.
   */
  private async syncFollowUps(m: EntityManager, consultationId: string, v: ConsultationValues, version: number, reason: string): Promise<void> {
    const existing = await this.followUps.scheduling.ofConsultation(m, consultationId);
    const byItem = new Map(existing.filter((f) => !f.deletedAt && f.actionItemId).map((f) => [f.actionItemId as string, f]));
    const dated = new Set<string>();
    const added: NewFollowUp[] = [];
    for (const item of v.actionItems) {
      if (!item.dueDate) continue;
      dated.add(item.id);
      const f = byItem.get(item.id);
      if (!f) {
        // A soft-deleted follow-up may still hold the item's slot in the unique index.
        if (!existing.some((x) => x.actionItemId === item.id)) added.push(this.newFollowUp(consultationId, v, item));
        continue;
      }
      if (f.status !== 'open') continue;
      if (f.title !== item.what || f.dueDate !== item.dueDate || f.assignee !== item.who) {
        await this.followUps.scheduling.revise(m, f.id, { title: item.what, dueDate: item.dueDate, dueTime: f.dueTime, assignee: item.who });
      }
    }
    await this.followUps.scheduling.insert(m, added);
    // An amendment may name another business: the open follow-ups go with the consultation.
    await this.followUps.scheduling.moveWithConsultation(m, consultationId, v.businessId);
    for (const f of byItem.values()) {
      if (f.status !== 'open' || dated.has(f.actionItemId as string)) continue;
      await this.followUps.scheduling.closeAsCancelled(
        m,
        f.id,
        `Dibatalkan oleh amandemen versi ${version}: butir rencana aksi dihapus atau tanggal jatuh temponya dikosongkan. Alasan amandemen: ${reason}`,
      );
    }
  }

  // ---------------------------------------------------------------- reading

  async get(id: string): Promise<ConsultationDetail> {
    const ds = this.deps.ds;
    const row = await findConsultation(ds, id);
    if (!row) throw new AppError('NOT_FOUND', 'consultations.notFound');
    const draft = row.status === 'draft' ? parseJson<ConsultationDetail['draft']>(row.draftValues, null) : null;
    const consultantIds = row.status === 'final' ? await consultantIdsOf(ds, id) : (draft?.consultantIds ?? []);
    const names = await consultantNames(ds, [...new Set([...consultantIds, ...(row.updatedBy ? [row.updatedBy] : [])])]);
    const business = row.businessId ? await businessHeading(ds, row.businessId) : undefined;
    let previous: Record<string, unknown> | null = null;
    const history = (await revisionRows(ds, id)).map((r) => {
      const values = parseJson<Record<string, unknown>>(r.snapshot, {});
      const entry = { version: r.version, reason: r.reason, at: r.created_at, actorName: r.actor_name, changedFields: changedFields(previous, values), values };
      previous = values;
      return entry;
    });
    return {
      id: row.id,
      status: row.status,
      number: row.number,
      version: row.version,
      businessId: row.businessId,
      businessName: business?.name ?? null,
      ownerName: business?.owner_name ?? null,
      regencyName: await this.regions.name(business?.regency_code ?? null),
      consultants: consultantIds.filter((c) => names.has(c)).map((c) => ({ id: c, name: names.get(c) as string })),
      values: row.status === 'final' ? valuesOf(row, consultantIds) : null,
      draft,
      followUps: await this.followUps.lists.forConsultation(id),
      revisions: history,
      finalizedAt: row.finalizedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      updatedByName: row.updatedBy ? (names.get(row.updatedBy) ?? null) : null,
      deletedAt: row.deletedAt,
    };
  }

  async list(q: ParsedInput<'consultations:list'>): Promise<Output<'consultations:list'>> {
    const { rows, total, minutes } = await listConsultations(this.deps.ds, q);
    return { rows: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize, totalContactMinutes: minutes };
  }

  async hours(q: ParsedInput<'consultations:hours'>): Promise<HoursRow[]> {
    const rows = await hoursRows(this.deps.ds, q);
    return rows.map((r) => ({
      consultantId: r.consultant_id,
      consultantName: r.consultant_name,
      month: r.month,
      consultations: r.consultations,
      contactMinutes: r.contact_minutes,
      prepMinutes: r.prep_minutes,
    }));
  }

  // ---------------------------------------------------------------- business links

  /** The business timeline's consultations, at their own date and time. */
  async timeline(businessId: string): Promise<TimelineEntry[]> {
    const ds = this.deps.ds;
    const zone = await this.settings.timeZone();
    const consultations = await finalConsultationsOfBusiness(ds, businessId);
    return consultations.map((c) => ({
      at: zonedInstant(c.consultation_date, c.start_time ?? '00:00', zone),
      kind: 'consultation',
      actorName: c.actor_name,
      detail: {
        consultationId: c.id,
        number: c.number,
        date: c.consultation_date,
        startTime: c.start_time,
        serviceAreas: serviceAreasOf(c.service_areas),
        channel: c.channel,
        actionItems: parseJson<ConsultationValues['actionItems']>(c.action_items, []).map((i) => ({ what: i.what, who: i.who, dueDate: i.dueDate })),
        version: c.version,
      },
    }));
  }

  /** A merged profile's consultations move to the survivor (see moveConsultationsOfBusiness). */
  private moveConsultations(m: EntityManager, fromId: string, toId: string): Promise<number> {
    return moveConsultationsOfBusiness(m, fromId, toId, nowIso(this.deps.clock), this.deps.session.actorId);
  }
}

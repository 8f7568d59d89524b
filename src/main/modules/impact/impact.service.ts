import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Milestone, ParsedInput } from '../../../shared/contract';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { type AuditService, diff } from '../audit';
import type { BusinessService } from '../businesses';
import { businessTookPart } from '../trainings';
import {
  findMilestone,
  followBusinessDeletion,
  insertMilestone,
  isFinalConsultationOf,
  listMilestones,
  moveMilestones,
  setMilestoneDeletedAt,
  updateMilestone,
  type MilestoneValuesRow,
  type MilestoneView,
  type Stamp,
} from './impact.queries';

type MilestoneValues = ParsedInput<'impact:create'>;

/** Fields whose changes are audited; none of them is personal. */
const AUDITED_FIELDS = [
  'businessId', 'kind', 'date', 'consultationId', 'trainingId', 'evidence', 'note', 'jobKind', 'men', 'women',
  'salesBefore', 'salesAfter', 'capitalSource', 'amount', 'permitKind', 'channel', 'channelName',
] as const satisfies readonly (keyof MilestoneValuesRow)[];

/** The form's values as stored: every kind's columns, those of other kinds null. */
function stored(v: MilestoneValues): MilestoneValuesRow {
  return {
    businessId: v.businessId,
    kind: v.kind,
    date: v.date,
    consultationId: v.consultationId,
    trainingId: v.trainingId,
    evidence: v.evidence,
    note: v.note,
    jobKind: v.kind === 'jobs' ? v.jobKind : null,
    men: v.kind === 'jobs' ? v.men : null,
    women: v.kind === 'jobs' ? v.women : null,
    salesBefore: v.kind === 'sales' ? v.salesBefore : null,
    salesAfter: v.kind === 'sales' ? v.salesAfter : null,
    capitalSource: v.kind === 'capital' ? v.capitalSource : null,
    amount: v.kind === 'capital' ? v.amount : null,
    permitKind: v.kind === 'permit' ? v.permitKind : null,
    channel: v.kind === 'market' ? v.channel : null,
    channelName: v.kind === 'market' ? v.channelName : null,
  };
}

function toDto(v: MilestoneView): Milestone {
  const { deletedAt: _deletedAt, updatedBy: _updatedBy, ...row } = v.row;
  return { ...row, businessName: v.businessName, consultationNumber: v.consultationNumber, trainingTitle: v.trainingTitle };
}

/** Impact milestones per business, each dated, credited where possible and with its evidence. */
export class ImpactService {
  constructor(
    readonly deps: CoreDeps,
    readonly audit: AuditService,
    readonly businesses: BusinessService,
  ) {
    businesses.registerRelated('impact', (m, fromId, toId) => moveMilestones(m, fromId, toId, this.stamp()));
    businesses.registerDeletionFollower('impact', followBusinessDeletion);
  }

  private async load(id: string, m: EntityManager = this.deps.ds.manager): Promise<MilestoneView> {
    const view = await findMilestone(m, id);
    if (!view) throw new AppError('NOT_FOUND', 'impact.notFound');
    return view;
  }

  private stamp(): Stamp {
    return { now: nowIso(this.deps.clock), actorId: this.deps.session.actorId };
  }

  async get(id: string): Promise<Milestone> {
    return toDto(await this.load(id));
  }

  /** A business's live milestones, newest first. */
  async list(businessId: string): Promise<Milestone[]> {
    return (await listMilestones(this.deps.ds.manager, businessId)).map(toDto);
  }

  /**
   * What the schema cannot know: the business is live, the consultation is a finalised one of that
   * business, the business took part in the training, and the date is not after the office's today.
   * Issues are reported on the input's own paths (`prefix` is `milestone.` for an update).
   */
  private async check(m: EntityManager, v: MilestoneValues, prefix: string): Promise<void> {
    const fields: Record<string, FieldIssue> = {};
    if (v.date > (await this.businesses.today())) fields[`${prefix}date`] = { key: 'v.dateFuture' };
    if (!(await this.liveBusiness(m, v.businessId))) fields[`${prefix}businessId`] = { key: 'v.businessUnknown' };
    if (v.consultationId && !(await isFinalConsultationOf(m, v.consultationId, v.businessId))) {
      fields[`${prefix}consultationId`] = { key: 'v.consultationUnknown' };
    }
    if (v.trainingId && !(await businessTookPart(m, v.trainingId, v.businessId))) fields[`${prefix}trainingId`] = { key: 'v.trainingNotAttended' };
    if (Object.keys(fields).length > 0) {
      throw new AppError('VALIDATION', 'common.invalidInput', { fields });
    }
  }

  private async liveBusiness(m: EntityManager, id: string): Promise<boolean> {
    return (await this.businesses.findLive(id, m)) !== null;
  }

  async create(input: MilestoneValues): Promise<Milestone> {
    this.deps.session.requireActor();
    const id = randomUUID();
    await this.deps.ds.transaction(async (m) => {
      await this.check(m, input, '');
      const s = stored(input);
      await insertMilestone(m, id, s, this.stamp());
      await this.audit.record(m, { action: 'create', entity: 'impact_milestone', entityId: id, changes: diff(null, s, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  async update(id: string, input: MilestoneValues): Promise<Milestone> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = (await this.load(id, m)).row;
      await this.check(m, input, 'milestone.');
      const s = stored(input);
      const changes = diff(before, s, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return;
      await updateMilestone(m, id, s, this.stamp());
      await this.audit.record(m, { action: 'update', entity: 'impact_milestone', entityId: id, changes });
    });
    return this.get(id);
  }

  /** Soft delete with the reason in the audit log. */
  async remove(id: string, reason: string): Promise<{ ok: true }> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.load(id, m);
      await setMilestoneDeletedAt(m, id, this.stamp());
      await this.audit.record(m, { action: 'delete', entity: 'impact_milestone', entityId: id, changes: { reason: [null, reason] } });
    });
    return { ok: true };
  }
}

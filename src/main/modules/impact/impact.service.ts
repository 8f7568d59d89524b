import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Milestone, MilestoneKind, ParsedInput } from '../../../shared/contract';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { type AuditService, diff } from '../audit/audit.service';
import type { BusinessService } from '../businesses';

type MilestoneValues = ParsedInput<'impact:create'>;

interface MilestoneSqlRow {
  id: string;
  business_id: string;
  business_name: string | null;
  kind: MilestoneKind;
  milestone_date: string;
  consultation_id: string | null;
  consultation_number: string | null;
  training_id: string | null;
  training_title: string | null;
  evidence: string | null;
  note: string | null;
  job_kind: Milestone['jobKind'];
  men: number | null;
  women: number | null;
  sales_before: number | null;
  sales_after: number | null;
  capital_source: Milestone['capitalSource'];
  amount: number | null;
  permit_kind: Milestone['permitKind'];
  channel: Milestone['channel'];
  channel_name: string | null;
  created_at: string;
  updated_at: string;
}

/** A milestone as stored: every kind's columns, those of other kinds null. */
interface StoredValues {
  businessId: string;
  kind: MilestoneKind;
  date: string;
  consultationId: string | null;
  trainingId: string | null;
  evidence: string | null;
  note: string | null;
  jobKind: Milestone['jobKind'];
  men: number | null;
  women: number | null;
  salesBefore: number | null;
  salesAfter: number | null;
  capitalSource: Milestone['capitalSource'];
  amount: number | null;
  permitKind: Milestone['permitKind'];
  channel: Milestone['channel'];
  channelName: string | null;
}

/** Fields whose changes are audited; none of them is personal. */
const AUDITED_FIELDS = [
  'businessId', 'kind', 'date', 'consultationId', 'trainingId', 'evidence', 'note', 'jobKind', 'men', 'women',
  'salesBefore', 'salesAfter', 'capitalSource', 'amount', 'permitKind', 'channel', 'channelName',
] as const satisfies readonly (keyof StoredValues)[];

const SELECT = `
  SELECT i.id, i.business_id, b.name AS business_name, i.kind, i.milestone_date, i.consultation_id, c.number AS consultation_number,
         i.training_id, t.title AS training_title, i.evidence, i.note, i.job_kind, i.men, i.women, i.sales_before, i.sales_after,
         i.capital_source, i.amount, i.permit_kind, i.channel, i.channel_name, i.created_at, i.updated_at
  FROM impact_milestone i
  LEFT JOIN business b ON b.id = i.business_id
  LEFT JOIN consultation c ON c.id = i.consultation_id
  LEFT JOIN training t ON t.id = i.training_id`;

function stored(v: MilestoneValues): StoredValues {
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

function fromRow(r: MilestoneSqlRow): StoredValues {
  return {
    businessId: r.business_id,
    kind: r.kind,
    date: r.milestone_date,
    consultationId: r.consultation_id,
    trainingId: r.training_id,
    evidence: r.evidence,
    note: r.note,
    jobKind: r.job_kind,
    men: r.men,
    women: r.women,
    salesBefore: r.sales_before,
    salesAfter: r.sales_after,
    capitalSource: r.capital_source,
    amount: r.amount,
    permitKind: r.permit_kind,
    channel: r.channel,
    channelName: r.channel_name,
  };
}

function toDto(r: MilestoneSqlRow): Milestone {
  return {
    ...fromRow(r),
    id: r.id,
    businessName: r.business_name,
    consultationNumber: r.consultation_number,
    trainingTitle: r.training_title,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Impact milestones per business, each dated, credited where possible and with its evidence. */
export class ImpactService {
  constructor(
    readonly deps: CoreDeps,
    readonly audit: AuditService,
    readonly businesses: BusinessService,
  ) {
    businesses.registerRelated('impact', (m, fromId, toId) => this.moveMilestones(m, fromId, toId));
    businesses.registerDeletionFollower('impact', (m, id, deletedAt, restoredFrom) => this.followBusinessDeletion(m, id, deletedAt, restoredFrom));
  }

  private async loadRow(id: string, m: EntityManager = this.deps.ds.manager): Promise<MilestoneSqlRow> {
    const [row] = (await m.query(`${SELECT} WHERE i.id = ? AND i.deleted_at IS NULL`, [id])) as MilestoneSqlRow[];
    if (!row) throw new AppError('NOT_FOUND', 'Capaian dampak tidak ditemukan.');
    return row;
  }

  async get(id: string): Promise<Milestone> {
    return toDto(await this.loadRow(id));
  }

  /** A business's live milestones, newest first. */
  async list(businessId: string): Promise<Milestone[]> {
    const rows = (await this.deps.ds.query(
      `${SELECT} WHERE i.business_id = ? AND i.deleted_at IS NULL ORDER BY i.milestone_date DESC, i.created_at DESC, i.rowid DESC`,
      [businessId],
    )) as MilestoneSqlRow[];
    return rows.map(toDto);
  }

  /**
   * What the schema cannot know: the business is live, the consultation is a finalised one of that
   * business, the business took part in the training, and the date is not after the office's today.
   * Issues are reported on the input's own paths (`prefix` is `milestone.` for an update).
   */
  private async check(m: EntityManager, v: MilestoneValues, prefix: string): Promise<void> {
    const fields: Record<string, FieldIssue> = {};
    if (v.date > (await this.businesses.today())) fields[`${prefix}date`] = { key: 'v.dateFuture' };
    const business: unknown[] = await m.query(`SELECT 1 FROM business WHERE id = ? AND deleted_at IS NULL`, [v.businessId]);
    if (business.length === 0) fields[`${prefix}businessId`] = { key: 'v.businessUnknown' };
    if (v.consultationId) {
      const rows: unknown[] = await m.query(
        `SELECT 1 FROM consultation WHERE id = ? AND business_id = ? AND status = 'final' AND deleted_at IS NULL`,
        [v.consultationId, v.businessId],
      );
      if (rows.length === 0) fields[`${prefix}consultationId`] = { key: 'v.consultationUnknown' };
    }
    if (v.trainingId) {
      const rows: unknown[] = await m.query(
        `SELECT 1 FROM training t JOIN training_participant p ON p.training_id = t.id
         WHERE t.id = ? AND t.deleted_at IS NULL AND p.deleted_at IS NULL AND p.business_id = ? LIMIT 1`,
        [v.trainingId, v.businessId],
      );
      if (rows.length === 0) fields[`${prefix}trainingId`] = { key: 'v.trainingNotAttended' };
    }
    if (Object.keys(fields).length > 0) {
      throw new AppError('VALIDATION', 'Data yang dikirim belum benar. Periksa isian yang ditandai.', fields);
    }
  }

  async create(input: MilestoneValues): Promise<Milestone> {
    this.deps.session.requireActor();
    const id = randomUUID();
    await this.deps.ds.transaction(async (m) => {
      await this.check(m, input, '');
      const s = stored(input);
      const now = nowIso(this.deps.clock);
      await m.query(
        `INSERT INTO impact_milestone (id, business_id, kind, milestone_date, consultation_id, training_id, evidence, note, job_kind, men, women,
           sales_before, sales_after, capital_source, amount, permit_kind, channel, channel_name, created_at, updated_at, deleted_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
        [id, s.businessId, s.kind, s.date, s.consultationId, s.trainingId, s.evidence, s.note, s.jobKind, s.men, s.women,
          s.salesBefore, s.salesAfter, s.capitalSource, s.amount, s.permitKind, s.channel, s.channelName, now, now, this.deps.session.actorId],
      );
      await this.audit.record(m, { action: 'create', entity: 'impact_milestone', entityId: id, changes: diff(null, s, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  async update(id: string, input: MilestoneValues): Promise<Milestone> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = fromRow(await this.loadRow(id, m));
      await this.check(m, input, 'milestone.');
      const s = stored(input);
      const changes = diff(before, s, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return;
      await m.query(
        `UPDATE impact_milestone SET business_id = ?, kind = ?, milestone_date = ?, consultation_id = ?, training_id = ?, evidence = ?, note = ?,
           job_kind = ?, men = ?, women = ?, sales_before = ?, sales_after = ?, capital_source = ?, amount = ?, permit_kind = ?, channel = ?,
           channel_name = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
        [s.businessId, s.kind, s.date, s.consultationId, s.trainingId, s.evidence, s.note, s.jobKind, s.men, s.women, s.salesBefore,
          s.salesAfter, s.capitalSource, s.amount, s.permitKind, s.channel, s.channelName, nowIso(this.deps.clock), this.deps.session.actorId, id],
      );
      await this.audit.record(m, { action: 'update', entity: 'impact_milestone', entityId: id, changes });
    });
    return this.get(id);
  }

  /** Soft delete with the reason in the audit log. */
  async remove(id: string, reason: string): Promise<{ ok: true }> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.loadRow(id, m);
      const now = nowIso(this.deps.clock);
      await m.query(`UPDATE impact_milestone SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [now, now, this.deps.session.actorId, id]);
      await this.audit.record(m, { action: 'delete', entity: 'impact_milestone', entityId: id, changes: { reason: [null, reason] } });
    });
    return { ok: true };
  }

  /** Deletes a business's milestones with it, and restores those it deleted when the business comes back. */
  async followBusinessDeletion(m: EntityManager, businessId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
    if (deletedAt) {
      await m.query(`UPDATE impact_milestone SET deleted_at = ? WHERE business_id = ? AND deleted_at IS NULL`, [deletedAt, businessId]);
    } else if (restoredFrom) {
      await m.query(`UPDATE impact_milestone SET deleted_at = NULL WHERE business_id = ? AND deleted_at = ?`, [businessId, restoredFrom]);
    }
  }

  /** A merged profile's milestones (deleted ones too) move to the surviving profile. */
  private async moveMilestones(m: EntityManager, fromId: string, toId: string): Promise<number> {
    const [{ n }] = (await m.query(`SELECT count(*) AS n FROM impact_milestone WHERE business_id = ?`, [fromId])) as [{ n: number }];
    await m.query(`UPDATE impact_milestone SET business_id = ?, updated_at = ?, updated_by = ? WHERE business_id = ?`, [
      toId,
      nowIso(this.deps.clock),
      this.deps.session.actorId,
      fromId,
    ]);
    return Number(n);
  }
}

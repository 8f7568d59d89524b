import { randomUUID } from 'node:crypto';
import type { ParsedInput, Training } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, todayIn, type CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import { type AuditService, diff } from '../audit';
import type { BusinessService } from '../businesses';
import type { FollowUpService } from '../follow-ups';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { followTrainingDeletion } from './participant.queries';
import { ParticipantService } from './participant.service';
import type { TrainingRow } from './training.entity';
import { requireTraining } from './training.lookup';
import { toTraining } from './training.mapper';
import {
  attendanceSpan,
  insertTraining,
  listTrainings,
  setTrainingDeletedAt,
  trainingCounts,
  updateTraining,
  type TrainingValuesRow,
} from './training.queries';

type TrainingValues = ParsedInput<'trainings:create'>;

/** Fields whose changes are audited, compared as stored. */
const AUDITED_FIELDS = [
  'title', 'topic', 'topicText', 'startDate', 'endDate', 'regencyCode', 'districtCode', 'venue', 'trainers', 'organiser',
  'fundingSource', 'fundingNote', 'capacity', 'notes',
] as const satisfies readonly (keyof TrainingValuesRow)[];

/** The form's values as the training row stores them. */
function stored(v: TrainingValues): TrainingValuesRow {
  return { ...v, trainers: JSON.stringify(v.trainers) };
}

/** Trainings (Pelatihan), their participants, attendance, sheet import and check-ins. */
export class TrainingService {
  readonly participants: ParticipantService;

  constructor(
    readonly deps: CoreDeps,
    readonly audit: AuditService,
    readonly settings: SettingsService,
    readonly regions: RegionService,
    readonly businesses: BusinessService,
    readonly followUps: FollowUpService,
    readonly platform: Platform,
  ) {
    this.participants = new ParticipantService(deps, audit, regions, businesses, followUps, async () => todayIn((await settings.get()).office.timeZone, deps.clock));
  }

  /** Trainings as the screens show them: their region names and their participants' counts. */
  private async dtos(rows: TrainingRow[]): Promise<Training[]> {
    const counts = await trainingCounts(this.deps.ds.manager, rows.map((r) => r.id));
    return Promise.all(
      rows.map(async (r) => {
        const [regencyName, districtName] = await Promise.all([this.regions.name(r.regencyCode), this.regions.name(r.districtCode)]);
        return toTraining(r, counts.get(r.id)!, { regencyName, districtName });
      }),
    );
  }

  async get(id: string): Promise<Training> {
    const [dto] = await this.dtos([await requireTraining(this.deps.ds.manager, id, { deleted: true })]);
    return dto!;
  }

  async list(q: ParsedInput<'trainings:list'>): Promise<{ rows: Training[]; total: number; page: number; pageSize: number }> {
    if (q.from && q.to && q.to < q.from) {
      throw new AppError('VALIDATION', 'common.invalidInput', { fields: { to: { key: 'v.rangeReversed' } } });
    }
    const { rows, total } = await listTrainings(
      this.deps.ds.manager,
      {
        words: (q.search ?? '').split(/[\s"[\],.]+/).filter(Boolean).slice(0, 8),
        topic: q.topic ?? undefined,
        regencyCode: q.regencyCode ?? undefined,
        from: q.from ?? undefined,
        to: q.to ?? undefined,
      },
      { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    );
    const dtos = await this.dtos(rows);
    return { rows: dtos, total, page: q.page, pageSize: q.pageSize };
  }

  /** Region codes that must exist in the region table (the schema only checks their shape). */
  private async checkRegions(v: TrainingValues, prefix: string): Promise<void> {
    const unknown = await this.regions.firstUnknown({ regencyCode: v.regencyCode, districtCode: v.districtCode });
    if (unknown) throw new AppError('VALIDATION', 'common.invalidInput', { fields: { [`${prefix}${unknown}`]: { key: 'v.region' } } });
  }

  async create(v: TrainingValues): Promise<Training> {
    const actorId = this.deps.session.requireActor();
    await this.checkRegions(v, '');
    const id = randomUUID();
    const rec = stored(v);
    await this.deps.ds.transaction(async (m) => {
      await insertTraining(m, { ...rec, id, now: nowIso(this.deps.clock), actorId });
      await this.audit.record(m, { action: 'create', entity: 'training', entityId: id, changes: diff(null, rec, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  async update(input: ParsedInput<'trainings:update'>): Promise<Training> {
    const actorId = this.deps.session.requireActor();
    const v = input.training;
    await this.checkRegions(v, 'training.');
    await this.deps.ds.transaction(async (m) => {
      const before = await requireTraining(m, input.id);
      if (before.updatedAt !== input.expectedUpdatedAt) {
        throw new AppError('CONFLICT', 'trainings.stale');
      }
      // Attendance is kept per day: new dates may not leave recorded days outside the training.
      const span = await attendanceSpan(m, input.id);
      if (span.first && span.first < v.startDate) {
        throw new AppError('VALIDATION', 'common.invalidInput', { fields: { 'training.startDate': { key: 'v.attendanceOutside', params: { day: span.first } } } });
      }
      if (span.last && span.last > v.endDate) {
        throw new AppError('VALIDATION', 'common.invalidInput', { fields: { 'training.endDate': { key: 'v.attendanceOutside', params: { day: span.last } } } });
      }
      const rec = stored(v);
      await updateTraining(m, input.id, rec, { now: nowIso(this.deps.clock), actorId });
      await this.audit.record(m, { action: 'update', entity: 'training', entityId: input.id, changes: diff(before, rec, AUDITED_FIELDS) });
    });
    return this.get(input.id);
  }

  /**
   * Soft delete or restore. The training's participants and its check-in follow-ups go with it,
   * stamped with the same time, and only those come back on restore (a participant removed
   * before stays removed).
   */
  async setDeleted(id: string, deleted: boolean): Promise<Training> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const row = await requireTraining(m, id, { deleted: true });
      if (Boolean(row.deletedAt) === deleted) return;
      const now = nowIso(this.deps.clock);
      await setTrainingDeletedAt(m, id, deleted ? now : null, { now, actorId });
      await followTrainingDeletion(m, id, deleted ? now : null, deleted ? null : row.deletedAt);
      await this.followUps.followTrainingDeletion(m, id, deleted ? now : null, deleted ? null : row.deletedAt);
      await this.audit.record(m, { action: deleted ? 'delete' : 'restore', entity: 'training', entityId: id });
    });
    return this.get(id);
  }
}

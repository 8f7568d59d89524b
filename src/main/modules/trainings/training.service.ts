import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ParsedInput, Training } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import { type AuditService, diff } from '../audit/audit.service';
import type { BusinessService } from '../businesses';
import type { FollowUpService } from '../follow-ups';
import type { RegionService } from '../regions/region.service';
import type { SettingsService } from '../settings/settings.service';
import { ParticipantService } from './participant.service';
import { INVALID, TRAINING_SELECT, toTraining, type TrainingSqlRow } from './training.mapper';

type TrainingValues = ParsedInput<'trainings:create'>;

/** A training as stored, in the form's own field names: what its audit entries compare. */
interface TrainingRecord {
  title: string;
  topic: string;
  topicText: string | null;
  startDate: string;
  endDate: string;
  regencyCode: string | null;
  districtCode: string | null;
  venue: string | null;
  trainers: string;
  organiser: string | null;
  fundingSource: string | null;
  fundingNote: string | null;
  capacity: number | null;
  notes: string | null;
}

const AUDITED_FIELDS = [
  'title', 'topic', 'topicText', 'startDate', 'endDate', 'regencyCode', 'districtCode', 'venue', 'trainers', 'organiser',
  'fundingSource', 'fundingNote', 'capacity', 'notes',
] as const satisfies readonly (keyof TrainingRecord)[];

function record(v: TrainingValues): TrainingRecord {
  return {
    title: v.title,
    topic: v.topic,
    topicText: v.topicText,
    startDate: v.startDate,
    endDate: v.endDate,
    regencyCode: v.regencyCode,
    districtCode: v.districtCode,
    venue: v.venue,
    trainers: JSON.stringify(v.trainers),
    organiser: v.organiser,
    fundingSource: v.fundingSource,
    fundingNote: v.fundingNote,
    capacity: v.capacity,
    notes: v.notes,
  };
}

function recordOf(r: TrainingSqlRow): TrainingRecord {
  return {
    title: r.title,
    topic: r.topic,
    topicText: r.topic_text,
    startDate: r.start_date,
    endDate: r.end_date,
    regencyCode: r.regency_code,
    districtCode: r.district_code,
    venue: r.venue,
    trainers: r.trainers,
    organiser: r.organiser,
    fundingSource: r.funding_source,
    fundingNote: r.funding_note,
    capacity: r.capacity === null ? null : Number(r.capacity),
    notes: r.notes,
  };
}

/** A word at the start of a word of the text; `%` and `_` typed in a search are themselves, not LIKE wildcards. */
const likeWordStart = (w: string) => `% ${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The searched text, with the trainers' JSON quotes and brackets, commas and dots as word breaks. */
const SEARCH_TEXT = `(' ' || replace(replace(replace(replace(replace(
    t.title || ' ' || coalesce(t.venue, '') || ' ' || t.trainers || ' ' || coalesce(t.topic_text, ''),
    '"', ' '), '[', ' '), ']', ' '), ',', ' '), '.', ' '))`;

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
    this.participants = new ParticipantService(deps, audit, regions, businesses, followUps, this);
  }

  /** The training row, counts included; NOT_FOUND when missing, or deleted unless asked for. */
  async loadRow(id: string, m: EntityManager = this.deps.ds.manager, options: { deleted?: boolean } = {}): Promise<TrainingSqlRow> {
    const [row] = (await m.query(`${TRAINING_SELECT} WHERE t.id = ?`, [id])) as TrainingSqlRow[];
    if (!row || (!options.deleted && row.deleted_at)) throw new AppError('NOT_FOUND', 'Pelatihan tidak ditemukan.');
    return row;
  }

  async dto(row: TrainingSqlRow): Promise<Training> {
    const [regencyName, districtName] = await Promise.all([this.regions.name(row.regency_code), this.regions.name(row.district_code)]);
    return toTraining(row, { regencyName, districtName });
  }

  async get(id: string): Promise<Training> {
    return this.dto(await this.loadRow(id, undefined, { deleted: true }));
  }

  async list(q: ParsedInput<'trainings:list'>): Promise<{ rows: Training[]; total: number; page: number; pageSize: number }> {
    if (q.from && q.to && q.to < q.from) {
      throw new AppError('VALIDATION', INVALID, { to: { key: 'v.rangeReversed' } });
    }
    const where: string[] = ['t.deleted_at IS NULL'];
    const params: unknown[] = [];
    // Every word typed must begin a word of the title, venue, a trainer's name or the topic's own name.
    for (const word of (q.search ?? '').split(/[\s"[\],.]+/).filter(Boolean).slice(0, 8)) {
      where.push(`${SEARCH_TEXT} LIKE ? ESCAPE '\\'`);
      params.push(likeWordStart(word));
    }
    if (q.topic) {
      where.push('t.topic = ?');
      params.push(q.topic);
    }
    if (q.regencyCode) {
      where.push('t.regency_code = ?');
      params.push(q.regencyCode);
    }
    // A training is in the range when any of its days is.
    if (q.from) {
      where.push('t.end_date >= ?');
      params.push(q.from);
    }
    if (q.to) {
      where.push('t.start_date <= ?');
      params.push(q.to);
    }
    const whereSql = `WHERE ${where.join(' AND ')}`;
    const rows = (await this.deps.ds.query(
      `${TRAINING_SELECT} ${whereSql} ORDER BY t.start_date DESC, t.created_at DESC, t.id LIMIT ? OFFSET ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    )) as TrainingSqlRow[];
    const [{ n }] = (await this.deps.ds.query(`SELECT count(*) AS n FROM training t ${whereSql}`, params)) as [{ n: number }];
    return { rows: await Promise.all(rows.map((r) => this.dto(r))), total: Number(n), page: q.page, pageSize: q.pageSize };
  }

  /** Region codes that must exist in the region table (the schema only checks their shape). */
  private async checkRegions(v: TrainingValues, prefix: string): Promise<void> {
    const unknown = await this.regions.firstUnknown({ regencyCode: v.regencyCode, districtCode: v.districtCode });
    if (unknown) throw new AppError('VALIDATION', INVALID, { [`${prefix}${unknown}`]: { key: 'v.region' } });
  }

  async create(v: TrainingValues): Promise<Training> {
    const actor = this.deps.session.requireActor();
    await this.checkRegions(v, '');
    const id = randomUUID();
    const now = nowIso(this.deps.clock);
    const rec = record(v);
    await this.deps.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO training (id, title, topic, topic_text, start_date, end_date, regency_code, district_code, venue, trainers, organiser,
           funding_source, funding_note, capacity, notes, created_at, updated_at, deleted_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
        [id, rec.title, rec.topic, rec.topicText, rec.startDate, rec.endDate, rec.regencyCode, rec.districtCode, rec.venue, rec.trainers,
          rec.organiser, rec.fundingSource, rec.fundingNote, rec.capacity, rec.notes, now, now, actor],
      );
      await this.audit.record(m, { action: 'create', entity: 'training', entityId: id, changes: diff(null, rec, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  async update(input: ParsedInput<'trainings:update'>): Promise<Training> {
    const actor = this.deps.session.requireActor();
    const v = input.training;
    await this.checkRegions(v, 'training.');
    await this.deps.ds.transaction(async (m) => {
      const before = await this.loadRow(input.id, m);
      if (before.updated_at !== input.expectedUpdatedAt) {
        throw new AppError('CONFLICT', 'Pelatihan ini baru saja diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda.');
      }
      // Attendance is kept per day: new dates may not leave recorded days outside the training.
      const [span] = (await m.query(
        `SELECT min(a.day) AS first, max(a.day) AS last FROM training_attendance a
           JOIN training_participant p ON p.id = a.participant_id WHERE p.training_id = ? AND p.deleted_at IS NULL`,
        [input.id],
      )) as [{ first: string | null; last: string | null }];
      if (span.first && span.first < v.startDate) {
        throw new AppError('VALIDATION', INVALID, { 'training.startDate': { key: 'v.attendanceOutside', params: { day: span.first } } });
      }
      if (span.last && span.last > v.endDate) {
        throw new AppError('VALIDATION', INVALID, { 'training.endDate': { key: 'v.attendanceOutside', params: { day: span.last } } });
      }
      const rec = record(v);
      await m.query(
        `UPDATE training SET title = ?, topic = ?, topic_text = ?, start_date = ?, end_date = ?, regency_code = ?, district_code = ?, venue = ?,
           trainers = ?, organiser = ?, funding_source = ?, funding_note = ?, capacity = ?, notes = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
        [rec.title, rec.topic, rec.topicText, rec.startDate, rec.endDate, rec.regencyCode, rec.districtCode, rec.venue, rec.trainers,
          rec.organiser, rec.fundingSource, rec.fundingNote, rec.capacity, rec.notes, nowIso(this.deps.clock), actor, input.id],
      );
      await this.audit.record(m, { action: 'update', entity: 'training', entityId: input.id, changes: diff(recordOf(before), rec, AUDITED_FIELDS) });
    });
    return this.get(input.id);
  }

  /**
   * Soft delete or restore. The training's participants and its check-in follow-ups go with it,
   * stamped with the same time, and only those come back on restore (a participant removed
   * before stays removed).
   */
  async setDeleted(id: string, deleted: boolean): Promise<Training> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const row = await this.loadRow(id, m, { deleted: true });
      if (Boolean(row.deleted_at) === deleted) return;
      const now = nowIso(this.deps.clock);
      await m.query(`UPDATE training SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [deleted ? now : null, now, actor, id]);
      if (deleted) {
        await m.query(`UPDATE training_participant SET deleted_at = ? WHERE training_id = ? AND deleted_at IS NULL`, [now, id]);
      } else {
        await m.query(`UPDATE training_participant SET deleted_at = NULL WHERE training_id = ? AND deleted_at = ?`, [id, row.deleted_at]);
      }
      await this.followUps.followTrainingDeletion(m, id, deleted ? now : null, deleted ? null : row.deleted_at);
      await this.audit.record(m, { action: deleted ? 'delete' : 'restore', entity: 'training', entityId: id });
    });
    return this.get(id);
  }
}

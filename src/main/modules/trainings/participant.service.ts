import type { EntityManager } from 'typeorm';
import type { ParsedInput, Participant } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { type AuditService, type Changes, diff } from '../audit/audit.service';
import type { BusinessService } from '../businesses';
import type { FollowUpService } from '../follow-ups';
import type { RegionService } from '../regions/region.service';
import { insertParticipant, type ParticipantValues } from './participant.store';
import { ageAt, INVALID, PARTICIPANT_SELECT, toParticipant, trainingDays, type ParticipantSqlRow } from './training.mapper';
import type { TrainingService } from './training.service';

/** A participant as stored, in the form's field names: what its audit entries compare. */
interface ParticipantRecord {
  name: string;
  gender: string | null;
  birthDate: string | null;
  age: number | null;
  phone: string | null;
  regencyCode: string | null;
  hasBusiness: boolean;
  businessId: string | null;
  businessName: string | null;
  notes: string | null;
}

const AUDITED_FIELDS = [
  'name', 'gender', 'birthDate', 'age', 'phone', 'regencyCode', 'hasBusiness', 'businessId', 'businessName', 'notes',
] as const satisfies readonly (keyof ParticipantRecord)[];

const HIDDEN = '•••';

/** Field changes of a participant; the person's name, birth date and phone show only that they changed. */
function participantChanges(before: ParticipantRecord | null, after: ParticipantRecord): Changes {
  const changes = diff(before, after, AUDITED_FIELDS);
  if (changes['name']) changes['name'] = [before ? HIDDEN : null, HIDDEN];
  return changes;
}

function recordOfValues(p: ParticipantValues): ParticipantRecord {
  return {
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    age: p.age,
    phone: p.phone,
    regencyCode: p.regencyCode,
    hasBusiness: p.hasBusiness,
    businessId: p.hasBusiness ? p.businessId : null,
    businessName: p.businessName,
    notes: p.notes,
  };
}

function recordOfRow(r: ParticipantSqlRow): ParticipantRecord {
  return {
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    age: r.age === null ? null : Number(r.age),
    phone: r.phone,
    regencyCode: r.regency_code,
    hasBusiness: Boolean(r.has_business),
    businessId: r.business_id,
    businessName: r.business_name,
    notes: r.notes,
  };
}

const alreadyBusiness = () =>
  new AppError('CONFLICT', 'Peserta ini sudah terhubung ke profil usaha.', { id: { key: 'v.alreadyBusiness' } });

/** The people of a training: who they are, which days they came, their business and their check-in. */
export class ParticipantService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly regions: RegionService,
    private readonly businesses: BusinessService,
    private readonly followUps: FollowUpService,
    private readonly trainings: TrainingService,
  ) {}

  /** A participant of a live training, not removed; NOT_FOUND otherwise. */
  async loadRow(id: string, m: EntityManager = this.deps.ds.manager, options: { deleted?: boolean } = {}): Promise<ParticipantSqlRow> {
    const [row] = (await m.query(`${PARTICIPANT_SELECT} WHERE p.id = ?${options.deleted ? '' : ' AND p.deleted_at IS NULL AND t.deleted_at IS NULL'}`, [
      id,
    ])) as ParticipantSqlRow[];
    if (!row) throw new AppError('NOT_FOUND', 'Peserta tidak ditemukan.');
    return row;
  }

  private async attendance(m: EntityManager, where: string, params: unknown[]): Promise<Map<string, string[]>> {
    const rows = (await m.query(
      `SELECT a.participant_id, a.day FROM training_attendance a JOIN training_participant p ON p.id = a.participant_id WHERE ${where} ORDER BY a.day`,
      params,
    )) as Array<{ participant_id: string; day: string }>;
    const byParticipant = new Map<string, string[]>();
    for (const r of rows) {
      const days = byParticipant.get(r.participant_id) ?? [];
      days.push(r.day);
      byParticipant.set(r.participant_id, days);
    }
    return byParticipant;
  }

  async get(id: string, m: EntityManager = this.deps.ds.manager): Promise<Participant> {
    const row = await this.loadRow(id, m);
    const days = await this.attendance(m, 'p.id = ?', [id]);
    return toParticipant(row, days.get(id) ?? []);
  }

  /** The live participants of a live training, by name. */
  async list(trainingId: string, m: EntityManager = this.deps.ds.manager): Promise<Participant[]> {
    await this.trainings.loadRow(trainingId, m);
    const rows = (await m.query(
      `${PARTICIPANT_SELECT} WHERE p.training_id = ? AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.created_at, p.id`,
      [trainingId],
    )) as ParticipantSqlRow[];
    const days = await this.attendance(m, 'p.training_id = ? AND p.deleted_at IS NULL', [trainingId]);
    return rows.map((r) => toParticipant(r, days.get(r.id) ?? []));
  }

  /** What the schema cannot check: the region exists, the linked business exists, the birth date fits the training. */
  private async checkAgainstData(m: EntityManager, p: ParticipantValues, startDate: string, prefix: string): Promise<void> {
    const fields: Record<string, { key: string }> = {};
    if (p.regencyCode && !(await this.regions.exists(p.regencyCode))) fields[`${prefix}regencyCode`] = { key: 'v.region' };
    if (p.hasBusiness && p.businessId) {
      const [business] = await m.query(`SELECT id FROM business WHERE id = ? AND deleted_at IS NULL`, [p.businessId]);
      if (!business) fields[`${prefix}businessId`] = { key: 'v.businessUnknown' };
    }
    if (p.birthDate) {
      const age = ageAt(p.birthDate, null, startDate)!;
      if (age < 10 || age > 100) fields[`${prefix}birthDate`] = { key: 'v.ageRange' };
    }
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', INVALID, fields);
  }

  async add(input: ParsedInput<'participants:add'>): Promise<Participant> {
    const actor = this.deps.session.requireActor();
    const p = input.participant;
    const id = await this.deps.ds.transaction(async (m) => {
      const training = await this.trainings.loadRow(input.trainingId, m);
      await this.checkAgainstData(m, p, training.start_date, 'participant.');
      const newId = await insertParticipant(m, this.deps, training.id, p, actor);
      await this.audit.record(m, {
        action: 'create',
        entity: 'training_participant',
        entityId: newId,
        changes: { trainingId: [null, training.id], ...participantChanges(null, recordOfValues(p)) },
      });
      return newId;
    });
    return this.get(id);
  }

  async update(input: ParsedInput<'participants:update'>): Promise<Participant> {
    const actor = this.deps.session.requireActor();
    const p = input.participant;
    await this.deps.ds.transaction(async (m) => {
      const before = await this.loadRow(input.id, m);
      await this.checkAgainstData(m, p, before.start_date, 'participant.');
      const after = recordOfValues(p);
      await m.query(
        `UPDATE training_participant SET name = ?, gender = ?, birth_date = ?, age = ?, phone = ?, regency_code = ?, has_business = ?,
           business_id = ?, business_name = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
        [after.name, after.gender, after.birthDate, after.age, after.phone, after.regencyCode, after.hasBusiness ? 1 : 0, after.businessId,
          after.businessName, after.notes, nowIso(this.deps.clock), actor, input.id],
      );
      if (after.businessId && after.businessId !== before.business_id) await this.followUps.attachParticipantBusiness(m, input.id, after.businessId);
      await this.audit.record(m, { action: 'update', entity: 'training_participant', entityId: input.id, changes: participantChanges(recordOfRow(before), after) });
    });
    return this.get(input.id);
  }

  /** Soft removal; the participant's open check-ins are cancelled with it. */
  async remove(id: string): Promise<{ ok: true }> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const row = await this.loadRow(id, m);
      const now = nowIso(this.deps.clock);
      await m.query(`UPDATE training_participant SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`, [now, now, actor, id]);
      const open = (await m.query(`SELECT id FROM follow_up WHERE participant_id = ? AND status = 'open' AND deleted_at IS NULL`, [id])) as Array<{
        id: string;
      }>;
      const reason = 'Peserta dihapus dari pelatihan.';
      for (const f of open) {
        await this.followUps.closeAsCancelled(m, f.id, reason);
        await this.audit.record(m, { action: 'cancel', entity: 'follow_up', entityId: f.id, changes: { status: ['open', 'cancelled'], reason: [null, reason] } });
      }
      await this.audit.record(m, { action: 'delete', entity: 'training_participant', entityId: id, changes: { trainingId: [row.training_id, null] } });
    });
    return { ok: true };
  }

  /** The full phone number; every reveal is audited. */
  async revealPhone(id: string): Promise<{ phone: string | null }> {
    this.deps.session.requireActor();
    const row = await this.loadRow(id, undefined, { deleted: true });
    await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'reveal_phone', entity: 'training_participant', entityId: id }));
    return { phone: row.phone };
  }

  /** Who was present on one day: the listed participants; everyone else of the training is absent that day. */
  async setAttendance(input: ParsedInput<'participants:setAttendance'>): Promise<Participant[]> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const training = await this.trainings.loadRow(input.trainingId, m);
      if (!trainingDays(training.start_date, training.end_date).includes(input.day)) {
        throw new AppError('VALIDATION', INVALID, { day: { key: 'v.trainingDay' } });
      }
      const live = new Set(
        ((await m.query(`SELECT id FROM training_participant WHERE training_id = ? AND deleted_at IS NULL`, [training.id])) as Array<{ id: string }>).map(
          (r) => r.id,
        ),
      );
      const foreign = input.presentIds.findIndex((pid) => !live.has(pid));
      if (foreign >= 0) throw new AppError('VALIDATION', INVALID, { [`presentIds.${foreign}`]: { key: 'v.participantUnknown' } });
      const present = [...new Set(input.presentIds)];
      const [{ n: before }] = (await m.query(
        `SELECT count(*) AS n FROM training_attendance a JOIN training_participant p ON p.id = a.participant_id
           WHERE p.training_id = ? AND p.deleted_at IS NULL AND a.day = ?`,
        [training.id, input.day],
      )) as [{ n: number }];
      await m.query(
        `DELETE FROM training_attendance WHERE day = ?
           AND participant_id IN (SELECT id FROM training_participant WHERE training_id = ? AND deleted_at IS NULL)`,
        [input.day, training.id],
      );
      const now = nowIso(this.deps.clock);
      for (const pid of present) {
        await m.query(`INSERT INTO training_attendance (participant_id, day, created_at, updated_by) VALUES (?, ?, ?, ?)`, [pid, input.day, now, actor]);
      }
      await this.audit.record(m, {
        action: 'attendance',
        entity: 'training',
        entityId: training.id,
        changes: { day: [null, input.day], present: [Number(before), present.length] },
      });
    });
    return this.list(input.trainingId);
  }

  /**
   * A participant without a business profile gets one, made as the business form makes it
   * (duplicate check included), in the same transaction as the participant's link to it.
   */
  async convert(input: ParsedInput<'participants:convert'>): Promise<Participant> {
    const actor = this.deps.session.requireActor();
    const first = await this.loadRow(input.id);
    if (first.business_id) throw alreadyBusiness();
    await this.businesses.create({ profile: input.profile, notDuplicateOf: input.notDuplicateOf }, async (m, businessId) => {
      const before = await this.loadRow(input.id, m);
      if (before.business_id) throw alreadyBusiness();
      const now = nowIso(this.deps.clock);
      await m.query(
        `UPDATE training_participant SET has_business = 1, business_id = ?, business_name = ?, converted_at = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
        [businessId, input.profile.name, now, now, actor, input.id],
      );
      await this.followUps.attachParticipantBusiness(m, input.id, businessId);
      await this.audit.record(m, {
        action: 'convert',
        entity: 'training_participant',
        entityId: input.id,
        changes: {
          hasBusiness: [Boolean(before.has_business), true],
          businessId: [null, businessId],
          businessName: [before.business_name, input.profile.name],
          convertedAt: [null, now],
        },
      });
    });
    return this.get(input.id);
  }

  /** Links a participant to an existing business profile; their open check-ins follow. */
  async link(input: ParsedInput<'participants:link'>): Promise<Participant> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = await this.loadRow(input.id, m);
      const [business] = (await m.query(`SELECT id, name FROM business WHERE id = ? AND deleted_at IS NULL`, [input.businessId])) as Array<{
        id: string;
        name: string;
      }>;
      if (!business) throw new AppError('VALIDATION', INVALID, { businessId: { key: 'v.businessUnknown' } });
      if (before.business_id === business.id) return;
      await m.query(
        `UPDATE training_participant SET has_business = 1, business_id = ?, business_name = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
        [business.id, business.name, nowIso(this.deps.clock), actor, input.id],
      );
      await this.followUps.attachParticipantBusiness(m, input.id, business.id);
      await this.audit.record(m, {
        action: 'link',
        entity: 'training_participant',
        entityId: input.id,
        changes: {
          hasBusiness: [Boolean(before.has_business), true],
          businessId: [before.business_id, business.id],
          businessName: [before.business_name, business.name],
        },
      });
    });
    return this.get(input.id);
  }

  /**
   * A check-in follow-up `weeks` after the training's last day, for the consultant on duty, for
   * every participant (or only calon wirausaha) who has no open one yet.
   */
  async scheduleCheckIns(input: ParsedInput<'participants:scheduleCheckIns'>): Promise<{ created: number; skipped: number; dueDate: string }> {
    const actor = this.deps.session.requireActor();
    return this.deps.ds.transaction(async (m) => {
      const training = await this.trainings.loadRow(input.trainingId, m);
      const dueDate = addDays(training.end_date, input.weeks * 7);
      const rows = (await m.query(
        `SELECT p.id, p.business_id,
           EXISTS (SELECT 1 FROM follow_up f WHERE f.participant_id = p.id AND f.status = 'open' AND f.deleted_at IS NULL) AS has_open
         FROM training_participant p
         WHERE p.training_id = ? AND p.deleted_at IS NULL${input.onlyProspects ? ' AND p.has_business = 0' : ''}
         ORDER BY p.name COLLATE NOCASE, p.created_at, p.id`,
        [training.id],
      )) as Array<{ id: string; business_id: string | null; has_open: number }>;
      const due = rows.filter((r) => !Number(r.has_open));
      const created =
        due.length === 0
          ? 0
          : await this.followUps.createCheckIns(
              m,
              due.map((r) => ({ participantId: r.id, trainingId: training.id, businessId: r.business_id, title: input.title, dueDate, consultantId: actor })),
            );
      const skipped = rows.length - due.length;
      await this.audit.record(m, {
        action: 'schedule_check_ins',
        entity: 'training',
        entityId: training.id,
        changes: { dueDate: [null, dueDate], created: [null, created], skipped: [null, skipped], onlyProspects: [null, input.onlyProspects] },
      });
      return { created, skipped, dueDate };
    });
  }
}

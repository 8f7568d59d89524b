import type { EntityManager } from 'typeorm';
import type { ParsedInput, Participant } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import { CHILD_WITHHELD_FIELDS, hasGuardianConsent, isChildOn } from '../../../shared/domain/children';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { type AuditService, type Changes, diff } from '../audit';
import type { BusinessService } from '../businesses';
import type { FollowUpService } from '../follow-ups';
import type { RegionService } from '../regions';
import {
  attendedDays,
  ERASED_NAME,
  checkInCandidates,
  eraseParticipantData,
  findParticipant,
  listParticipants,
  liveParticipantIds,
  moveParticipantsOfBusiness,
  replaceAttendance,
  setParticipantDeletedAt,
  updateParticipantRow,
  type ParticipantValuesRow,
  type ParticipantView,
  type Stamp,
} from './participant.queries';
import { insertParticipant, participantRow, type ParticipantValues } from './participant.store';
import { liveBusiness, requireTraining } from './training.lookup';
import { ageAt, toParticipant, trainingDays } from './training.mapper';

const AUDITED_FIELDS = [
  'name', 'gender', 'birthDate', 'age', 'phone', 'regencyCode', 'hasBusiness', 'businessId', 'businessName', 'notes', 'guardianName', 'guardianConsentDate',
] as const satisfies readonly (keyof ParticipantValuesRow)[];

const HIDDEN = '•••';
/** What an erased participant is called: the row stays for the training's statistics. */

/** Field changes of a participant; the person's name, birth date and phone show only that they changed. */
function participantChanges(before: ParticipantValuesRow | null, after: ParticipantValuesRow): Changes {
  const changes = diff(before, after, AUDITED_FIELDS);
  if (changes['name']) changes['name'] = [before ? HIDDEN : null, HIDDEN];
  if (changes['guardianName']) changes['guardianName'] = [before?.guardianName ? HIDDEN : null, after.guardianName ? HIDDEN : null];
  return changes;
}

const alreadyBusiness = () =>
  new AppError('CONFLICT', 'trainings.alreadyBusiness', { fields: { id: { key: 'v.alreadyBusiness' } } });

/** The people of a training: who they are, which days they came, their business and their check-in. */
export class ParticipantService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly regions: RegionService,
    private readonly businesses: BusinessService,
    private readonly followUps: FollowUpService,
    /** The office's today (its time zone): a participant is a minor against it. */
    private readonly today: () => Promise<string>,
  ) {
    // A merged profile's participants follow it to the survivor, as its consultations do.
    businesses.registerRelated('participants', (m, fromId, toId) =>
      moveParticipantsOfBusiness(m, fromId, toId, { now: nowIso(deps.clock), actorId: deps.session.actorId }),
    );
  }

  /** A participant of a live training, not removed; NOT_FOUND otherwise. */
  private async load(id: string, m: EntityManager = this.deps.ds.manager, options: { deleted?: boolean } = {}): Promise<ParticipantView> {
    const view = await findParticipant(m, id, options);
    if (!view) throw new AppError('NOT_FOUND', 'trainings.participantNotFound');
    return view;
  }

  private stamp(actorId: string): Stamp {
    return { now: nowIso(this.deps.clock), actorId };
  }

  async get(id: string, m: EntityManager = this.deps.ds.manager, options: { deleted?: boolean } = {}): Promise<Participant> {
    const view = await this.load(id, m, options);
    const days = await attendedDays(m, [id]);
    return toParticipant(view, days.get(id) ?? [], await this.today());
  }

  /** The live participants of a live training, by name. */
  async list(trainingId: string, m: EntityManager = this.deps.ds.manager): Promise<Participant[]> {
    await requireTraining(m, trainingId);
    const views = await listParticipants(m, trainingId);
    const days = await attendedDays(m, views.map((v) => v.row.id));
    const today = await this.today();
    return views.map((v) => toParticipant(v, days.get(v.row.id) ?? [], today));
  }

  /** What the schema cannot check: the region exists, the linked business exists, the birth date fits the training. */
  private async checkAgainstData(m: EntityManager, p: ParticipantValues, startDate: string, prefix: string): Promise<void> {
    const fields: Record<string, { key: string }> = {};
    if (p.regencyCode && !(await this.regions.exists(p.regencyCode))) fields[`${prefix}regencyCode`] = { key: 'v.region' };
    if (p.hasBusiness && p.businessId && !(await liveBusiness(this.businesses, m, p.businessId))) fields[`${prefix}businessId`] = { key: 'v.businessUnknown' };
    if (p.birthDate) {
      const age = ageAt(p.birthDate, null, startDate)!;
      if (age < 10 || age > 100) fields[`${prefix}birthDate`] = { key: 'v.ageRange' };
    }
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', 'common.invalidInput', { fields });
  }

  /**
   * UU PDP art. 25: of a minor (on the office's today) without a parent's or guardian's consent only
   * the name, the age and the attendance are kept. Any other value is refused, field by field; a
   * birth date is kept as the age it gives at the training.
   */
  private async childValues(p: ParticipantValues, startDate: string, prefix: string): Promise<ParticipantValues> {
    const today = await this.today();
    const fields: Record<string, FieldIssue> = {};
    if (p.guardianConsentDate && p.guardianConsentDate > today) fields[`${prefix}guardianConsentDate`] = { key: 'v.dateFuture' };
    const age = ageAt(p.birthDate, p.age, startDate);
    const child = isChildOn({ birthDate: p.birthDate, age, startDate }, today);
    if (child && !hasGuardianConsent(p, today)) {
      for (const f of CHILD_WITHHELD_FIELDS) {
        const v = p[f];
        if (v !== null && v !== undefined && v !== '') fields[`${prefix}${f}`] = { key: 'v.childConsent' };
      }
      if (p.hasBusiness && !fields[`${prefix}businessId`]) fields[`${prefix}hasBusiness`] = { key: 'v.childConsent' };
      if (Object.keys(fields).length === 0) return { ...p, birthDate: null, age };
    }
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', 'privacy.childConsent', { fields });
    return p;
  }

  async add(input: ParsedInput<'participants:add'>): Promise<Participant> {
    const actorId = this.deps.session.requireActor();
    const id = await this.deps.ds.transaction(async (m) => {
      const training = await requireTraining(m, input.trainingId);
      await this.checkAgainstData(m, input.participant, training.startDate, 'participant.');
      const p = await this.childValues(input.participant, training.startDate, 'participant.');
      const newId = await insertParticipant(m, training.id, p, this.stamp(actorId));
      await this.audit.record(m, {
        action: 'create',
        entity: 'training_participant',
        entityId: newId,
        changes: { trainingId: [null, training.id], ...participantChanges(null, participantRow(p)) },
      });
      return newId;
    });
    return this.get(id);
  }

  async update(input: ParsedInput<'participants:update'>): Promise<Participant> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = await this.load(input.id, m);
      await this.checkAgainstData(m, input.participant, before.startDate, 'participant.');
      const p = await this.childValues(input.participant, before.startDate, 'participant.');
      const after = participantRow(p);
      await updateParticipantRow(m, input.id, after, this.stamp(actorId));
      if (after.businessId && after.businessId !== before.row.businessId) await this.followUps.attachParticipantBusiness(m, input.id, after.businessId);
      await this.audit.record(m, { action: 'update', entity: 'training_participant', entityId: input.id, changes: participantChanges(before.row, after) });
    });
    return this.get(input.id);
  }

  /** Soft removal; the participant's open check-ins are cancelled with it. */
  async remove(id: string): Promise<{ ok: true }> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const { row } = await this.load(id, m);
      await setParticipantDeletedAt(m, id, this.stamp(actorId));
      const reason = 'Peserta dihapus dari pelatihan.';
      await this.followUps.cancelParticipantCheckIns(m, id, reason);
      await this.audit.record(m, { action: 'delete', entity: 'training_participant', entityId: id, changes: { trainingId: [row.trainingId, null] } });
    });
    return { ok: true };
  }

  /**
   * Erases the person's data at their request (UU PDP): a placeholder name, no phone, birth date
   * (kept as the age it gave), region, notes or guardian; gender and attendance stay for the statistics.
   */
  async erasePersonalData(id: string, reason: string): Promise<Participant> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const { row, startDate } = await this.load(id, m, { deleted: true });
      await eraseParticipantData(m, id, { name: ERASED_NAME, age: ageAt(row.birthDate, row.age, startDate) }, this.stamp(actorId));
      await this.audit.record(m, { action: 'erase_personal', entity: 'training_participant', entityId: id, changes: { reason: [null, reason] } });
    });
    return this.get(id, undefined, { deleted: true });
  }

  /** The full phone number; every reveal is audited. */
  async revealPhone(id: string): Promise<{ phone: string | null }> {
    this.deps.session.requireActor();
    const { row } = await this.load(id, undefined, { deleted: true });
    await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'reveal_phone', entity: 'training_participant', entityId: id }));
    return { phone: row.phone };
  }

  /** Who was present on one day: the listed participants; everyone else of the training is absent that day. */
  async setAttendance(input: ParsedInput<'participants:setAttendance'>): Promise<Participant[]> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const training = await requireTraining(m, input.trainingId);
      if (!trainingDays(training.startDate, training.endDate).includes(input.day)) {
        throw new AppError('VALIDATION', 'common.invalidInput', { fields: { day: { key: 'v.trainingDay' } } });
      }
      const live = await liveParticipantIds(m, training.id);
      const foreign = input.presentIds.findIndex((pid) => !live.has(pid));
      if (foreign >= 0) throw new AppError('VALIDATION', 'common.invalidInput', { fields: { [`presentIds.${foreign}`]: { key: 'v.participantUnknown' } } });
      const present = [...new Set(input.presentIds)];
      const before = await replaceAttendance(m, training.id, input.day, present, this.stamp(actorId));
      await this.audit.record(m, {
        action: 'attendance',
        entity: 'training',
        entityId: training.id,
        changes: { day: [null, input.day], present: [before, present.length] },
      });
    });
    return this.list(input.trainingId);
  }

  /**
   * A participant without a business profile gets one, made as the business form makes it
   * (duplicate check included), in the same transaction as the participant's link to it.
   */
  async convert(input: ParsedInput<'participants:convert'>): Promise<Participant> {
    const actorId = this.deps.session.requireActor();
    const first = await this.load(input.id);
    if (first.row.businessId) throw alreadyBusiness();
    await this.businesses.create({ profile: input.profile, notDuplicateOf: input.notDuplicateOf }, async (m, businessId) => {
      const { row: before } = await this.load(input.id, m);
      if (before.businessId) throw alreadyBusiness();
      const stamp = this.stamp(actorId);
      await updateParticipantRow(m, input.id, { hasBusiness: true, businessId, businessName: input.profile.name, convertedAt: stamp.now }, stamp);
      await this.followUps.attachParticipantBusiness(m, input.id, businessId);
      await this.audit.record(m, {
        action: 'convert',
        entity: 'training_participant',
        entityId: input.id,
        changes: {
          hasBusiness: [before.hasBusiness, true],
          businessId: [null, businessId],
          businessName: [before.businessName, input.profile.name],
          convertedAt: [null, stamp.now],
        },
      });
    });
    return this.get(input.id);
  }

  /** Links a participant to an existing business profile; their open check-ins follow. */
  async link(input: ParsedInput<'participants:link'>): Promise<Participant> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const { row: before } = await this.load(input.id, m);
      const business = await liveBusiness(this.businesses, m, input.businessId);
      if (!business) throw new AppError('VALIDATION', 'common.invalidInput', { fields: { businessId: { key: 'v.businessUnknown' } } });
      if (before.businessId === business.id) return;
      await updateParticipantRow(m, input.id, { hasBusiness: true, businessId: business.id, businessName: business.name }, this.stamp(actorId));
      await this.followUps.attachParticipantBusiness(m, input.id, business.id);
      await this.audit.record(m, {
        action: 'link',
        entity: 'training_participant',
        entityId: input.id,
        changes: {
          hasBusiness: [before.hasBusiness, true],
          businessId: [before.businessId, business.id],
          businessName: [before.businessName, business.name],
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
      const training = await requireTraining(m, input.trainingId);
      const dueDate = addDays(training.endDate, input.weeks * 7);
      const rows = await checkInCandidates(m, training.id, input.onlyProspects);
      const due = rows.filter((r) => !r.hasOpenCheckIn);
      const created =
        due.length === 0
          ? 0
          : await this.followUps.createCheckIns(
              m,
              due.map((r) => ({ participantId: r.id, trainingId: training.id, businessId: r.businessId, title: input.title, dueDate, consultantId: actor })),
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

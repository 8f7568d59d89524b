import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  PRIVACY_DEADLINE_HOURS,
  PRIVACY_REMIND_HOURS_BEFORE,
  type Language,
  type ParsedInput,
  type PrintResult,
  type PrivacyRequest,
  type PrivacySubject,
  type PrivacySubjectKind,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { safeFileName } from '../../files/names';
import type { AuditService } from '../audit';
import { businessSubject, searchBusinessOwners, setBusinessRestricted, type BusinessService } from '../businesses';
import type { ReminderEngine, ReminderSource, SourceReminder } from '../follow-ups';
import type { PrintService } from '../printing';
import type { SettingsService } from '../settings';
import { findParticipant, searchParticipantsByName, setParticipantRestricted, type TrainingService } from '../trainings';
import { accessCopyDocument, type DataLine } from './requests.access-copy';
import {
  closeRequest,
  dueRequestReminders,
  findRequest,
  insertRequest,
  listRequests,
  nextRequestReminder,
  setReminderStage,
  type PrivacyRequestRow,
} from './requests.queries';

const HOUR_MS = 3_600_000;
/** The register shows at most this many requests at once. */
const LIST_MAX = 500;
const SUBJECTS_MAX = 20;
/** A received time this far ahead of the desk's clock is still now (two PCs' clocks differ a little). */
const CLOCK_SLACK_MS = 5 * 60_000;

/** The audit log's entity for each kind of data subject. */
const ENTITY: Record<PrivacySubjectKind, string> = { business: 'business', participant: 'training_participant' };

const REMINDER_TEXT: Record<Language, { soon: string; late: string; body: (kind: string, at: string) => string; kinds: Record<string, string> }> = {
  id: {
    soon: 'Permintaan data pribadi: tenggat 24 jam lagi',
    late: 'Permintaan data pribadi melewati tenggat 3×24 jam',
    body: (kind, at) => `Permintaan ${kind}, tenggat ${at}`,
    kinds: { access: 'akses', correction: 'perbaikan', erasure: 'penghapusan', restriction: 'pembatasan', objection: 'keberatan' },
  },
  en: {
    soon: 'Personal data request: deadline in 24 hours',
    late: 'Personal data request past its 3×24-hour deadline',
    body: (kind, at) => `${kind[0]!.toUpperCase()}${kind.slice(1)} request, due ${at}`,
    kinds: { access: 'access', correction: 'correction', erasure: 'erasure', restriction: 'restriction', objection: 'objection' },
  },
};

/**
 * The register of data subjects' requests (UU PDP No. 27/2022 art. 32 ff.): each dated on receipt,
 * answered or refused within 3×24 hours (the reminder engine reminds a day before and at the
 * deadline); the restriction of a person's processing; the access copy.
 */
export class PrivacyRequestService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly businesses: BusinessService,
    private readonly trainings: TrainingService,
    private readonly print: PrintService,
    private readonly reminders: ReminderEngine,
    private readonly resourcesDir: string,
  ) {
    reminders.addSource(this.reminderSource());
  }

  /** The person a request is about; NOT_FOUND when there is none (deleted records still are people). */
  async subject(kind: PrivacySubjectKind, id: string, m: EntityManager = this.deps.ds.manager): Promise<PrivacySubject> {
    if (kind === 'business') {
      const b = await businessSubject(m, id);
      if (!b) throw new AppError('NOT_FOUND', 'privacy.subjectNotFound', { fields: { subjectId: { key: 'v.subjectUnknown' } } });
      return { kind, id, name: b.ownerName, context: b.name, trainingId: null, restricted: b.restrictedAt !== null };
    }
    const p = await findParticipant(m, id, { deleted: true });
    if (!p) throw new AppError('NOT_FOUND', 'privacy.subjectNotFound', { fields: { subjectId: { key: 'v.subjectUnknown' } } });
    const title = await this.trainings.get(p.row.trainingId).then(
      (t) => t.title,
      () => null,
    );
    return { kind, id, name: p.row.name, context: title, trainingId: p.row.trainingId, restricted: p.restrictedAt !== null };
  }

  private async toDto(r: PrivacyRequestRow, m?: EntityManager): Promise<PrivacyRequest> {
    const subject = await this.subject(r.subjectKind, r.subjectId, m).catch(() => ({
      kind: r.subjectKind,
      id: r.subjectId,
      name: null,
      context: null,
      trainingId: null,
      restricted: false,
    }));
    return {
      id: r.id,
      subject,
      kind: r.kind,
      receivedAt: r.receivedAt,
      deadlineAt: r.deadlineAt,
      notes: r.notes,
      status: r.status,
      answer: r.answer,
      answeredAt: r.answeredAt,
      answeredByName: r.answeredByName,
      recordedByName: r.recordedByName,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }

  private async load(id: string, m: EntityManager = this.deps.ds.manager): Promise<PrivacyRequestRow> {
    const row = await findRequest(m, id);
    if (!row) throw new AppError('NOT_FOUND', 'privacy.notFound');
    return row;
  }

  async list(q: ParsedInput<'privacy:list'>): Promise<{ rows: PrivacyRequest[]; total: number }> {
    const { rows, total } = await listRequests(this.deps.ds.manager, q.status, LIST_MAX);
    const out: PrivacyRequest[] = [];
    for (const r of rows) out.push(await this.toDto(r));
    return { rows: out, total };
  }

  async get(id: string): Promise<PrivacyRequest> {
    return this.toDto(await this.load(id));
  }

  /** Business owners and participants by name, for the register's form. */
  async subjects(search: string): Promise<PrivacySubject[]> {
    const m = this.deps.ds.manager;
    const owners = await searchBusinessOwners(m, search, SUBJECTS_MAX);
    const people = await searchParticipantsByName(m, search, SUBJECTS_MAX);
    return [
      ...owners.map((b) => ({ kind: 'business' as const, id: b.id, name: b.ownerName, context: b.name, trainingId: null, restricted: b.restrictedAt !== null })),
      ...people.map((p) => ({ kind: 'participant' as const, id: p.id, name: p.name, context: p.trainingTitle, trainingId: p.trainingId, restricted: p.restrictedAt !== null })),
    ];
  }

  async create(input: ParsedInput<'privacy:create'>): Promise<PrivacyRequest> {
    const actorId = this.deps.session.requireActor();
    const received = new Date(input.receivedAt);
    if (received.getTime() > this.deps.clock().getTime() + CLOCK_SLACK_MS) {
      throw new AppError('VALIDATION', 'privacy.receivedFuture', { fields: { receivedAt: { key: 'v.dateFuture' } } });
    }
    const deadline = new Date(received.getTime() + PRIVACY_DEADLINE_HOURS * HOUR_MS);
    const id = randomUUID();
    await this.deps.ds.transaction(async (m) => {
      await this.subject(input.subjectKind, input.subjectId, m);
      await insertRequest(m, {
        id,
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        kind: input.kind,
        receivedAt: received.toISOString(),
        deadlineAt: deadline.toISOString(),
        remindAt: new Date(deadline.getTime() - PRIVACY_REMIND_HOURS_BEFORE * HOUR_MS).toISOString(),
        notes: input.notes,
        recordedBy: actorId,
        now: nowIso(this.deps.clock),
      });
      await this.audit.record(m, { action: 'create', entity: 'privacy_request', entityId: id, changes: { kind: [null, input.kind], status: [null, 'open'] } });
      await this.audit.record(m, { action: 'privacy_request', entity: ENTITY[input.subjectKind], entityId: input.subjectId, changes: { kind: [null, input.kind] } });
    });
    this.reminders.poke();
    return this.get(id);
  }

  private async close(id: string, status: 'answered' | 'refused', text: string): Promise<PrivacyRequest> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.load(id, m);
      if (!(await closeRequest(m, id, { status, answer: text, at: nowIso(this.deps.clock), actorId }))) throw new AppError('CONFLICT', 'privacy.closed');
      await this.audit.record(m, { action: status === 'answered' ? 'answer' : 'refuse', entity: 'privacy_request', entityId: id, changes: { status: ['open', status] } });
    });
    this.reminders.poke();
    return this.get(id);
  }

  answer(id: string, answer: string): Promise<PrivacyRequest> {
    return this.close(id, 'answered', answer);
  }

  refuse(id: string, reason: string): Promise<PrivacyRequest> {
    return this.close(id, 'refused', reason);
  }

  /** Sets or lifts the restriction on the person's own record (its owning module writes it). */
  async setRestricted(input: ParsedInput<'privacy:setRestricted'>): Promise<PrivacySubject> {
    const actorId = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = await this.subject(input.subjectKind, input.subjectId, m);
      if (input.requestId) await this.load(input.requestId, m);
      if (before.restricted === input.restricted) return;
      const stamp = { now: nowIso(this.deps.clock), actorId };
      const at = input.restricted ? stamp.now : null;
      if (input.subjectKind === 'business') await setBusinessRestricted(m, input.subjectId, at, stamp);
      else await setParticipantRestricted(m, input.subjectId, at, stamp);
      await this.audit.record(m, {
        action: input.restricted ? 'restrict' : 'unrestrict',
        entity: ENTITY[input.subjectKind],
        entityId: input.subjectId,
        changes: { restricted: [before.restricted, input.restricted], ...(input.requestId ? { requestId: [null, input.requestId] } : {}) },
      });
    });
    return this.subject(input.subjectKind, input.subjectId);
  }

  /** The HTML of the access copy: the person's data as stored and the audit log's entries about it. */
  async accessCopyHtml(id: string): Promise<{ html: string; name: string }> {
    const r = await this.load(id);
    if (r.kind !== 'access') throw new AppError('VALIDATION', 'privacy.notAccess');
    const settings = await this.settings.get();
    const en = settings.language === 'en';
    const L = (idText: string, enText: string) => (en ? enText : idText);
    const gender = (g: string | null) => (g === 'L' ? L('Laki-laki', 'Male') : g === 'P' ? L('Perempuan', 'Female') : g);
    const sections: Array<{ title: string; lines: DataLine[] }> = [];
    let name: string;
    if (r.subjectKind === 'business') {
      const b = await this.businesses.load(r.subjectId, undefined, { deleted: true });
      name = b.ownerName ?? b.name;
      sections.push({
        title: L('Data pribadi pemilik usaha', "Business owner's personal data"),
        lines: [
          [L('Nama', 'Name'), b.ownerName],
          ['NIK', b.ownerNik],
          [L('Jenis kelamin', 'Gender'), gender(b.ownerGender)],
          [L('Tanggal lahir', 'Birth date'), b.ownerBirthDate],
          [L('Telepon', 'Phone'), b.ownerPhone],
          ['Email', b.ownerEmail],
          [L('Alamat', 'Address'), b.address],
        ],
      });
      sections.push({
        title: L('Usaha', 'Business'),
        lines: [
          [L('Nama usaha', 'Business name'), b.name],
          [L('Merek', 'Brand'), b.brand],
          ['NIB', b.nib],
          [L('Produk', 'Products'), b.products],
        ],
      });
    } else {
      const p = await findParticipant(this.deps.ds.manager, r.subjectId, { deleted: true });
      if (!p) throw new AppError('NOT_FOUND', 'privacy.subjectNotFound');
      const participant = await this.trainings.participants.get(r.subjectId, undefined, { deleted: true }).catch(() => null);
      const training = await this.trainings.get(p.row.trainingId).catch(() => null);
      name = p.row.name;
      sections.push({
        title: L('Data pribadi peserta pelatihan', "Training participant's personal data"),
        lines: [
          [L('Nama', 'Name'), p.row.name],
          [L('Jenis kelamin', 'Gender'), gender(p.row.gender)],
          [L('Tanggal lahir', 'Birth date'), p.row.birthDate],
          [L('Umur', 'Age'), participant?.age ?? p.row.age],
          [L('Telepon', 'Phone'), p.row.phone],
          [L('Nama usaha', 'Business name'), p.row.businessName],
          [L('Orang tua/wali', 'Parent/guardian'), p.row.guardianName],
          [L('Tanggal persetujuan wali', "Guardian's consent date"), p.row.guardianConsentDate],
          [L('Catatan', 'Notes'), p.row.notes],
        ],
      });
      sections.push({
        title: L('Pelatihan', 'Training'),
        lines: [
          [L('Judul', 'Title'), training?.title ?? null],
          [L('Tanggal', 'Dates'), training ? `${training.startDate} – ${training.endDate}` : null],
          [L('Hari hadir', 'Days attended'), participant?.attendedDays.join(', ') || null],
        ],
      });
    }
    const history = await this.audit.list(500, ENTITY[r.subjectKind], r.subjectId);
    const html = accessCopyDocument({
      office: settings.office,
      language: settings.language,
      resourcesDir: this.resourcesDir,
      printedAt: this.deps.clock(),
      subjectName: name,
      request: { kind: r.kind, receivedAt: r.receivedAt },
      sections,
      history,
    });
    return { html, name };
  }

  async accessCopy(id: string, target: 'printer' | 'pdf'): Promise<PrintResult> {
    this.deps.session.requireActor();
    const r = await this.load(id);
    const { html, name } = await this.accessCopyHtml(id);
    const result = await this.print.deliverDocument(html, target, `Salinan-Data-Pribadi-${safeFileName(name)}.pdf`);
    if (result.status !== 'cancelled') {
      await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'access_copy', entity: ENTITY[r.subjectKind], entityId: r.subjectId, changes: { requestId: [null, id] } }));
    }
    return result;
  }

  /** The requests' deadlines, as the reminder engine asks for them. */
  private reminderSource(): ReminderSource {
    return {
      nextAt: () => nextRequestReminder(this.deps.ds.manager),
      takeDue: async (now) => {
        const due = await dueRequestReminders(this.deps.ds.manager, now);
        if (due.length === 0) return [];
        await this.deps.ds.transaction(async (m) => {
          for (const d of due) await setReminderStage(m, d.id, d.stage);
        });
        const settings = await this.settings.get();
        const text = REMINDER_TEXT[settings.language];
        const fmt = new Intl.DateTimeFormat(settings.language === 'en' ? 'en-GB' : 'id-ID', {
          timeZone: settings.office.timeZone,
          day: '2-digit',
          month: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        });
        // Logged without names: a request says who asked.
        this.deps.logger.info('privacy request reminders', { count: due.length });
        return due.map<SourceReminder>((d) => ({
          title: d.stage === 2 ? text.late : text.soon,
          body: text.body(text.kinds[d.kind] ?? d.kind, fmt.format(new Date(d.deadlineAt))),
          route: `/permintaan-data/${d.id}`,
        }));
      },
    };
  }
}

import { randomUUID } from 'node:crypto';
import {
  EXPORT_CONTENTS,
  exportScope,
  type AuditEntry,
  type BreachDetail,
  type BreachSummary,
  type ExportContent,
  type ExportRecord,
  type ParsedInput,
  type PrintResult,
  type Settings,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { messageText } from '../../../shared/messages';
import { zonedParts } from '../../../shared/domain/zoned';
import { nowIso, type CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import type { PrintService } from '../printing';
import { exportSubjects, scopeSql } from '../transfer';
import { breachLetterHtml } from './breach.letters';
import {
  breachSubjects,
  breachesToRemind,
  exportedBusinesses,
  exportedParticipants,
  findBreach,
  insertBreach,
  insertBreachSubjects,
  listBreaches,
  markBreachReminded,
  nextBreachReminder,
  setNotified,
  type BreachListRow,
} from './breach.queries';

/** UU PDP art. 46(1): the people affected and the authority are told within 3 × 24 hours. */
export const NOTIFY_WITHIN_MS = 3 * 24 * 60 * 60 * 1000;

/** The reminder engine reminds of a breach's deadline this long before it, once. */
export const REMIND_BEFORE_MS = 24 * 60 * 60 * 1000;

/** The screen a deadline reminder opens. */
export const BREACHES_ROUTE = '/kewajiban-pdp/insiden';

/**
 * The most people a breach's screen lists and its letters are drafted for, one page each: an export
 * of everything (a province's records) is told by public announcement, not a letter per person.
 */
export const SUBJECTS_SHOWN = 1000;

/** How many export entries of the audit log the register offers. */
const EXPORTS_SHOWN = 500;

/** An export as its audit entry (written by the transfer module when the export finished) says it was. */
export function exportRecordOf(entry: AuditEntry): ExportRecord {
  const after = (field: string): unknown => entry.changes?.[field]?.[1];
  const scope = exportScope.safeParse(after('scope'));
  const contents = Array.isArray(after('contents'))
    ? (after('contents') as unknown[]).filter((c): c is ExportContent => (EXPORT_CONTENTS as readonly unknown[]).includes(c))
    : [];
  const counts = after('counts');
  return {
    id: entry.id,
    at: entry.at,
    actorName: entry.actorName,
    scope: scope.success ? scope.data : null,
    contents,
    personalData: after('personalData') === 'full' ? 'full' : 'masked',
    encrypted: after('encrypted') === true,
    counts:
      counts && typeof counts === 'object'
        ? Object.fromEntries(Object.entries(counts as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number'))
        : {},
  };
}

function summary(row: BreachListRow): BreachSummary {
  return {
    id: row.id,
    title: row.title,
    occurredAt: row.occurredAt,
    discoveredAt: row.discoveredAt,
    deadlineAt: row.deadlineAt,
    exportId: row.exportId,
    exportAt: row.exportAt,
    encrypted: row.encrypted,
    personalData: row.personalData,
    businesses: row.businesses,
    participants: row.participants,
    notifiedSubjectsAt: row.notifiedSubjectsAt,
    notifiedAuthorityAt: row.notifiedAuthorityAt,
    createdAt: row.createdAt,
  };
}

/**
 * The breach register (UU PDP art. 46): a lost stick is registered from the export it held, as
 * the audit log recorded it; the people whose data it held are listed then, the 3×24-hour clock
 * runs from discovery, and the letters to them and to the authority are drafted as PDFs.
 */
export class BreachService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly print: PrintService,
    private readonly settings: () => Promise<Settings>,
    private readonly resourcesDir: string,
  ) {}

  /** Finished exports, newest first. */
  async exports(): Promise<ExportRecord[]> {
    const entries = await this.audit.list(EXPORTS_SHOWN, 'transfer');
    return entries.filter((e) => e.action === 'export').map(exportRecordOf);
  }

  async list(): Promise<BreachSummary[]> {
    return (await listBreaches(this.deps.ds.manager)).map(summary);
  }

  async get(id: string): Promise<BreachDetail> {
    const m = this.deps.ds.manager;
    const row = await findBreach(m, id);
    if (!row) throw new AppError('NOT_FOUND', 'privacyDuties.breachNotFound');
    const exportRecord = row.exportId ? ((await this.exports()).find((e) => e.id === row.exportId) ?? null) : null;
    const subjects = await breachSubjects(m, id, SUBJECTS_SHOWN);
    return { ...summary(row), description: row.description, measures: row.measures, exportRecord, subjects };
  }

  async create(input: ParsedInput<'privacy:createBreach'>): Promise<BreachDetail> {
    const actor = this.deps.session.requireActor();
    const entry = (await this.audit.list(EXPORTS_SHOWN, 'transfer')).find((e) => e.action === 'export' && e.id === input.exportId);
    if (!entry) throw new AppError('NOT_FOUND', 'privacyDuties.exportNotFound');
    const record = exportRecordOf(entry);
    if (!record.scope) throw new AppError('CONFLICT', 'privacyDuties.exportScopeUnknown');
    const id = randomUUID();
    const now = nowIso(this.deps.clock);
    await this.deps.ds.transaction(async (m) => {
      // Recorded with the export; for an export made before they were, worked out again from its scope.
      const recorded = entry.entityId ? await exportSubjects(m, entry.entityId) : null;
      const scope = scopeSql(record.scope!);
      // The package carries deletions too; the human files only live records.
      const withPackage = record.contents.includes('package');
      const businesses = recorded?.businesses ?? (await exportedBusinesses(m, scope.business, record.at, withPackage));
      const participants = recorded?.participants ?? (withPackage ? await exportedParticipants(m, scope.training_participant, record.at) : []);
      await insertBreach(m, {
        id,
        title: input.title,
        occurredAt: input.occurredAt,
        discoveredAt: new Date(input.discoveredAt).toISOString(),
        deadlineAt: new Date(Date.parse(input.discoveredAt) + NOTIFY_WITHIN_MS).toISOString(),
        remindAt: new Date(Date.parse(input.discoveredAt) + NOTIFY_WITHIN_MS - REMIND_BEFORE_MS).toISOString(),
        description: input.description,
        measures: input.measures,
        exportId: record.id,
        exportAt: record.at,
        encrypted: record.encrypted,
        personalData: record.personalData,
        notifiedSubjectsAt: null,
        notifiedAuthorityAt: null,
        createdAt: now,
        updatedAt: now,
        updatedBy: actor,
      });
      await insertBreachSubjects(m, id, 'business', businesses);
      await insertBreachSubjects(m, id, 'participant', participants);
      await this.audit.record(m, {
        action: 'create',
        entity: 'breach',
        entityId: id,
        changes: {
          exportId: [null, record.id],
          encrypted: [null, record.encrypted],
          businesses: [null, businesses.length],
          participants: [null, participants.length],
        },
      });
    });
    return this.get(id);
  }

  async notified(input: ParsedInput<'privacy:breachNotified'>): Promise<BreachDetail> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      if (!(await findBreach(m, input.id))) throw new AppError('NOT_FOUND', 'privacyDuties.breachNotFound');
      const at = new Date(input.at).toISOString();
      await setNotified(m, input.id, input.letter, at, { now: nowIso(this.deps.clock), actorId: actor });
      await this.audit.record(m, { action: 'notify', entity: 'breach', entityId: input.id, changes: { [input.letter]: [null, at] } });
    });
    return this.get(input.id);
  }

  async letterHtml(id: string, letter: ParsedInput<'privacy:printBreachLetter'>['letter']): Promise<string> {
    const breach = await this.get(id);
    if (letter === 'subjects' && breach.subjects.length === 0) throw new AppError('CONFLICT', 'privacyDuties.noSubjects');
    const total = breach.businesses + breach.participants;
    if (letter === 'subjects' && total > SUBJECTS_SHOWN) {
      throw new AppError('CONFLICT', 'privacyDuties.tooManyLetters', { params: { count: total, max: SUBJECTS_SHOWN } });
    }
    const settings = await this.settings();
    return breachLetterHtml({ breach, letter, office: settings.office, language: settings.language, resourcesDir: this.resourcesDir, printedAt: this.deps.clock() });
  }

  async printLetter(input: ParsedInput<'privacy:printBreachLetter'>): Promise<PrintResult> {
    const html = await this.letterHtml(input.id, input.letter);
    const breach = await this.get(input.id);
    const name = input.letter === 'authority' ? 'Pemberitahuan-Insiden-Lembaga-PDP' : 'Pemberitahuan-Insiden-Subjek-Data';
    const count = input.letter === 'authority' ? 1 : breach.subjects.length;
    return this.print.deliverDocument(html, input.target, `${name}-${breach.discoveredAt.slice(0, 10)}.pdf`, count);
  }

  /**
   * The reminder engine's source for breach deadlines: a day before a deadline whose notifications
   * are not all recorded as sent, one notification that opens the register.
   */
  reminderSource(): { nextAt(now: string): Promise<string | null>; takeDue(now: string): Promise<Array<{ title: string; body: string; route: string }>> } {
    return {
      nextAt: () => nextBreachReminder(this.deps.ds.manager),
      takeDue: async (now) => {
        const settings = await this.settings();
        const due = await this.deps.ds.transaction(async (m) => {
          const rows = await breachesToRemind(m, now);
          for (const r of rows) await markBreachReminded(m, r.id, now);
          return rows;
        });
        return due.map((b) => {
          const p = zonedParts(new Date(b.deadlineAt), settings.office.timeZone);
          return {
            title: messageText(settings.language, b.deadlineAt <= now ? 'privacyDuties.breachOverdueTitle' : 'privacyDuties.breachDueTitle'),
            body: messageText(settings.language, 'privacyDuties.breachDueBody', { title: b.title, deadline: `${p.date.split('-').reverse().join('/')} ${settings.language === 'id' ? p.time.replace(':', '.') : p.time}` }),
            route: BREACHES_ROUTE,
          };
        });
      },
    };
  }
}

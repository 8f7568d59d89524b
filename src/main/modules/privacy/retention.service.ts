import type { EntityManager } from 'typeorm';
import {
  ANONYMISE_MAX,
  RETENTION_KINDS,
  type Language,
  type ParsedInput,
  type RetentionDue,
  type RetentionKind,
  type RetentionSettings,
} from '../../../shared/contract';
import { daysInMonth, parseIsoDate, toIsoDate } from '../../../shared/domain/dates';
import { messageText } from '../../../shared/messages';
import { nowIso, todayIn, type CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import {
  dueRecords,
  markAnonymised,
  noteReview,
  readPeriods,
  reviewRaised,
  stillDue,
  writePeriod,
} from './retention.queries';

/** How each kind's personal data is ended by the module that owns it (wired in the core). */
export interface RetentionErasers {
  /** The businesses module's erasure of the owner's data (the same as on the owner's request). */
  businessOwner(id: string, reason: string): Promise<unknown>;
  /** The trainings module's erasure of a participant's data (the same as on the person's request). */
  participant(id: string, reason: string): Promise<unknown>;
  /** The consultations module's clearing of a consultation's narrative, inside `m`'s transaction. */
  consultation(m: EntityManager, id: string, stamp: { now: string; actorId: string | null }): Promise<void>;
}

/** The same day `months` later (earlier when negative); the 31st falls back to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIsoDate(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Records anonymised per transaction. */
const CHUNK = 50;

/** The screen the monthly notification opens. */
export const RETENTION_ROUTE = '/kewajiban-pdp/retensi';

/** The reason written to each record's history when its period ended. */
const REASON = 'Masa retensi berakhir (UU PDP No. 27/2022)';

/**
 * Retention (UU PDP art. 43–44): a period per kind of record, the records past it, and ending their
 * personal data while what the reports count stays. The list is raised once a month by the reminder
 * engine (`monthlyLook`).
 */
export class RetentionService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly erasers: RetentionErasers,
    private readonly office: () => Promise<{ timeZone: string; language: Language }>,
  ) {}

  async settings(m: EntityManager = this.deps.ds.manager): Promise<RetentionSettings> {
    const rows = await readPeriods(m);
    const byKind = new Map(rows.map((r) => [r.kind, r]));
    const updated = rows.map((r) => r.updatedAt).filter((x): x is string => Boolean(x)).sort();
    return {
      periods: RETENTION_KINDS.map((kind) => ({ kind, months: byKind.get(kind)?.months ?? 60 })),
      updatedAt: updated.at(-1) ?? null,
    };
  }

  async setPeriods(input: ParsedInput<'privacy:setRetention'>): Promise<RetentionSettings> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = await this.settings(m);
      const at = nowIso(this.deps.clock);
      const changes: Record<string, [unknown, unknown]> = {};
      for (const { kind, months } of before.periods) {
        const next = input.periods[kind];
        if (next === months) continue;
        await writePeriod(m, kind, next, at, actor);
        changes[kind] = [months, next];
      }
      if (Object.keys(changes).length > 0) await this.audit.record(m, { action: 'update', entity: 'retention_period', entityId: null, changes });
    });
    return this.settings();
  }

  /** The office's date less each kind's period: records whose period started before it are past it. */
  private async cutoffs(m: EntityManager): Promise<Array<{ kind: RetentionKind; months: number; cutoff: string }>> {
    const { timeZone } = await this.office();
    const today = todayIn(timeZone, this.deps.clock);
    return (await this.settings(m)).periods.map((p) => ({ ...p, cutoff: addMonths(today, -p.months) }));
  }

  async due(m: EntityManager = this.deps.ds.manager): Promise<RetentionDue> {
    const kinds: RetentionDue['kinds'] = [];
    for (const c of await this.cutoffs(m)) {
      const { total, items } = await dueRecords(m, c.kind, c.cutoff, ANONYMISE_MAX);
      kinds.push({ ...c, total, items: items.map((i) => ({ ...i, kind: c.kind, label: i.label || '—' })) });
    }
    return { kinds };
  }

  /**
   * Ends the personal data of the chosen records, each through its owning module, a chunk per
   * transaction. Records no longer past their period (or already ended) are skipped.
   */
  async anonymise(input: ParsedInput<'privacy:anonymise'>): Promise<{ anonymised: number; skipped: number }> {
    const actor = this.deps.session.requireActor();
    const ids = [...new Set(input.ids)];
    let done = 0;
    // A few dozen records per transaction: other work at the desk waits for one chunk, never for all.
    for (let i = 0; i < ids.length; i += CHUNK) {
      done += await this.deps.ds.transaction(async (m) => {
        const cutoff = (await this.cutoffs(m)).find((c) => c.kind === input.kind)!.cutoff;
        const due = await stillDue(m, input.kind, cutoff, ids.slice(i, i + CHUNK));
        const now = nowIso(this.deps.clock);
        for (const id of due) {
          if (input.kind === 'businessOwner') {
            await this.erasers.businessOwner(id, REASON);
          } else if (input.kind === 'participant') {
            await this.erasers.participant(id, REASON);
            await markAnonymised(m, 'participant', id, now, actor);
          } else {
            await this.erasers.consultation(m, id, { now, actorId: actor });
            await markAnonymised(m, 'consultation', id, now, actor);
            await this.audit.record(m, { action: 'erase_personal', entity: 'consultation', entityId: id, changes: { reason: [null, REASON] } });
          }
        }
        if (due.length > 0) {
          await this.audit.record(m, {
            action: 'anonymise',
            entity: 'retention_period',
            entityId: input.kind,
            changes: { count: [null, due.length], cutoff: [null, cutoff] },
          });
        }
        return due.length;
      });
    }
    // Counts only: names and ids of the people stay out of the log.
    this.deps.logger.info('retention: personal data ended', { kind: input.kind, count: done });
    return { anonymised: done, skipped: ids.length - done };
  }

  /**
   * Once a month (the office's month), the reminder engine asks (this is one of its sources): when
   * records are past their period, one notification says how many and opens the list. A month is
   * raised once, even across restarts; a month with nothing due is noted too, so later looks are one read.
   */
  async takeDue(): Promise<Array<{ title: string; body: string; route: string }>> {
    const { timeZone, language } = await this.office();
    const month = todayIn(timeZone, this.deps.clock).slice(0, 7);
    if (await reviewRaised(this.deps.ds.manager, month)) return [];
    const total = await this.deps.ds.transaction(async (m) => {
      if (await reviewRaised(m, month)) return 0;
      const due = await this.due(m);
      const count = due.kinds.reduce((sum, k) => sum + k.total, 0);
      await noteReview(m, month, nowIso(this.deps.clock), count);
      return count;
    });
    if (total === 0) return [];
    return [
      {
        title: messageText(language, 'privacyDuties.retentionDueTitle'),
        body: messageText(language, 'privacyDuties.retentionDueBody', { count: total }),
        route: RETENTION_ROUTE,
      },
    ];
  }

  /** What the reminder engine is given: no instant to wake for (its regular look is often enough), the month's list when due. */
  reminderSource(): { nextAt(now: string): Promise<string | null>; takeDue(now: string): Promise<Array<{ title: string; body: string; route: string }>> } {
    return { nextAt: async () => null, takeDue: () => this.takeDue() };
  }
}

import type { FollowUpItem, Language } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import { later } from '../../db/transactions';
import type { EventBus } from '../../events';
import type { Platform } from '../../platform';
import type { FollowUpService } from './follow-up.service';
import { allDueToday, reminderSubject, reminderText } from './reminder.text';

/** The longest the engine sleeps between looks, so a clock change or a missed timer is caught up. */
const MAX_SLEEP_MS = 30_000;
const MIN_SLEEP_MS = 200;
/** Notifications shown one by one; more at once are grouped into one. */
const GROUP_FROM = 3;

/** A reminder another module raises through the engine: its notification's words and the screen it opens. */
export interface SourceReminder {
  title: string;
  body: string;
  route: string;
}

/**
 * Another kind of deadline the engine reminds of (a data subject's request, say), added with
 * `addSource`: when its next reminder falls due, and the reminders due now, each taken once (the
 * source marks them reported).
 */
export interface ReminderSource {
  nextAt(now: string): Promise<string | null>;
  takeDue(now: string): Promise<SourceReminder[]>;
}

/**
 * Fires reminders for follow-ups that fall due. Knows no Electron: it reads the follow-ups, marks
 * what it reported, emits `reminder:due` and asks the platform for a desktop notification. At start
 * it reports at once everything that fell due while the app was closed.
 */
export class ReminderEngine {
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = true;
  private unsubscribe: (() => void) | null = null;
  private readonly sources = new Set<ReminderSource>();

  constructor(
    private readonly deps: CoreDeps,
    private readonly followUps: FollowUpService,
    private readonly events: EventBus,
    private readonly platform: Platform,
    private readonly language: () => Promise<Language>,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.followUps.scheduling.onChange(() => this.poke());
    this.poke();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Reminds of another kind of deadline too; answers how to stop. */
  addSource(source: ReminderSource): () => void {
    this.sources.add(source);
    this.poke();
    return () => this.sources.delete(source);
  }

  /** Looks again soon: something changed. */
  poke(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    // `later` runs outside the caller's async context: a poke from inside a request never makes the
    // check believe it runs inside that request's transaction.
    this.timer = later(() => void this.tick(), 0);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    try {
      await this.check();
    } catch (err) {
      this.deps.logger.error('reminder check failed', { error: err instanceof Error ? err.message : String(err) });
    }
    if (this.stopped) return;
    const now = this.deps.clock();
    const nexts = await Promise.all(
      [this.followUps.reminders.nextAt(now.toISOString()), ...[...this.sources].map((s) => s.nextAt(now.toISOString()))].map((p) => p.catch(() => null)),
    );
    const next = nexts.filter((n): n is string => n !== null).sort()[0] ?? null;
    const wait = next ? Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, Date.parse(next) - now.getTime())) : MAX_SLEEP_MS;
    if (this.stopped || this.timer) return;
    this.timer = later(() => void this.tick(), wait);
  }

  /**
   * Reports every follow-up whose reminder time has come and that was not reported since it was
   * (re)armed; returns them. Checks run one after another, never overlapping.
   */
  check(): Promise<FollowUpItem[]> {
    const run = this.chain.then(() => this.runCheck());
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async runCheck(): Promise<FollowUpItem[]> {
    const now = this.deps.clock().toISOString();
    await this.checkSources(now);
    const due = await this.followUps.reminders.due(now);
    const counts = await this.followUps.lists.counts();
    this.platform.setBadgeCount?.(counts.overdue);
    this.events.emit('followUps:changed', { overdue: counts.overdue, today: counts.today });
    if (due.length === 0) return [];
    await this.followUps.reminders.markNotified(
      due.map((d) => d.id),
      now,
    );
    const text = reminderText(await this.language());
    const zone = await this.followUps.timeZone();
    const today = new Set(due.filter((d) => allDueToday([d], new Date(now), zone)).map((d) => d.id));
    this.events.emit('reminder:due', {
      items: due.map((d) => ({ id: d.id, title: d.title, businessName: reminderSubject(d, text), effectiveAt: d.effectiveAt })),
      overdue: counts.overdue,
    });
    this.notify(due, text, today);
    // Logged without names or titles: those can carry personal details.
    this.deps.logger.info('reminders fired', { count: due.length });
    return due;
  }

  /** The other sources' reminders, one notification each; one failing source does not stop the others. */
  private async checkSources(now: string): Promise<void> {
    for (const source of this.sources) {
      try {
        for (const r of await source.takeDue(now)) this.platform.notify(r);
      } catch (err) {
        this.deps.logger.error('reminder source failed', { error: err instanceof Error ? err.message : String(err) });
      }
    }
  }

  /** `today`: those due later today, not overdue; their words (and the tab, when all are) say so. */
  private notify(due: FollowUpItem[], text: ReturnType<typeof reminderText>, today: Set<string>): void {
    if (due.length < GROUP_FROM) {
      for (const d of due) {
        const subject = reminderSubject(d, text);
        this.platform.notify({
          title: today.has(d.id) ? text.oneToday : text.one,
          body: subject ? `${d.title} — ${subject}` : d.title,
          route: `/tindak-lanjut/${d.id}`,
        });
      }
      return;
    }
    const shown = due.slice(0, 3).map((d) => {
      const subject = reminderSubject(d, text);
      return `• ${d.title}${subject ? ` — ${subject}` : ''}`;
    });
    const more = due.length - shown.length;
    const allToday = today.size === due.length;
    this.platform.notify({
      title: allToday ? text.manyToday(due.length) : text.many(due.length),
      body: more > 0 ? `${shown.join('\n')}\n${text.more(more)}` : shown.join('\n'),
      route: allToday ? '/tindak-lanjut?tab=today' : '/tindak-lanjut?tab=overdue',
    });
  }
}

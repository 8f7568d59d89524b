import type { IdleBusiness, ParsedInput } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { countIdleBusinesses, idleBusinessPage } from './follow-up.lists.queries';

/** Beyond this many idle businesses the count says "more than". */
export const IDLE_COUNT_CAP = 1000;

/** Businesses with no consultation or follow-up for the office's idle days: check-in candidates. */
export class IdleBusinesses {
  constructor(
    private readonly deps: CoreDeps,
    private readonly settings: SettingsService,
    private readonly regions: RegionService,
  ) {}

  /** Longest idle first; the count stops at IDLE_COUNT_CAP, since "more than 1,000" is all a card says. */
  async list(q: ParsedInput<'followUps:idle'>): Promise<{ rows: IdleBusiness[]; total: number; capped: boolean; days: number }> {
    const { idleDays } = await this.settings.reminderSettings();
    const now = this.deps.clock();
    const cutoff = new Date(now.getTime() - idleDays * 86_400_000).toISOString();
    const db = this.deps.ds.manager;
    const rows = await idleBusinessPage(db, cutoff, q.regencyCode, q.page, q.pageSize);
    const n = await countIdleBusinesses(db, cutoff, q.regencyCode, IDLE_COUNT_CAP + 1);
    return {
      rows: await Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          name: r.name,
          regencyName: await this.regions.name(r.regency_code),
          lastActivityAt: new Date(r.last_at).toISOString(),
          idleDays: Math.floor((now.getTime() - Date.parse(r.last_at)) / 86_400_000),
        })),
      ),
      total: Math.min(n, IDLE_COUNT_CAP),
      capped: n > IDLE_COUNT_CAP,
      days: idleDays,
    };
  }
}

import type { FollowUpItem } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import type { RegionService } from '../regions';
import { toFollowUpItem } from './follow-up.mapper';
import { dueReminderRows, markNotified, nextRemindAt } from './follow-up.queries';

/** What the reminder engine asks of the follow-ups: which reminders are due, marking them fired, when the next one is. */
export class FollowUpReminders {
  constructor(
    private readonly deps: CoreDeps,
    private readonly regions: RegionService,
  ) {}

  /** Open follow-ups whose reminder is due and has not fired since it was (re)armed. */
  async due(now: string): Promise<FollowUpItem[]> {
    const rows = await dueReminderRows(this.deps.ds.manager, now);
    return Promise.all(rows.map((r) => toFollowUpItem(r, this.regions)));
  }

  async markNotified(ids: string[], at: string): Promise<void> {
    if (ids.length === 0) return;
    await this.deps.ds.transaction(async (m) => {
      for (const id of ids) await markNotified(m, id, at);
    });
  }

  /** The next moment a reminder is armed for, if any. */
  nextAt(after: string): Promise<string | null> {
    return nextRemindAt(this.deps.ds.manager, after);
  }
}

import type { TimelineEntry } from '../../../shared/contract';
import type { AuditService } from '../audit';
import type { BusinessService } from './business.service';

/** Records of another module that belong on a business's timeline (consultations, follow-ups...). */
export type TimelineSource = (businessId: string) => Promise<TimelineEntry[]>;

/** A business's history: its own audit entries, and what other modules add to it. */
export class BusinessTimelineService {
  private readonly sources: TimelineSource[] = [];

  constructor(
    private readonly audit: AuditService,
    private readonly businesses: BusinessService,
  ) {}

  /** Later modules add their records to the business timeline. */
  registerSource(source: TimelineSource): void {
    this.sources.push(source);
  }

  /** The business's history, newest first; consultations and follow-ups join it in their modules. */
  async timeline(id: string): Promise<TimelineEntry[]> {
    await this.businesses.load(id, undefined, { deleted: true });
    const entries = await this.audit.list(200, 'business', id);
    const timeline: TimelineEntry[] = entries.map((e) => ({
      at: e.at,
      kind: e.action,
      actorName: e.actorName,
      detail: e.changes ? { fields: Object.keys(e.changes) } : null,
    }));
    for (const source of this.sources) timeline.push(...(await source(id)));
    // Stable: entries at the same instant keep the audit log's and the sources' own order.
    return timeline.map((e, i) => ({ e, i, t: Date.parse(e.at) })).sort((a, b) => b.t - a.t || a.i - b.i).map((x) => x.e);
  }
}

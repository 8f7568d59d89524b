import { SERVICE_AREAS, type Dashboard, type ParsedInput } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import type { CoreDeps } from '../../context';
import type { FollowUpService } from '../follow-ups';
import type { RegionService } from '../regions';
import {
  dashboardImpact,
  dashboardTrainings,
  dayCounts,
  finalConsultationsBetween,
  monthCountsFromAggregates,
  servedByRegency,
  servedFromAggregates,
  type DayCount,
} from './reports.dashboard.queries';
import type { Filter } from './reports.queries';

/** The most kabupaten/kota the dashboard charts. */
const DASHBOARD_REGENCIES = 20;

/** The dashboard's consultation figures: counts by day (or month) with their sign, and businesses served by kabupaten/kota. */
type DashboardCounts = { days: Array<{ d: DayCount; sign: number }>; regencyCounts: Map<string | null, number> };

/**
 * Beranda: consultations by month, businesses by kabupaten/kota, follow-ups, trainings and impact
 * in brief. The consultation figures come from the month aggregates when the range counts the same
 * consultations as its whole months (fast, whatever the data's size), otherwise from the
 * consultations themselves; both feed the one figure below.
 */
export class DashboardService {
  constructor(
    readonly deps: CoreDeps,
    readonly regions: RegionService,
    readonly followUps: FollowUpService,
  ) {}

  /** Whether the dashboard may count whole months from the aggregate tables (off: always from the consultations). */
  monthAggregates = true;

  async dashboard(q: ParsedInput<'reports:dashboard'>): Promise<Dashboard> {
    const db = this.deps.ds.manager;
    const f: Filter = { from: q.from, to: q.to, regencyCode: q.regencyCode ?? null };
    const { days, regencyCounts } = (await this.wholeMonths(f)) ? await this.fromAggregates(f) : await this.fromConsultations(f);
    const regencyRows = [...regencyCounts]
      .filter(([, count]) => count > 0)
      .map(([code, businesses]) => ({ code, businesses }))
      .sort((a, b) => b.businesses - a.businesses || (a.code ?? '~').localeCompare(b.code ?? '~'));
    const trainings = await dashboardTrainings(db, f);
    const impact = await dashboardImpact(db, f);
    const followUps = await this.followUps.counts();

    const months = new Map<string, { month: string; total: number; areas: Record<string, number> }>();
    for (let month = f.from.slice(0, 7); month <= f.to.slice(0, 7); month = addDays(`${month}-28`, 7).slice(0, 7)) {
      months.set(month, { month, total: 0, areas: Object.fromEntries(SERVICE_AREAS.map((a) => [a, 0])) });
    }
    let consultations = 0;
    let minutes = 0;
    for (const { d, sign } of days) {
      const count = sign * d.consultations;
      consultations += count;
      minutes += sign * d.minutes;
      const entry = months.get(d.day.slice(0, 7));
      if (!entry) continue;
      entry.total += count;
      for (const a of SERVICE_AREAS) entry.areas[a] = (entry.areas[a] ?? 0) + sign * (d.areas[a] ?? 0);
    }

    const businessesByRegency = [];
    let served = 0;
    for (const r of regencyRows) served += r.businesses;
    for (const r of regencyRows.slice(0, DASHBOARD_REGENCIES)) {
      businessesByRegency.push({ regencyCode: r.code, regencyName: await this.regions.name(r.code), businesses: r.businesses });
    }

    return {
      from: f.from,
      to: f.to,
      consultationsByMonth: [...months.values()] as Dashboard['consultationsByMonth'],
      businessesByRegency,
      followUps: {
        open: followUps.overdue + followUps.today + followUps.week + followUps.later,
        overdue: followUps.overdue,
        today: followUps.today,
      },
      trainings,
      impact,
      totals: { consultations, contactMinutes: minutes, businessesServed: served },
    };
  }

  /**
   * Whether [from, to] counts the same consultations as the whole months it touches: no finalised
   * consultation lies in its first month before `from` or in its last month after `to` (the
   * presets end today, and nothing is dated after today, so they qualify).
   */
  private async wholeMonths(f: Filter): Promise<boolean> {
    if (!this.monthAggregates) return false;
    const first = `${f.from.slice(0, 7)}-01`;
    const last = addDays(`${addDays(`${f.to.slice(0, 7)}-28`, 7).slice(0, 7)}-01`, -1);
    const edges: Array<[string, string]> = [];
    if (f.from > first) edges.push([first, addDays(f.from, -1)]);
    if (f.to < last) edges.push([addDays(f.to, 1), last]);
    for (const [from, to] of edges) if (await finalConsultationsBetween(this.deps.ds.manager, from, to)) return false;
    return true;
  }

  private async fromAggregates(f: Filter): Promise<DashboardCounts> {
    const db = this.deps.ds.manager;
    const days = (await monthCountsFromAggregates(db, f)).map((d) => ({ d, sign: 1 }));
    return { days, regencyCounts: await servedFromAggregates(db, f) };
  }

  /** Any range, from the consultations themselves. */
  private async fromConsultations(f: Filter): Promise<DashboardCounts> {
    const db = this.deps.ds.manager;
    // A year holds some 175,000 consultations: checking each against the deleted businesses costs
    // more than the rest of the statement. So the range is counted whole, and the few consultations
    // of deleted businesses (found through consultation_business) are counted apart and taken off.
    const days = [...(await dayCounts(db, f, 'ignore')).map((d) => ({ d, sign: 1 })), ...(await dayCounts(db, f, 'only')).map((d) => ({ d, sign: -1 }))];
    // A business has one kabupaten/kota, so the regencies' distinct businesses add up to the total.
    const regencyCounts = new Map<string | null, number>();
    for (const r of await servedByRegency(db, f, 'ignore')) regencyCounts.set(r.code, r.businesses);
    for (const r of await servedByRegency(db, f, 'only')) regencyCounts.set(r.code, (regencyCounts.get(r.code) ?? 0) - r.businesses);
    return { days, regencyCounts };
  }
}

import {
  CAPITAL_SOURCES,
  CONSULTATION_CHANNELS,
  DATA_CHECK_KINDS,
  PERMIT_KINDS,
  SALES_CHANNELS,
  SERVICE_AREAS,
  periodRange,
  type ActivityReport,
  type DataChecks,
  type ImpactReport,
  type ParsedInput,
  type ReportPeriod,
} from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import { zonedInstant } from '../../../shared/domain/zoned';
import type { CoreDeps } from '../../context';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { activityFigures, dataCheck, impactFigures, type Counted, type Filter } from './reports.queries';

/** The report query: a period and, optionally, one kabupaten/kota. */
export type ReportQuery = { period: ReportPeriod; regencyCode?: string };

const NONE: Counted = { consultations: 0, contactMinutes: 0, businesses: 0 };

/** The activity report, the impact scorecard and the data checks before reporting. */
export class ReportFiguresService {
  constructor(
    readonly deps: CoreDeps,
    readonly settings: SettingsService,
    readonly regions: RegionService,
  ) {}

  private filter(q: ReportQuery): Filter {
    return { ...periodRange(q.period), regencyCode: q.regencyCode ?? null };
  }

  /** The UTC instants bounding [from, to] as office days: from's midnight, inclusive, to the day after to's, exclusive. */
  private async instants(f: Filter): Promise<[string, string]> {
    const tz = await this.settings.timeZone();
    return [zonedInstant(f.from, '00:00', tz), zonedInstant(addDays(f.to, 1), '00:00', tz)];
  }

  async activity(q: ParsedInput<'reports:activity'>): Promise<ActivityReport> {
    const f = this.filter(q);
    const a = await activityFigures(this.deps.ds.manager, f, await this.instants(f));
    const byRegency = [];
    for (const r of a.byRegency) {
      byRegency.push({ regencyCode: r.regencyCode, regencyName: await this.regions.name(r.regencyCode), ...(r.consultations ?? NONE), participants: r.participants });
    }
    byRegency.sort((x, y) => y.consultations - x.consultations || y.participants - x.participants || (x.regencyName ?? '~').localeCompare(y.regencyName ?? '~'));
    return {
      from: f.from,
      to: f.to,
      regencyCode: f.regencyCode,
      totals: a.totals,
      womenOwners: a.womenOwners,
      youthOwners: a.youthOwners,
      womenParticipants: a.womenParticipants,
      youthParticipants: a.youthParticipants,
      byArea: SERVICE_AREAS.map((area) => ({ area, ...(a.byArea.get(area) ?? NONE) })),
      byChannel: CONSULTATION_CHANNELS.map((channel) => ({ channel, ...(a.byChannel.get(channel) ?? NONE) })),
      byRegency,
      byConsultant: a.byConsultant,
    };
  }

  async impact(q: ParsedInput<'reports:impact'>): Promise<ImpactReport> {
    const f = this.filter(q);
    const { totals: t, groups } = await impactFigures(this.deps.ds.manager, f);
    const group = (kind: string, key: string) => groups.find((g) => g.kind === kind && g.key === key);
    return {
      from: f.from,
      to: f.to,
      regencyCode: f.regencyCode,
      businesses: t.businesses,
      milestones: t.milestones,
      businessesStarted: t.started,
      startedFromTraining: t.startedFromTraining,
      jobsCreated: { men: t.createdMen, women: t.createdWomen },
      jobsKept: { men: t.keptMen, women: t.keptWomen },
      sales: { count: t.salesCount, before: t.salesBefore, after: t.salesAfter, increase: t.salesAfter - t.salesBefore },
      capital: CAPITAL_SOURCES.map((source) => ({ source, count: group('capital', source)?.count ?? 0, amount: group('capital', source)?.amount ?? 0 })),
      permits: PERMIT_KINDS.map((kind) => ({ kind, count: group('permit', kind)?.count ?? 0 })),
      markets: SALES_CHANNELS.map((channel) => ({ channel, count: group('market', channel)?.count ?? 0 })),
      credited: { consultation: t.byConsultation, training: t.byTraining, withEvidence: t.withEvidence },
    };
  }

  async dataChecks(q: ParsedInput<'reports:dataChecks'>): Promise<DataChecks> {
    const f = this.filter(q);
    const checks = [];
    for (const kind of DATA_CHECK_KINDS) checks.push({ kind, ...(await dataCheck(this.deps.ds.manager, f, kind)) });
    return { from: f.from, to: f.to, checks };
  }
}

import {
  CAPITAL_SOURCES,
  CONSULTATION_CHANNELS,
  DATA_CHECK_LIMIT,
  PERMIT_KINDS,
  SALES_CHANNELS,
  SERVICE_AREAS,
  YOUTH_MAX_AGE,
  YOUTH_MIN_AGE,
  periodRange,
  type ActivityReport,
  type Dashboard,
  type DataCheckItem,
  type DataCheckKind,
  type DataChecks,
  type ImpactReport,
  type ParsedInput,
  type PrintResult,
  type ReportKind,
  type ReportPeriod,
  type Share,
} from '../../../shared/contract';
import { addDays, addYears } from '../../../shared/domain/dates';
import { zonedInstant } from '../../../shared/domain/zoned';
import type { CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { FollowUpService } from '../follow-ups';
import type { PrintService } from '../printing';
import type { RegionService } from '../regions/region.service';
import type { SettingsService } from '../settings/settings.service';
import { reportDocument } from './report.html';
import { writeReportWorkbook } from './report.xlsx';
import { periodSlug, reportText } from './reports.text';

type Row = Record<string, unknown>;
type Filter = { from: string; to: string; regencyCode: string | null };
type Sql = { sql: string; params: unknown[] };
/** The dashboard's consultation figures: rows by day (or month) with their sign, and businesses served by kabupaten/kota. */
type DashboardCounts = { dayRows: Array<{ r: Row; sign: number }>; regencyCounts: Map<string | null, number> };

const n = (v: unknown): number => Number(v ?? 0);
/** The most kabupaten/kota the dashboard charts. */
const DASHBOARD_REGENCIES = 20;

/**
 * Live finalised consultations dated in [from, to]: an index range of `consultation_live_date`,
 * which also carries the business, channel, regency and service areas the reports group by. A
 * deleted business's consultations stay live rows, so they are left out by the (short) list of
 * deleted businesses (`deleted_at > ''` reads it from an index; `IS NOT NULL` scans the table).
 * With `deleted: 'only'`, the opposite: just those of deleted businesses `d`, found business by
 * business (`FROM business d CROSS JOIN consultation c`), for the dashboard's totals-minus-deleted.
 */
function consultationsIn(f: Filter, alias = 'c', deleted: 'exclude' | 'ignore' | 'only' = 'exclude'): Sql {
  const params: unknown[] = [f.from, f.to];
  let sql = `${alias}.deleted_at IS NULL AND ${alias}.status = 'final' AND ${alias}.consultation_date BETWEEN ? AND ?`;
  if (deleted === 'exclude') sql += ` AND ${alias}.business_id NOT IN (SELECT id FROM business WHERE deleted_at > '')`;
  if (deleted === 'only') sql += ` AND ${alias}.business_id = d.id AND d.deleted_at > ''`;
  if (f.regencyCode) {
    sql += ` AND ${alias}.regency_code = ?`;
    params.push(f.regencyCode);
  }
  return { sql, params };
}

/** Live trainings starting in [from, to] (a training belongs to the period it starts in), held in the regency. */
function trainingsIn(f: Filter, alias = 't'): Sql {
  const params: unknown[] = [f.from, f.to];
  let sql = `${alias}.deleted_at IS NULL AND ${alias}.start_date BETWEEN ? AND ?`;
  if (f.regencyCode) {
    sql += ` AND ${alias}.regency_code = ?`;
    params.push(f.regencyCode);
  }
  return { sql, params };
}

/** Live milestones dated in [from, to] of live businesses (in the regency). */
function milestonesIn(f: Filter): Sql {
  const params: unknown[] = [f.from, f.to];
  let sql = `m.deleted_at IS NULL AND m.milestone_date BETWEEN ? AND ? AND b.deleted_at IS NULL`;
  if (f.regencyCode) {
    sql += ` AND b.regency_code = ?`;
    params.push(f.regencyCode);
  }
  return { sql, params };
}

/** Birth dates of people aged 16–30 on `on`: born after `on` less 31 years, on or before `on` less 16. */
function youthBirthRange(on: string): [string, string] {
  return [addYears(on, -(YOUTH_MAX_AGE + 1)), addYears(on, -YOUTH_MIN_AGE)];
}

/** The dashboard, the activity report, the impact scorecard and the data checks before reporting. */
export class ReportService {
  constructor(
    readonly deps: CoreDeps,
    readonly settings: SettingsService,
    readonly regions: RegionService,
    readonly print: PrintService,
    readonly platform: Platform,
    readonly resourcesDir: string,
    readonly followUps: FollowUpService,
  ) {}

  /** Whether the dashboard may count whole months from the aggregate tables (off: always from the consultations). */
  monthAggregates = true;

  private query(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.deps.ds.query(sql, params) as Promise<Row[]>;
  }

  private async one(sql: string, params: unknown[] = []): Promise<Row> {
    return (await this.query(sql, params))[0] ?? {};
  }

  private filter(q: { period: ReportPeriod; regencyCode?: string }): Filter {
    return { ...periodRange(q.period), regencyCode: q.regencyCode ?? null };
  }

  /** The UTC instants bounding [from, to] as office days: from's midnight, inclusive, to the day after to's, exclusive. */
  private async instants(f: Filter): Promise<[string, string]> {
    const tz = await this.settings.timeZone();
    return [zonedInstant(f.from, '00:00', tz), zonedInstant(addDays(f.to, 1), '00:00', tz)];
  }

  // ---- Activity ------------------------------------------------------------------------------

  async activity(q: ParsedInput<'reports:activity'>): Promise<ActivityReport> {
    return this.activityOf(this.filter(q));
  }

  private async activityOf(f: Filter): Promise<ActivityReport> {
    const c = consultationsIn(f);
    const [fromI, toI] = await this.instants(f);
    const [youthAfter, youthUpTo] = youthBirthRange(f.to);

    const totals = await this.one(
      `SELECT count(*) AS consultations, sum(c.contact_minutes) AS contact, sum(c.prep_minutes) AS prep, count(DISTINCT c.business_id) AS businesses
       FROM consultation c WHERE ${c.sql}`,
      c.params,
    );
    const newClients = await this.one(
      `SELECT count(*) AS n FROM (SELECT DISTINCT c.business_id AS id FROM consultation c WHERE ${c.sql}) s
       WHERE NOT EXISTS (SELECT 1 FROM consultation p WHERE p.business_id = s.id AND p.consultation_date < ? AND p.status = 'final' AND p.deleted_at IS NULL)`,
      [...c.params, f.from],
    );
    const owners = await this.one(
      `SELECT count(*) AS total,
         sum(b.owner_gender = 'P') AS women, sum(b.owner_gender IS NOT NULL) AS gender_known,
         sum(b.owner_birth_date > ? AND b.owner_birth_date <= ?) AS youth, sum(b.owner_birth_date IS NOT NULL) AS age_known
       FROM business b WHERE b.id IN (SELECT c.business_id FROM consultation c WHERE ${c.sql})`,
      [youthAfter, youthUpTo, ...c.params],
    );
    const newProfiles = await this.one(
      `SELECT count(*) AS n FROM business b WHERE b.deleted_at IS NULL AND b.created_at >= ? AND b.created_at < ?${f.regencyCode ? ' AND b.regency_code = ?' : ''}`,
      [fromI, toI, ...(f.regencyCode ? [f.regencyCode] : [])],
    );
    // A deleted business's follow-ups are deleted with it, so only the regency filter needs the business.
    const followUpsDone = await this.one(
      f.regencyCode
        ? `SELECT count(*) AS n FROM follow_up fu CROSS JOIN business b ON b.id = fu.business_id
           WHERE fu.deleted_at IS NULL AND fu.status = 'done' AND fu.completed_at >= ? AND fu.completed_at < ? AND b.deleted_at IS NULL AND b.regency_code = ?`
        : `SELECT count(*) AS n FROM follow_up fu WHERE fu.deleted_at IS NULL AND fu.status = 'done' AND fu.completed_at >= ? AND fu.completed_at < ?`,
      [fromI, toI, ...(f.regencyCode ? [f.regencyCode] : [])],
    );
    const t = trainingsIn(f);
    const training = await this.one(
      `SELECT (SELECT count(*) FROM training t WHERE ${t.sql}) AS trainings,
         count(p.id) AS participants,
         sum(EXISTS (SELECT 1 FROM training_attendance a WHERE a.participant_id = p.id)) AS attended,
         sum(p.gender = 'P') AS women, sum(p.gender IS NOT NULL) AS gender_known,
         sum(CASE WHEN p.birth_date IS NOT NULL THEN p.birth_date > ? AND p.birth_date <= ? ELSE p.age BETWEEN ? AND ? END) AS youth,
         sum(p.birth_date IS NOT NULL OR p.age IS NOT NULL) AS age_known
       FROM training t JOIN training_participant p ON p.training_id = t.id AND p.deleted_at IS NULL
       WHERE ${t.sql}`,
      [...t.params, youthAfter, youthUpTo, YOUTH_MIN_AGE, YOUTH_MAX_AGE, ...t.params],
    );

    const areaRows = await this.query(
      `SELECT a.value AS area, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
       FROM consultation c, json_each(c.service_areas) a WHERE ${c.sql} GROUP BY a.value`,
      c.params,
    );
    const channelRows = await this.query(
      `SELECT c.channel AS channel, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
       FROM consultation c WHERE ${c.sql} GROUP BY c.channel`,
      c.params,
    );
    const regencyRows = await this.query(
      `SELECT c.regency_code AS code, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
       FROM consultation c WHERE ${c.sql} GROUP BY c.regency_code`,
      c.params,
    );
    const participantRegencies = await this.query(
      `SELECT t.regency_code AS code, count(*) AS participants
       FROM training t JOIN training_participant p ON p.training_id = t.id AND p.deleted_at IS NULL
       WHERE ${t.sql} GROUP BY t.regency_code`,
      t.params,
    );
    const consultantRows = await this.query(
      `SELECT k.id AS id, k.name AS name, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
       FROM consultation c JOIN consultation_consultant cc ON cc.consultation_id = c.id JOIN consultant k ON k.id = cc.consultant_id
       WHERE ${c.sql} GROUP BY k.id ORDER BY consultations DESC, k.name`,
      c.params,
    );

    const counted = (r: Row | undefined) => ({ consultations: n(r?.consultations), contactMinutes: n(r?.minutes), businesses: n(r?.businesses) });
    const byAreaKey = new Map(areaRows.map((r) => [String(r.area), r]));
    const byChannelKey = new Map(channelRows.map((r) => [String(r.channel), r]));

    const regencyKeys = new Map<string | null, { consultations: Row | undefined; participants: number }>();
    for (const r of regencyRows) regencyKeys.set((r.code as string | null) ?? null, { consultations: r, participants: 0 });
    for (const r of participantRegencies) {
      const key = (r.code as string | null) ?? null;
      const entry = regencyKeys.get(key) ?? { consultations: undefined, participants: 0 };
      entry.participants = n(r.participants);
      regencyKeys.set(key, entry);
    }
    const byRegency = [];
    for (const [code, entry] of regencyKeys) {
      byRegency.push({ regencyCode: code, regencyName: await this.regions.name(code), ...counted(entry.consultations), participants: entry.participants });
    }
    byRegency.sort((a, b) => b.consultations - a.consultations || b.participants - a.participants || (a.regencyName ?? '~').localeCompare(b.regencyName ?? '~'));

    const share = (count: unknown, known: unknown, total: unknown): Share => ({ count: n(count), known: n(known), total: n(total) });
    return {
      from: f.from,
      to: f.to,
      regencyCode: f.regencyCode,
      totals: {
        consultations: n(totals.consultations),
        contactMinutes: n(totals.contact),
        prepMinutes: n(totals.prep),
        businessesServed: n(totals.businesses),
        newClients: n(newClients.n),
        newProfiles: n(newProfiles.n),
        followUpsDone: n(followUpsDone.n),
        trainings: n(training.trainings),
        participants: n(training.participants),
        attended: n(training.attended),
      },
      womenOwners: share(owners.women, owners.gender_known, owners.total),
      youthOwners: share(owners.youth, owners.age_known, owners.total),
      womenParticipants: share(training.women, training.gender_known, training.participants),
      youthParticipants: share(training.youth, training.age_known, training.participants),
      byArea: SERVICE_AREAS.map((area) => ({ area, ...counted(byAreaKey.get(area)) })),
      byChannel: CONSULTATION_CHANNELS.map((channel) => ({ channel, ...counted(byChannelKey.get(channel)) })),
      byRegency,
      byConsultant: consultantRows.map((r) => ({ consultantId: String(r.id), consultantName: String(r.name), ...counted(r) })),
    };
  }

  // ---- Impact --------------------------------------------------------------------------------

  async impact(q: ParsedInput<'reports:impact'>): Promise<ImpactReport> {
    return this.impactOf(this.filter(q));
  }

  private async impactOf(f: Filter): Promise<ImpactReport> {
    const m = milestonesIn(f);
    const from = `FROM impact_milestone m CROSS JOIN business b ON b.id = m.business_id WHERE ${m.sql}`;
    const totals = await this.one(
      `SELECT count(DISTINCT m.business_id) AS businesses, count(*) AS milestones,
         count(DISTINCT CASE WHEN m.kind = 'business_started' THEN m.business_id END) AS started,
         count(DISTINCT CASE WHEN m.kind = 'business_started' AND m.training_id IS NOT NULL THEN m.business_id END) AS started_training,
         sum(CASE WHEN m.kind = 'jobs' AND m.job_kind = 'created' THEN m.men END) AS created_men,
         sum(CASE WHEN m.kind = 'jobs' AND m.job_kind = 'created' THEN m.women END) AS created_women,
         sum(CASE WHEN m.kind = 'jobs' AND m.job_kind = 'kept' THEN m.men END) AS kept_men,
         sum(CASE WHEN m.kind = 'jobs' AND m.job_kind = 'kept' THEN m.women END) AS kept_women,
         sum(m.kind = 'sales') AS sales_count,
         sum(CASE WHEN m.kind = 'sales' THEN m.sales_before END) AS sales_before,
         sum(CASE WHEN m.kind = 'sales' THEN m.sales_after END) AS sales_after,
         sum(m.consultation_id IS NOT NULL) AS by_consultation,
         sum(m.training_id IS NOT NULL) AS by_training,
         sum(m.evidence IS NOT NULL AND trim(m.evidence) <> '') AS with_evidence
       ${from}`,
      m.params,
    );
    const groups = await this.query(
      `SELECT m.kind AS kind, coalesce(m.capital_source, m.permit_kind, m.channel) AS key, count(*) AS count, sum(m.amount) AS amount
       ${from} AND m.kind IN ('capital', 'permit', 'market') GROUP BY m.kind, key`,
      m.params,
    );
    const group = (kind: string, key: string) => groups.find((g) => g.kind === kind && g.key === key);
    const before = n(totals.sales_before);
    const after = n(totals.sales_after);
    return {
      from: f.from,
      to: f.to,
      regencyCode: f.regencyCode,
      businesses: n(totals.businesses),
      milestones: n(totals.milestones),
      businessesStarted: n(totals.started),
      startedFromTraining: n(totals.started_training),
      jobsCreated: { men: n(totals.created_men), women: n(totals.created_women) },
      jobsKept: { men: n(totals.kept_men), women: n(totals.kept_women) },
      sales: { count: n(totals.sales_count), before, after, increase: after - before },
      capital: CAPITAL_SOURCES.map((source) => ({ source, count: n(group('capital', source)?.count), amount: n(group('capital', source)?.amount) })),
      permits: PERMIT_KINDS.map((kind) => ({ kind, count: n(group('permit', kind)?.count) })),
      markets: SALES_CHANNELS.map((channel) => ({ channel, count: n(group('market', channel)?.count) })),
      credited: { consultation: n(totals.by_consultation), training: n(totals.by_training), withEvidence: n(totals.with_evidence) },
    };
  }

  // ---- Dashboard -----------------------------------------------------------------------------

  async dashboard(q: ParsedInput<'reports:dashboard'>): Promise<Dashboard> {
    const f: Filter = { from: q.from, to: q.to, regencyCode: q.regencyCode ?? null };
    const { dayRows, regencyCounts } = (await this.wholeMonths(f)) ? await this.dashboardFromAggregates(f) : await this.dashboardFromConsultations(f);
    const regencyRows = [...regencyCounts]
      .filter(([, count]) => count > 0)
      .map(([code, businesses]) => ({ code, businesses }))
      .sort((a, b) => b.businesses - a.businesses || (a.code ?? '~').localeCompare(b.code ?? '~'));
    const t = trainingsIn(f);
    const training = await this.one(
      `SELECT (SELECT count(*) FROM training t WHERE ${t.sql}) AS trainings,
         count(p.id) AS participants,
         sum(EXISTS (SELECT 1 FROM training_attendance a WHERE a.participant_id = p.id)) AS attended,
         sum(p.has_business = 0 AND p.business_id IS NULL) AS prospects,
         sum(p.converted_at IS NOT NULL) AS converted
       FROM training t JOIN training_participant p ON p.training_id = t.id AND p.deleted_at IS NULL
       WHERE ${t.sql}`,
      [...t.params, ...t.params],
    );
    // Unfiltered, a milestone needs its business only to know it is not deleted: the short list of
    // deleted businesses answers that without looking up each milestone's business.
    const m: Sql = f.regencyCode
      ? { ...milestonesIn(f), sql: `impact_milestone m CROSS JOIN business b ON b.id = m.business_id WHERE ${milestonesIn(f).sql}` }
      : {
          sql: `impact_milestone m WHERE m.deleted_at IS NULL AND m.milestone_date BETWEEN ? AND ? AND m.business_id NOT IN (SELECT id FROM business WHERE deleted_at > '')`,
          params: [f.from, f.to],
        };
    const impact = await this.one(
      `SELECT count(DISTINCT CASE WHEN m.kind = 'business_started' THEN m.business_id END) AS started,
         sum(CASE WHEN m.kind = 'jobs' AND m.job_kind = 'created' THEN m.men + m.women END) AS created,
         sum(CASE WHEN m.kind = 'jobs' AND m.job_kind = 'kept' THEN m.men + m.women END) AS kept,
         sum(CASE WHEN m.kind = 'sales' THEN m.sales_after - m.sales_before END) AS sales,
         sum(CASE WHEN m.kind = 'capital' THEN m.amount END) AS capital,
         sum(m.kind = 'permit') AS permits,
         sum(m.kind = 'market') AS markets
       FROM ${m.sql}`,
      m.params,
    );
    const followUps = await this.followUps.counts();

    const months = new Map<string, { month: string; total: number; areas: Record<string, number> }>();
    for (let month = f.from.slice(0, 7); month <= f.to.slice(0, 7); month = addDays(`${month}-28`, 7).slice(0, 7)) {
      months.set(month, { month, total: 0, areas: Object.fromEntries(SERVICE_AREAS.map((a) => [a, 0])) });
    }
    let consultations = 0;
    let minutes = 0;
    for (const { r, sign } of dayRows) {
      const count = sign * n(r.n);
      consultations += count;
      minutes += sign * n(r.minutes);
      const entry = months.get(String(r.day).slice(0, 7));
      if (!entry) continue;
      entry.total += count;
      for (const a of SERVICE_AREAS) entry.areas[a] = (entry.areas[a] ?? 0) + sign * n(r[a]);
    }

    const businessesByRegency = [];
    let served = 0;
    for (const r of regencyRows) served += n(r.businesses);
    for (const r of regencyRows.slice(0, DASHBOARD_REGENCIES)) {
      const code = (r.code as string | null) ?? null;
      businessesByRegency.push({ regencyCode: code, regencyName: await this.regions.name(code), businesses: n(r.businesses) });
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
      trainings: {
        trainings: n(training.trainings),
        participants: n(training.participants),
        attended: n(training.attended),
        prospects: n(training.prospects),
        converted: n(training.converted),
      },
      impact: {
        businessesStarted: n(impact.started),
        jobsCreated: n(impact.created),
        jobsKept: n(impact.kept),
        salesIncrease: n(impact.sales),
        capitalAmount: n(impact.capital),
        permits: n(impact.permits),
        markets: n(impact.markets),
      },
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
    for (const [from, to] of edges) {
      const row = await this.one(
        `SELECT EXISTS (SELECT 1 FROM consultation c WHERE c.deleted_at IS NULL AND c.status = 'final' AND c.consultation_date BETWEEN ? AND ?) AS found`,
        [from, to],
      );
      if (n(row.found)) return false;
    }
    return true;
  }

  /**
   * Whole months from the aggregates the triggers keep (migration ReportAggregates): each month's
   * consultations, minutes and areas are rows of `report_month_area` (area '*' is the total); the
   * businesses served in months M1..M2 are the business-months in that range whose business had
   * no consultation in the kabupaten/kota in an earlier month of the range (`prev_month < M1`).
   */
  private async dashboardFromAggregates(f: Filter): Promise<DashboardCounts> {
    const [m1, m2] = [f.from.slice(0, 7), f.to.slice(0, 7)];
    const regency = f.regencyCode ? ' AND regency_code = ?' : '';
    const params = [m1, m2, ...(f.regencyCode ? [f.regencyCode] : [])];
    const rows = await this.query(
      `SELECT month, area, sum(consultations) AS n, sum(contact_minutes) AS minutes FROM report_month_area
       WHERE month BETWEEN ? AND ?${regency} GROUP BY month, area`,
      params,
    );
    const byMonth = new Map<string, Row>();
    for (const r of rows) {
      const month = String(r.month);
      const entry = byMonth.get(month) ?? { day: `${month}-01`, n: 0, minutes: 0 };
      if (r.area === '*') Object.assign(entry, { n: r.n, minutes: r.minutes });
      else entry[String(r.area)] = r.n;
      byMonth.set(month, entry);
    }
    const served = await this.query(
      `SELECT r.code AS code,
         (SELECT count(*) FROM report_business_month b WHERE b.regency_code = r.code AND b.month BETWEEN ? AND ? AND b.prev_month < ?) AS businesses
       FROM (SELECT DISTINCT regency_code AS code FROM report_month_area WHERE month BETWEEN ? AND ? AND area = '*'${regency}) r`,
      [m1, m2, m1, ...params],
    );
    const regencyCounts = new Map<string | null, number>();
    for (const r of served) regencyCounts.set(r.code === '' ? null : String(r.code), n(r.businesses));
    return { dayRows: [...byMonth.values()].map((r) => ({ r, sign: 1 })), regencyCounts };
  }

  /** Any range, from the consultations themselves. */
  private async dashboardFromConsultations(f: Filter): Promise<DashboardCounts> {
    // A year holds some 175,000 consultations: checking each against the deleted businesses costs
    // more than the rest of the statement. So the range is counted whole, and the few consultations
    // of deleted businesses (found through consultation_business) are counted apart and taken off.
    const all = consultationsIn(f, 'c', 'ignore');
    const gone = consultationsIn(f, 'c', 'only');
    // One pass over the range's index entries, grouped by day (the index's own order: no sort),
    // each area counted by looking for its quoted name in the JSON list; days fold into months later.
    const fromOf = (c: Sql) => (c === gone ? 'business d CROSS JOIN consultation c' : 'consultation c');
    const areaSums = SERVICE_AREAS.map((a) => `sum(instr(c.service_areas, '"${a}"') > 0) AS "${a}"`).join(', ');
    const daySql = (c: Sql) =>
      this.query(
        `SELECT c.consultation_date AS day, count(*) AS n, sum(c.contact_minutes) AS minutes, ${areaSums}
         FROM ${fromOf(c)} WHERE ${c.sql} GROUP BY c.consultation_date`,
        c.params,
      );
    // A business has one kabupaten/kota, so the regencies' distinct businesses add up to the total.
    const regencySql = (c: Sql) =>
      this.query(`SELECT c.regency_code AS code, count(DISTINCT c.business_id) AS businesses FROM ${fromOf(c)} WHERE ${c.sql} GROUP BY c.regency_code`, c.params);
    const dayRows = [...(await daySql(all)).map((r) => ({ r, sign: 1 })), ...(await daySql(gone)).map((r) => ({ r, sign: -1 }))];
    const regencyCounts = new Map<string | null, number>();
    for (const r of await regencySql(all)) regencyCounts.set((r.code as string | null) ?? null, n(r.businesses));
    for (const r of await regencySql(gone)) {
      const key = (r.code as string | null) ?? null;
      regencyCounts.set(key, (regencyCounts.get(key) ?? 0) - n(r.businesses));
    }
    return { dayRows, regencyCounts };
  }

  // ---- Data checks ---------------------------------------------------------------------------

  async dataChecks(q: ParsedInput<'reports:dataChecks'>): Promise<DataChecks> {
    const f = this.filter(q);
    const c = consultationsIn(f);
    const m = milestonesIn(f);
    const t = trainingsIn(f);
    const specs: Array<{ kind: DataCheckKind; from: string; params: unknown[]; select: string; order: string }> = [
      {
        kind: 'consultation_zero_minutes',
        from: `consultation c LEFT JOIN business b ON b.id = c.business_id WHERE ${c.sql} AND coalesce(c.contact_minutes, 0) = 0`,
        params: c.params,
        select: `c.id AS id, '/konsultasi/' || c.id AS route, c.number AS label, b.name AS context, c.consultation_date AS date`,
        order: 'c.consultation_date, c.number',
      },
      {
        kind: 'consultation_no_area',
        from: `consultation c LEFT JOIN business b ON b.id = c.business_id WHERE ${c.sql} AND c.service_areas = '[]'`,
        params: c.params,
        select: `c.id AS id, '/konsultasi/' || c.id AS route, c.number AS label, b.name AS context, c.consultation_date AS date`,
        order: 'c.consultation_date, c.number',
      },
      {
        kind: 'milestone_no_evidence',
        from: `impact_milestone m CROSS JOIN business b ON b.id = m.business_id LEFT JOIN training t ON t.id = m.training_id
               WHERE ${m.sql} AND (m.evidence IS NULL OR trim(m.evidence) = '')`,
        params: m.params,
        select: `m.id AS id, '/umkm/' || m.business_id AS route, b.name AS label, t.title AS context, m.milestone_date AS date`,
        order: 'm.milestone_date, b.name',
      },
      {
        kind: 'participant_no_gender',
        from: `training t JOIN training_participant p ON p.training_id = t.id WHERE ${t.sql} AND p.deleted_at IS NULL AND p.gender IS NULL`,
        params: t.params,
        select: `p.id AS id, '/pelatihan/' || t.id AS route, p.name AS label, t.title AS context, t.start_date AS date`,
        order: 't.start_date, t.title, p.name',
      },
    ];
    const checks = [];
    for (const s of specs) {
      const count = await this.one(`SELECT count(*) AS n FROM ${s.from}`, s.params);
      const rows = await this.query(`SELECT ${s.select} FROM ${s.from} ORDER BY ${s.order} LIMIT ${DATA_CHECK_LIMIT}`, s.params);
      const items: DataCheckItem[] = rows.map((r) => ({
        kind: s.kind,
        id: String(r.id),
        route: String(r.route),
        label: String(r.label ?? ''),
        context: (r.context as string | null) ?? null,
        date: (r.date as string | null) ?? null,
      }));
      checks.push({ kind: s.kind, count: n(count.n), items });
    }
    return { from: f.from, to: f.to, checks };
  }

  // ---- Documents -----------------------------------------------------------------------------

  private async documentData(q: { period: ReportPeriod; regencyCode?: string; kind: ReportKind }) {
    const f = this.filter(q);
    const settings = await this.settings.get();
    const text = reportText(settings.language);
    const activity = q.kind === 'activity' ? await this.activityOf(f) : null;
    // The activity report ends with the period's impact in brief; the scorecard is the impact report.
    const impact = await this.impactOf(f);
    return { f, settings, text, activity, impact, regencyName: await this.regions.name(f.regencyCode) };
  }

  /** The report as a complete A4 HTML document; what the tests render and `reports:print` delivers. */
  async reportHtml(q: { period: ReportPeriod; regencyCode?: string; kind: ReportKind }): Promise<string> {
    const d = await this.documentData(q);
    return reportDocument({
      kind: q.kind,
      period: q.period,
      regencyName: d.regencyName,
      activity: d.activity,
      impact: d.impact,
      office: d.settings.office,
      language: d.settings.language,
      text: d.text,
      resourcesDir: this.resourcesDir,
      printedAt: this.deps.clock(),
    });
  }

  private fileName(q: { period: ReportPeriod; kind: ReportKind }, ext: string): string {
    return `${q.kind === 'activity' ? 'Laporan-Kegiatan' : 'Laporan-Dampak'}-${periodSlug(q.period)}.${ext}`;
  }

  async printReport(q: ParsedInput<'reports:print'>): Promise<PrintResult> {
    return this.print.deliverDocument(await this.reportHtml(q), q.target, this.fileName(q, 'pdf'));
  }

  async exportXlsx(q: ParsedInput<'reports:exportXlsx'>): Promise<{ status: 'saved' | 'cancelled'; path: string | null }> {
    const d = await this.documentData(q);
    const path = await this.platform.chooseSavePath({
      title: d.text.saveTitle,
      defaultName: this.fileName(q, 'xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
    if (!path) return { status: 'cancelled', path: null };
    await writeReportWorkbook(path, { kind: q.kind, period: q.period, regencyName: d.regencyName, activity: d.activity, impact: d.impact, text: d.text });
    return { status: 'saved', path };
  }
}

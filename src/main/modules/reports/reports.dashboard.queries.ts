import type { EntityManager } from 'typeorm';
import { SERVICE_AREAS } from '../../../shared/contract';
import { consultationsIn, milestonesIn, n, one, rows, trainingsIn, type Filter, type Sql } from './reports.queries';

/** Consultations counted on a day (or, from the aggregates, in a month dated its first day), with each service area's count. */
export interface DayCount {
  day: string;
  consultations: number;
  minutes: number;
  areas: Record<string, number>;
}

/** Whether any finalised consultation is dated in [from, to]. */
export async function finalConsultationsBetween(db: EntityManager, from: string, to: string): Promise<boolean> {
  const row = await one(
    db,
    `SELECT EXISTS (SELECT 1 FROM consultation c WHERE c.deleted_at IS NULL AND c.status = 'final' AND c.consultation_date BETWEEN ? AND ?) AS found`,
    [from, to],
  );
  return n(row.found) > 0;
}

/**
 * Whole months from the aggregates the triggers keep (migration ReportAggregates): each month's
 * consultations, minutes and areas are rows of `report_month_area` (area '*' is the total).
 */
export async function monthCountsFromAggregates(db: EntityManager, f: Filter): Promise<DayCount[]> {
  const [m1, m2] = [f.from.slice(0, 7), f.to.slice(0, 7)];
  const regency = f.regencyCode ? ' AND regency_code = ?' : '';
  const found = await rows(
    db,
    `SELECT month, area, sum(consultations) AS n, sum(contact_minutes) AS minutes FROM report_month_area
     WHERE month BETWEEN ? AND ?${regency} GROUP BY month, area`,
    [m1, m2, ...(f.regencyCode ? [f.regencyCode] : [])],
  );
  const byMonth = new Map<string, DayCount>();
  for (const r of found) {
    const month = String(r.month);
    const entry = byMonth.get(month) ?? { day: `${month}-01`, consultations: 0, minutes: 0, areas: {} };
    if (r.area === '*') Object.assign(entry, { consultations: n(r.n), minutes: n(r.minutes) });
    else entry.areas[String(r.area)] = n(r.n);
    byMonth.set(month, entry);
  }
  return [...byMonth.values()];
}

/**
 * Businesses served in the whole months M1..M2 by kabupaten/kota, from the aggregates: the
 * business-months in that range whose business had no consultation in the kabupaten/kota in an
 * earlier month of the range (`prev_month < M1`).
 */
export async function servedFromAggregates(db: EntityManager, f: Filter): Promise<Map<string | null, number>> {
  const [m1, m2] = [f.from.slice(0, 7), f.to.slice(0, 7)];
  const regency = f.regencyCode ? ' AND regency_code = ?' : '';
  const served = await rows(
    db,
    `SELECT r.code AS code,
       (SELECT count(*) FROM report_business_month b WHERE b.regency_code = r.code AND b.month BETWEEN ? AND ? AND b.prev_month < ?) AS businesses
     FROM (SELECT DISTINCT regency_code AS code FROM report_month_area WHERE month BETWEEN ? AND ? AND area = '*'${regency}) r`,
    [m1, m2, m1, m1, m2, ...(f.regencyCode ? [f.regencyCode] : [])],
  );
  return new Map(served.map((r) => [r.code === '' ? null : String(r.code), n(r.businesses)]));
}

/**
 * The range's consultations by day, from the consultations themselves: all of them (`'ignore'`
 * deleted businesses) or only those of deleted businesses (`'only'`), which the dashboard takes off.
 * One pass over the range's index entries, grouped by day (the index's own order: no sort), each
 * area counted by looking for its quoted name in the JSON list.
 */
export async function dayCounts(db: EntityManager, f: Filter, deleted: 'ignore' | 'only'): Promise<DayCount[]> {
  const c = consultationsIn(f, 'c', deleted);
  const areaSums = SERVICE_AREAS.map((a) => `sum(instr(c.service_areas, '"${a}"') > 0) AS "${a}"`).join(', ');
  const found = await rows(
    db,
    `SELECT c.consultation_date AS day, count(*) AS n, sum(c.contact_minutes) AS minutes, ${areaSums}
     FROM ${fromOf(deleted)} WHERE ${c.sql} GROUP BY c.consultation_date`,
    c.params,
  );
  return found.map((r) => ({
    day: String(r.day),
    consultations: n(r.n),
    minutes: n(r.minutes),
    areas: Object.fromEntries(SERVICE_AREAS.map((a) => [a, n(r[a])])),
  }));
}

/** Distinct businesses served by kabupaten/kota in the range, like `dayCounts`. */
export async function servedByRegency(db: EntityManager, f: Filter, deleted: 'ignore' | 'only'): Promise<Array<{ code: string | null; businesses: number }>> {
  const c = consultationsIn(f, 'c', deleted);
  const found = await rows(
    db,
    `SELECT c.regency_code AS code, count(DISTINCT c.business_id) AS businesses FROM ${fromOf(deleted)} WHERE ${c.sql} GROUP BY c.regency_code`,
    c.params,
  );
  return found.map((r) => ({ code: (r.code as string | null) ?? null, businesses: n(r.businesses) }));
}

const fromOf = (deleted: 'ignore' | 'only') => (deleted === 'only' ? 'business d CROSS JOIN consultation c' : 'consultation c');

export interface DashboardTrainings {
  trainings: number;
  participants: number;
  attended: number;
  prospects: number;
  converted: number;
}

/** The trainings starting in the range and their participants. */
export async function dashboardTrainings(db: EntityManager, f: Filter): Promise<DashboardTrainings> {
  const t = trainingsIn(f);
  const r = await one(
    db,
    `SELECT (SELECT count(*) FROM training t WHERE ${t.sql}) AS trainings,
       count(p.id) AS participants,
       sum(EXISTS (SELECT 1 FROM training_attendance a WHERE a.participant_id = p.id)) AS attended,
       sum(p.has_business = 0 AND p.business_id IS NULL) AS prospects,
       sum(p.converted_at IS NOT NULL) AS converted
     FROM training t JOIN training_participant p ON p.training_id = t.id AND p.deleted_at IS NULL
     WHERE ${t.sql}`,
    [...t.params, ...t.params],
  );
  return { trainings: n(r.trainings), participants: n(r.participants), attended: n(r.attended), prospects: n(r.prospects), converted: n(r.converted) };
}

export interface DashboardImpact {
  businessesStarted: number;
  jobsCreated: number;
  jobsKept: number;
  salesIncrease: number;
  capitalAmount: number;
  permits: number;
  markets: number;
}

/** The range's milestones in brief. */
export async function dashboardImpact(db: EntityManager, f: Filter): Promise<DashboardImpact> {
  // Unfiltered, a milestone needs its business only to know it is not deleted: the short list of
  // deleted businesses answers that without looking up each milestone's business.
  const m: Sql = f.regencyCode
    ? { ...milestonesIn(f), sql: `impact_milestone m CROSS JOIN business b ON b.id = m.business_id WHERE ${milestonesIn(f).sql}` }
    : {
        sql: `impact_milestone m WHERE m.deleted_at IS NULL AND m.milestone_date BETWEEN ? AND ? AND m.business_id NOT IN (SELECT id FROM business WHERE deleted_at > '')`,
        params: [f.from, f.to],
      };
  const r = await one(
    db,
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
  return {
    businessesStarted: n(r.started),
    jobsCreated: n(r.created),
    jobsKept: n(r.kept),
    salesIncrease: n(r.sales),
    capitalAmount: n(r.capital),
    permits: n(r.permits),
    markets: n(r.markets),
  };
}

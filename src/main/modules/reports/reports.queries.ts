import type { EntityManager } from 'typeorm';
import { DATA_CHECK_LIMIT, YOUTH_MAX_AGE, YOUTH_MIN_AGE, type DataCheckItem, type DataCheckKind } from '../../../shared/contract';
import { addYears } from '../../../shared/domain/dates';

/**
 * The reports' reads: the activity report, the impact scorecard and the data checks. They join
 * many modules' tables and only ever read them. SQLite-specific SQL stays here (and in
 * reports.dashboard.queries.ts).
 */

type Row = Record<string, unknown>;
/** The period and kabupaten/kota a report covers. */
export type Filter = { from: string; to: string; regencyCode: string | null };
export type Sql = { sql: string; params: unknown[] };

export const n = (v: unknown): number => Number(v ?? 0);

export async function rows(db: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await db.query(sql, params)) as Row[];
}

export async function one(db: EntityManager, sql: string, params: unknown[] = []): Promise<Row> {
  return (await rows(db, sql, params))[0] ?? {};
}

/**
 * Live finalised consultations dated in [from, to]: an index range of `consultation_live_date`,
 * which also carries the business, channel, regency and service areas the reports group by. A
 * deleted business's consultations stay live rows, so they are left out by the (short) list of
 * deleted businesses (`deleted_at > ''` reads it from an index; `IS NOT NULL` scans the table).
 * With `deleted: 'only'`, the opposite: just those of deleted businesses `d`, found business by
 * business (`FROM business d CROSS JOIN consultation c`), for the dashboard's totals-minus-deleted.
 */
export function consultationsIn(f: Filter, alias = 'c', deleted: 'exclude' | 'ignore' | 'only' = 'exclude'): Sql {
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
export function trainingsIn(f: Filter, alias = 't'): Sql {
  const params: unknown[] = [f.from, f.to];
  let sql = `${alias}.deleted_at IS NULL AND ${alias}.start_date BETWEEN ? AND ?`;
  if (f.regencyCode) {
    sql += ` AND ${alias}.regency_code = ?`;
    params.push(f.regencyCode);
  }
  return { sql, params };
}

/** Live milestones dated in [from, to] of live businesses (in the regency). */
export function milestonesIn(f: Filter): Sql {
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

// ---- Activity ------------------------------------------------------------------------------

/** Consultations, minutes and distinct businesses of one group. */
export interface Counted {
  consultations: number;
  contactMinutes: number;
  businesses: number;
}

/** A part of people with a property (`count`) among those for whom it is known (`known`), of `total`. */
export interface ShareRow {
  count: number;
  known: number;
  total: number;
}

export interface ActivityFigures {
  totals: {
    consultations: number;
    contactMinutes: number;
    prepMinutes: number;
    businessesServed: number;
    newClients: number;
    newProfiles: number;
    followUpsDone: number;
    trainings: number;
    participants: number;
    attended: number;
  };
  womenOwners: ShareRow;
  youthOwners: ShareRow;
  womenParticipants: ShareRow;
  youthParticipants: ShareRow;
  byArea: Map<string, Counted>;
  byChannel: Map<string, Counted>;
  byRegency: Array<{ regencyCode: string | null; consultations: Counted | undefined; participants: number }>;
  byConsultant: Array<{ consultantId: string; consultantName: string } & Counted>;
}

const counted = (r: Row): Counted => ({ consultations: n(r.consultations), contactMinutes: n(r.minutes), businesses: n(r.businesses) });

/**
 * The activity report's figures for a period: `instants` bound the period's office days as UTC
 * instants (for what is stamped rather than dated: new profiles, follow-ups done).
 */
export async function activityFigures(db: EntityManager, f: Filter, instants: [string, string]): Promise<ActivityFigures> {
  const c = consultationsIn(f);
  const [fromI, toI] = instants;
  const [youthAfter, youthUpTo] = youthBirthRange(f.to);

  const totals = await one(
    db,
    `SELECT count(*) AS consultations, sum(c.contact_minutes) AS contact, sum(c.prep_minutes) AS prep, count(DISTINCT c.business_id) AS businesses
     FROM consultation c WHERE ${c.sql}`,
    c.params,
  );
  const newClients = await one(
    db,
    `SELECT count(*) AS n FROM (SELECT DISTINCT c.business_id AS id FROM consultation c WHERE ${c.sql}) s
     WHERE NOT EXISTS (SELECT 1 FROM consultation p WHERE p.business_id = s.id AND p.consultation_date < ? AND p.status = 'final' AND p.deleted_at IS NULL)`,
    [...c.params, f.from],
  );
  const owners = await one(
    db,
    `SELECT count(*) AS total,
       sum(b.owner_gender = 'P') AS women, sum(b.owner_gender IS NOT NULL) AS gender_known,
       sum(b.owner_birth_date > ? AND b.owner_birth_date <= ?) AS youth, sum(b.owner_birth_date IS NOT NULL) AS age_known
     FROM business b WHERE b.id IN (SELECT c.business_id FROM consultation c WHERE ${c.sql})`,
    [youthAfter, youthUpTo, ...c.params],
  );
  const newProfiles = await one(
    db,
    `SELECT count(*) AS n FROM business b WHERE b.deleted_at IS NULL AND b.created_at >= ? AND b.created_at < ?${f.regencyCode ? ' AND b.regency_code = ?' : ''}`,
    [fromI, toI, ...(f.regencyCode ? [f.regencyCode] : [])],
  );
  // A deleted business's follow-ups are deleted with it, so only the regency filter needs the business.
  const followUpsDone = await one(
    db,
    f.regencyCode
      ? `SELECT count(*) AS n FROM follow_up fu CROSS JOIN business b ON b.id = fu.business_id
         WHERE fu.deleted_at IS NULL AND fu.status = 'done' AND fu.completed_at >= ? AND fu.completed_at < ? AND b.deleted_at IS NULL AND b.regency_code = ?`
      : `SELECT count(*) AS n FROM follow_up fu WHERE fu.deleted_at IS NULL AND fu.status = 'done' AND fu.completed_at >= ? AND fu.completed_at < ?`,
    [fromI, toI, ...(f.regencyCode ? [f.regencyCode] : [])],
  );
  const t = trainingsIn(f);
  const training = await one(
    db,
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

  const areaRows = await rows(
    db,
    `SELECT a.value AS area, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
     FROM consultation c, json_each(c.service_areas) a WHERE ${c.sql} GROUP BY a.value`,
    c.params,
  );
  const channelRows = await rows(
    db,
    `SELECT c.channel AS channel, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
     FROM consultation c WHERE ${c.sql} GROUP BY c.channel`,
    c.params,
  );
  const regencyRows = await rows(
    db,
    `SELECT c.regency_code AS code, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
     FROM consultation c WHERE ${c.sql} GROUP BY c.regency_code`,
    c.params,
  );
  const participantRegencies = await rows(
    db,
    `SELECT t.regency_code AS code, count(*) AS participants
     FROM training t JOIN training_participant p ON p.training_id = t.id AND p.deleted_at IS NULL
     WHERE ${t.sql} GROUP BY t.regency_code`,
    t.params,
  );
  const consultantRows = await rows(
    db,
    `SELECT k.id AS id, k.name AS name, count(*) AS consultations, sum(c.contact_minutes) AS minutes, count(DISTINCT c.business_id) AS businesses
     FROM consultation c JOIN consultation_consultant cc ON cc.consultation_id = c.id JOIN consultant k ON k.id = cc.consultant_id
     WHERE ${c.sql} GROUP BY k.id ORDER BY consultations DESC, k.name`,
    c.params,
  );

  const regencies = new Map<string | null, { consultations: Counted | undefined; participants: number }>();
  for (const r of regencyRows) regencies.set((r.code as string | null) ?? null, { consultations: counted(r), participants: 0 });
  for (const r of participantRegencies) {
    const key = (r.code as string | null) ?? null;
    const entry = regencies.get(key) ?? { consultations: undefined, participants: 0 };
    entry.participants = n(r.participants);
    regencies.set(key, entry);
  }
  const share = (count: unknown, known: unknown, total: unknown): ShareRow => ({ count: n(count), known: n(known), total: n(total) });
  return {
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
    byArea: new Map(areaRows.map((r) => [String(r.area), counted(r)])),
    byChannel: new Map(channelRows.map((r) => [String(r.channel), counted(r)])),
    byRegency: [...regencies].map(([regencyCode, entry]) => ({ regencyCode, ...entry })),
    byConsultant: consultantRows.map((r) => ({ consultantId: String(r.id), consultantName: String(r.name), ...counted(r) })),
  };
}

// ---- Impact --------------------------------------------------------------------------------

export interface ImpactTotals {
  businesses: number;
  milestones: number;
  started: number;
  startedFromTraining: number;
  createdMen: number;
  createdWomen: number;
  keptMen: number;
  keptWomen: number;
  salesCount: number;
  salesBefore: number;
  salesAfter: number;
  byConsultation: number;
  byTraining: number;
  withEvidence: number;
}

/** Milestones of one kind grouped by their capital source, permit kind or sales channel. */
export interface ImpactGroup {
  kind: string;
  key: string;
  count: number;
  amount: number;
}

/** The impact scorecard's figures: the period's milestones in total and by capital source, permit and market. */
export async function impactFigures(db: EntityManager, f: Filter): Promise<{ totals: ImpactTotals; groups: ImpactGroup[] }> {
  const m = milestonesIn(f);
  const from = `FROM impact_milestone m CROSS JOIN business b ON b.id = m.business_id WHERE ${m.sql}`;
  const t = await one(
    db,
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
  const groups = await rows(
    db,
    `SELECT m.kind AS kind, coalesce(m.capital_source, m.permit_kind, m.channel) AS key, count(*) AS count, sum(m.amount) AS amount
     ${from} AND m.kind IN ('capital', 'permit', 'market') GROUP BY m.kind, key`,
    m.params,
  );
  return {
    totals: {
      businesses: n(t.businesses),
      milestones: n(t.milestones),
      started: n(t.started),
      startedFromTraining: n(t.started_training),
      createdMen: n(t.created_men),
      createdWomen: n(t.created_women),
      keptMen: n(t.kept_men),
      keptWomen: n(t.kept_women),
      salesCount: n(t.sales_count),
      salesBefore: n(t.sales_before),
      salesAfter: n(t.sales_after),
      byConsultation: n(t.by_consultation),
      byTraining: n(t.by_training),
      withEvidence: n(t.with_evidence),
    },
    groups: groups.map((g) => ({ kind: String(g.kind), key: String(g.key), count: n(g.count), amount: n(g.amount) })),
  };
}

// ---- Data checks ---------------------------------------------------------------------------

/** Where each data check looks, what it lists and in which order. */
function dataCheckSpec(f: Filter, kind: DataCheckKind): { from: string; params: unknown[]; select: string; order: string } {
  switch (kind) {
    case 'consultation_zero_minutes':
    case 'consultation_no_area': {
      const c = consultationsIn(f);
      const missing = kind === 'consultation_zero_minutes' ? 'coalesce(c.contact_minutes, 0) = 0' : `c.service_areas = '[]'`;
      return {
        from: `consultation c LEFT JOIN business b ON b.id = c.business_id WHERE ${c.sql} AND ${missing}`,
        params: c.params,
        select: `c.id AS id, '/konsultasi/' || c.id AS route, c.number AS label, b.name AS context, c.consultation_date AS date`,
        order: 'c.consultation_date, c.number',
      };
    }
    case 'milestone_no_evidence': {
      const m = milestonesIn(f);
      return {
        from: `impact_milestone m CROSS JOIN business b ON b.id = m.business_id LEFT JOIN training t ON t.id = m.training_id
               WHERE ${m.sql} AND (m.evidence IS NULL OR trim(m.evidence) = '')`,
        params: m.params,
        select: `m.id AS id, '/umkm/' || m.business_id AS route, b.name AS label, t.title AS context, m.milestone_date AS date`,
        order: 'm.milestone_date, b.name',
      };
    }
    case 'participant_no_gender': {
      const t = trainingsIn(f);
      return {
        from: `training t JOIN training_participant p ON p.training_id = t.id WHERE ${t.sql} AND p.deleted_at IS NULL AND p.gender IS NULL`,
        params: t.params,
        select: `p.id AS id, '/pelatihan/' || t.id AS route, p.name AS label, t.title AS context, t.start_date AS date`,
        order: 't.start_date, t.title, p.name',
      };
    }
  }
}

/** How many records a data check finds in the period, and the first of them. */
export async function dataCheck(db: EntityManager, f: Filter, kind: DataCheckKind): Promise<{ count: number; items: DataCheckItem[] }> {
  const s = dataCheckSpec(f, kind);
  const count = await one(db, `SELECT count(*) AS n FROM ${s.from}`, s.params);
  const found = await rows(db, `SELECT ${s.select} FROM ${s.from} ORDER BY ${s.order} LIMIT ${DATA_CHECK_LIMIT}`, s.params);
  const items = found.map((r) => ({
    kind,
    id: String(r.id),
    route: String(r.route),
    label: String(r.label ?? ''),
    context: (r.context as string | null) ?? null,
    date: (r.date as string | null) ?? null,
  }));
  return { count: n(count.n), items };
}

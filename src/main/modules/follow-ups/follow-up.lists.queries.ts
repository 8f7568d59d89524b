import type { EntityManager } from 'typeorm';
import type { FollowUpBucket, FollowUpCounts } from '../../../shared/contract';
import type { BucketBounds } from './follow-up.schedule';
import { LIVE, SELECT, type FollowUpSqlRow } from './follow-up.queries';

/** The follow-ups module's list, count, agenda and idle-business SQL. */

/** A follow-up's kabupaten/kota: its business's, else its participant's. */
const REGENCY = `coalesce(b.regency_code, p.regency_code)`;

export type Filters = { consultantId?: string; businessId?: string; regencyCode?: string };

function filterSql(q: Filters): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (q.consultantId) {
    parts.push('f.consultant_id = ?');
    params.push(q.consultantId);
  }
  if (q.businessId) {
    parts.push('f.business_id = ?');
    params.push(q.businessId);
  }
  if (q.regencyCode) {
    parts.push(`${REGENCY} = ?`);
    params.push(q.regencyCode);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * SQL condition (on alias `f`) and its parameters for one tab. Every count, list and badge goes
 * through here; "overdue" is `isOverdue` (effective_at before now), and a follow-up due by the end
 * of today has its effective_at in the last millisecond of today, so it is in "today" until midnight.
 */
function bucketCondition(bucket: FollowUpBucket, b: BucketBounds): { sql: string; params: string[] } {
  switch (bucket) {
    case 'overdue':
      return { sql: `f.status = 'open' AND f.effective_at < ?`, params: [b.now] };
    case 'today':
      return { sql: `f.status = 'open' AND f.effective_at >= ? AND f.effective_at < ?`, params: [b.now, b.tomorrow] };
    case 'week':
      return { sql: `f.status = 'open' AND f.effective_at >= ? AND f.effective_at < ?`, params: [b.tomorrow, b.weekEnd] };
    case 'later':
      return { sql: `f.status = 'open' AND f.effective_at >= ?`, params: [b.weekEnd] };
    case 'closed':
      return { sql: `f.status <> 'open'`, params: [] };
  }
}

/**
 * How many follow-ups a tab holds, counted on the open-only indexes of follow_up alone: a
 * deleted business's follow-ups are deleted with it (see `followDeletion`), so no row
 * needs its business looked up unless the tab is filtered by kabupaten/kota.
 */
function countSql(bucket: FollowUpBucket, b: BucketBounds, q: Filters): { sql: string; params: string[] } {
  const c = bucketCondition(bucket, b);
  const f = filterSql(q);
  const sql = q.regencyCode
    ? `SELECT count(*) FROM follow_up f LEFT JOIN business b ON b.id = f.business_id
         LEFT JOIN training_participant p ON p.id = f.participant_id WHERE ${LIVE} AND ${c.sql}${f.sql}`
    : `SELECT count(*) FROM follow_up f WHERE f.deleted_at IS NULL AND ${c.sql}${f.sql}`;
  return { sql, params: [...c.params, ...f.params] };
}

export async function countBucket(db: EntityManager, bucket: FollowUpBucket, b: BucketBounds, q: Filters): Promise<number> {
  const { sql, params } = countSql(bucket, b, q);
  const [row] = await db.query(`SELECT (${sql}) AS n`, params);
  return Number(row.n);
}

/** The four open tabs' counts in one statement (one trip through the driver). */
export async function countOpenBuckets(db: EntityManager, b: BucketBounds, q: Filters): Promise<FollowUpCounts> {
  const buckets = ['overdue', 'today', 'week', 'later'] as const;
  const parts = buckets.map((bucket) => countSql(bucket, b, q));
  const [row] = await db.query(
    `SELECT ${parts.map((p, i) => `(${p.sql}) AS ${buckets[i]}`).join(', ')}`,
    parts.flatMap((p) => p.params),
  );
  return { overdue: Number(row.overdue), today: Number(row.today), week: Number(row.week), later: Number(row.later) };
}

/** One page of a tab. */
export function bucketPage(db: EntityManager, bucket: FollowUpBucket, b: BucketBounds, q: Filters, page: number, pageSize: number): Promise<FollowUpSqlRow[]> {
  const c = bucketCondition(bucket, b);
  const f = filterSql(q);
  // The open-only indexes hold (effective_at, created_at) and the rowid: the page comes in index order.
  const order = bucket === 'closed' ? 'f.completed_at DESC, f.rowid DESC' : 'f.effective_at, f.created_at, f.rowid';
  return db.query(`${SELECT} WHERE ${LIVE} AND ${c.sql}${f.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [
    ...c.params,
    ...f.params,
    pageSize,
    (page - 1) * pageSize,
  ]);
}

/** Open follow-ups coming up between two instants, by when they come up. */
export function agendaRows(db: EntityManager, from: string, to: string, q: Filters): Promise<FollowUpSqlRow[]> {
  const f = filterSql(q);
  return db.query(
    `${SELECT} WHERE ${LIVE} AND f.status = 'open' AND f.effective_at >= ? AND f.effective_at < ?${f.sql} ORDER BY f.effective_at, f.created_at, f.id LIMIT 2000`,
    [from, to, ...f.params],
  );
}

export interface IdleBusinessRow {
  id: string;
  name: string;
  regency_code: string | null;
  last_at: string;
}

/**
 * Businesses with nothing since `cutoff` and no open follow-up, longest idle first.
 * `last_activity_at` is kept by triggers (see its migration), so this reads one index range.
 */
function idleWhere(cutoff: string, regencyCode: string | undefined): { sql: string; params: string[] } {
  return {
    sql: `
      FROM business b
      WHERE b.deleted_at IS NULL AND b.last_activity_at < ? AND b.status <> 'tidak_aktif'${regencyCode ? ' AND b.regency_code = ?' : ''}
        AND NOT EXISTS (SELECT 1 FROM follow_up o WHERE o.business_id = b.id AND o.status = 'open' AND o.deleted_at IS NULL)`,
    params: [cutoff, ...(regencyCode ? [regencyCode] : [])],
  };
}

export function idleBusinessPage(db: EntityManager, cutoff: string, regencyCode: string | undefined, page: number, pageSize: number): Promise<IdleBusinessRow[]> {
  const w = idleWhere(cutoff, regencyCode);
  return db.query(`SELECT b.id, b.name, b.regency_code, b.last_activity_at AS last_at ${w.sql} ORDER BY b.last_activity_at, b.id LIMIT ? OFFSET ?`, [
    ...w.params,
    pageSize,
    (page - 1) * pageSize,
  ]);
}

/** How many idle businesses there are, counting no further than `upTo`. */
export async function countIdleBusinesses(db: EntityManager, cutoff: string, regencyCode: string | undefined, upTo: number): Promise<number> {
  const w = idleWhere(cutoff, regencyCode);
  const [{ n }] = await db.query(`SELECT count(*) AS n FROM (SELECT 1 ${w.sql} LIMIT ?)`, [...w.params, upTo]);
  return Number(n);
}

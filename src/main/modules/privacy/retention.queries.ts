import type { EntityManager } from 'typeorm';
import type { RetentionKind } from '../../../shared/contract/privacy-duties';

/**
 * The retention tables' reads and writes (the privacy module owns retention_period,
 * retention_review and retention_anonymised), and the reads that find records past their period.
 * The records themselves are changed by their owning modules only.
 */

export interface PeriodRow {
  kind: RetentionKind;
  months: number;
  updatedAt: string | null;
}

export async function readPeriods(db: EntityManager): Promise<PeriodRow[]> {
  const rows: Array<{ kind: RetentionKind; months: number; updated_at: string | null }> = await db.query(
    `SELECT kind, months, updated_at FROM retention_period`,
  );
  return rows.map((r) => ({ kind: r.kind, months: Number(r.months), updatedAt: r.updated_at }));
}

export async function writePeriod(db: EntityManager, kind: RetentionKind, months: number, at: string, by: string | null): Promise<void> {
  await db.query(
    `INSERT INTO retention_period (kind, months, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind) DO UPDATE SET months = excluded.months, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [kind, months, at, by],
  );
}

export interface DueRow {
  id: string;
  label: string;
  context: string | null;
  since: string;
}

/** Where each kind's period starts, and what "still holds personal data" means for it. */
const DUE_SQL: Record<RetentionKind, { from: string; since: string; select: string; order: string }> = {
  // A business's owner data: from its last activity (made, consulted, followed up), until erased.
  businessOwner: {
    from: `business b WHERE b.personal_data_erased_at IS NULL
      AND (b.owner_name IS NOT NULL OR b.owner_nik IS NOT NULL OR b.owner_phone IS NOT NULL OR b.owner_email IS NOT NULL
        OR b.owner_birth_date IS NOT NULL OR b.address IS NOT NULL)
      AND substr(coalesce(b.last_activity_at, b.created_at), 1, 10) < ?`,
    since: `substr(coalesce(b.last_activity_at, b.created_at), 1, 10)`,
    select: `b.id AS id, b.name AS label, NULL AS context`,
    order: `b.name COLLATE NOCASE, b.id`,
  },
  // A consultation's narrative (complaint, diagnosis, advice): from its date.
  consultation: {
    from: `consultation c LEFT JOIN business b ON b.id = c.business_id
      WHERE (c.complaint IS NOT NULL OR c.diagnosis IS NOT NULL OR c.advice IS NOT NULL OR c.draft_values IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM retention_anonymised r WHERE r.kind = 'consultation' AND r.record_id = c.id)
      AND coalesce(c.consultation_date, substr(c.created_at, 1, 10)) < ?`,
    since: `coalesce(c.consultation_date, substr(c.created_at, 1, 10))`,
    select: `c.id AS id, coalesce(c.number, '') AS label, b.name AS context`,
    order: `coalesce(c.consultation_date, c.created_at), c.id`,
  },
  // A participant: from the end of their training.
  participant: {
    from: `training_participant p JOIN training t ON t.id = p.training_id
      WHERE NOT EXISTS (SELECT 1 FROM retention_anonymised r WHERE r.kind = 'participant' AND r.record_id = p.id)
      AND t.end_date < ?`,
    since: `t.end_date`,
    select: `p.id AS id, p.name AS label, t.title AS context`,
    order: `t.end_date, p.name COLLATE NOCASE, p.id`,
  },
};

/** How many records of a kind are past the cutoff date (`YYYY-MM-DD`), and the first `limit` of them. */
export async function dueRecords(db: EntityManager, kind: RetentionKind, cutoff: string, limit: number): Promise<{ total: number; items: DueRow[] }> {
  const q = DUE_SQL[kind];
  const [{ n }] = (await db.query(`SELECT count(*) AS n FROM ${q.from}`, [cutoff])) as [{ n: number }];
  const items: DueRow[] = await db.query(`SELECT ${q.select}, ${q.since} AS since FROM ${q.from} ORDER BY ${q.order} LIMIT ?`, [cutoff, limit]);
  return { total: Number(n), items };
}

/** Those of `ids` that are still past the cutoff and still hold personal data. */
export async function stillDue(db: EntityManager, kind: RetentionKind, cutoff: string, ids: string[]): Promise<string[]> {
  const q = DUE_SQL[kind];
  const alias = kind === 'businessOwner' ? 'b' : kind === 'consultation' ? 'c' : 'p';
  const rows: Array<{ id: string }> = await db.query(
    `SELECT ${alias}.id AS id FROM ${q.from} AND ${alias}.id IN (SELECT value FROM json_each(?))`,
    [cutoff, JSON.stringify(ids)],
  );
  return rows.map((r) => r.id);
}

/** A participant's birth date and the start of their training (its age is kept from them). */
export async function participantAgeFacts(db: EntityManager, id: string): Promise<{ birthDate: string | null; age: number | null; startDate: string } | null> {
  const [row]: Array<{ birth_date: string | null; age: number | null; start_date: string }> = await db.query(
    `SELECT p.birth_date, p.age, t.start_date FROM training_participant p JOIN training t ON t.id = p.training_id WHERE p.id = ?`,
    [id],
  );
  return row ? { birthDate: row.birth_date, age: row.age === null ? null : Number(row.age), startDate: row.start_date } : null;
}

export async function markAnonymised(db: EntityManager, kind: 'consultation' | 'participant', id: string, at: string, by: string | null): Promise<void> {
  await db.query(`INSERT OR IGNORE INTO retention_anonymised (kind, record_id, anonymised_at, anonymised_by) VALUES (?, ?, ?, ?)`, [kind, id, at, by]);
}

/** Whether the list of a month (`YYYY-MM`) was raised already. */
export async function reviewRaised(db: EntityManager, month: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM retention_review WHERE month = ?`, [month]);
  return rows.length > 0;
}

/** Notes the month's list as raised (with how many records it held). */
export async function noteReview(db: EntityManager, month: string, at: string, due: number): Promise<void> {
  await db.query(`INSERT OR IGNORE INTO retention_review (month, raised_at, due) VALUES (?, ?, ?)`, [month, at, due]);
}

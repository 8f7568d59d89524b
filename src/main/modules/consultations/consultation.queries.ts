import type { DataSource, EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../shared/contract';
import { ConsultationEntity, ConsultationRevisionEntity, type ConsultationRevisionRow, type ConsultationRow } from './consultation.entity';
import type { SummaryRaw } from './consultation.mapper';

/**
 * The consultation module's SQL: the number sequence, conditional writes that must report how many
 * rows they changed, and the list and report queries. SQLite-specific SQL stays here.
 */

type Runner = DataSource | EntityManager;

/**
 * Takes the next number of a desk's month. It is the first statement of the finalise transaction,
 * so the write lock is taken before anything is read, and a rollback gives the number back.
 * The highest number already on file for that desk and month is a floor, so a sequence row that
 * fell behind (a database restored from an older backup, records carried back in by USB) can never
 * hand out a number that exists.
 * (The leading newline keeps TypeORM from running it as a plain INSERT, which would drop RETURNING.)
 */
export async function nextSeq(m: EntityManager, deskCode: string, period: string): Promise<number> {
  const rows: Array<{ last_seq: number }> = await m.query(
    `
    INSERT INTO consultation_sequence (desk_code, period, last_seq)
    VALUES (?1, ?2, coalesce((SELECT seq FROM consultation WHERE desk_code = ?1 AND period = ?2 AND seq IS NOT NULL ORDER BY seq DESC LIMIT 1), 0) + 1)
    ON CONFLICT (desk_code, period) DO UPDATE SET
      last_seq = max(last_seq, coalesce((SELECT seq FROM consultation WHERE desk_code = ?1 AND period = ?2 AND seq IS NOT NULL ORDER BY seq DESC LIMIT 1), 0)) + 1
    RETURNING last_seq`,
    [deskCode, period],
  );
  const seq = rows[0]?.last_seq;
  if (typeof seq !== 'number') throw new Error('consultation_sequence returned no number');
  return seq;
}

/** Runs an UPDATE/DELETE inside the caller's transaction and answers the number of rows it changed. */
export async function changes(m: EntityManager, sql: string, params: unknown[]): Promise<number> {
  if (!m.queryRunner) throw new Error('changes() needs a transaction');
  const result = await m.queryRunner.query(sql, params, true);
  return Number(result.affected ?? 0);
}

export async function findConsultation(m: Runner, id: string): Promise<ConsultationRow | null> {
  return m.getRepository(ConsultationEntity).findOne({ where: { id } });
}

/** A consultation's status and whether it was discarded; undefined when there is none yet. */
export async function consultationState(m: EntityManager, id: string): Promise<{ status: string; deleted_at: string | null } | undefined> {
  const rows: Array<{ status: string; deleted_at: string | null }> = await m.query(`SELECT status, deleted_at FROM consultation WHERE id = ?`, [id]);
  return rows[0];
}

export interface DraftWrite {
  id: string;
  businessId: string | null;
  date: string | null;
  json: string;
  now: string;
  actor: string;
}

export async function updateDraft(m: EntityManager, d: DraftWrite): Promise<void> {
  await m.query(
    `UPDATE consultation SET business_id = ?, consultation_date = ?, draft_values = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    [d.businessId, d.date, d.json, d.now, d.actor, d.id],
  );
}

export async function insertDraft(m: EntityManager, d: DraftWrite): Promise<void> {
  await m.query(
    `INSERT INTO consultation (id, business_id, status, version, consultation_date, draft_values, created_at, updated_at, updated_by)
     VALUES (?, ?, 'draft', 1, ?, ?, ?, ?, ?)`,
    [d.id, d.businessId, d.date, d.json, d.now, d.now, d.actor],
  );
}

export async function markDiscarded(m: EntityManager, id: string, now: string, actor: string): Promise<void> {
  await m.getRepository(ConsultationEntity).update({ id }, { deletedAt: now, updatedAt: now, updatedBy: actor });
}

/** Finalised before its first autosave reached the database. */
export async function insertConsultation(m: EntityManager, row: ConsultationRow): Promise<void> {
  await m.getRepository(ConsultationEntity).insert(row);
}

/** `SET col = ?, …` of the given properties, in their database column names. */
function setClause(m: EntityManager, row: Partial<ConsultationRow>): { set: string; params: unknown[] } {
  const meta = m.connection.getMetadata(ConsultationEntity);
  const set = Object.keys(row).map((property) => {
    const col = meta.findColumnWithPropertyName(property);
    if (!col) throw new Error(`unknown consultation property ${property}`);
    return `${col.databaseName} = ?`;
  });
  return { set: set.join(', '), params: Object.values(row) };
}

/** Writes the final values over a live draft; answers 1, or 0 when it is no longer a live draft. */
export async function finalizeDraftRow(m: EntityManager, id: string, row: Partial<ConsultationRow>): Promise<number> {
  const { set, params } = setClause(m, row);
  return changes(m, `UPDATE consultation SET ${set} WHERE id = ? AND status = 'draft' AND deleted_at IS NULL`, [...params, id]);
}

/** Writes an amendment when nobody changed the consultation since `expectedUpdatedAt`; answers 1, or 0. */
export async function amendRow(m: EntityManager, id: string, expectedUpdatedAt: string, row: Partial<ConsultationRow>): Promise<number> {
  const { set, params } = setClause(m, row);
  return changes(m, `UPDATE consultation SET ${set} WHERE id = ? AND updated_at = ?`, [...params, id, expectedUpdatedAt]);
}

export async function insertRevision(m: EntityManager, row: ConsultationRevisionRow): Promise<void> {
  await m.getRepository(ConsultationRevisionEntity).insert(row);
}

export async function findRevision(m: EntityManager, consultationId: string, version: number): Promise<ConsultationRevisionRow | null> {
  return m.getRepository(ConsultationRevisionEntity).findOne({ where: { consultationId, version } });
}

export interface RevisionRaw {
  version: number;
  reason: string | null;
  snapshot: string;
  created_at: string;
  actor_name: string | null;
}

export function revisionRows(m: Runner, consultationId: string): Promise<RevisionRaw[]> {
  return m.query(
    `SELECT r.version, r.reason, r.snapshot, r.created_at, k.name AS actor_name
     FROM consultation_revision r LEFT JOIN consultant k ON k.id = r.created_by
     WHERE r.consultation_id = ? ORDER BY r.version`,
    [consultationId],
  );
}

export interface BusinessHeadingRaw {
  name: string;
  owner_name: string | null;
  regency_code: string | null;
}

export async function businessHeading(m: Runner, businessId: string): Promise<BusinessHeadingRaw | undefined> {
  const rows: BusinessHeadingRaw[] = await m.query(`SELECT name, owner_name, regency_code FROM business WHERE id = ?`, [businessId]);
  return rows[0];
}

/**
 * A merged profile's consultations move to the survivor. When the survivor has a live draft, the
 * merged one's draft keeps its values but loses its business (one live draft per business).
 * Answers how many consultations moved.
 */
export async function moveConsultationsOfBusiness(m: EntityManager, fromId: string, toId: string, now: string, actor: string | null): Promise<number> {
  if (await otherDraftOf(m, toId, '')) {
    await m.query(
      `UPDATE consultation SET business_id = NULL, updated_at = ?, updated_by = ?
       WHERE business_id = ? AND status = 'draft' AND deleted_at IS NULL`,
      [now, actor, fromId],
    );
  }
  return changes(
    m,
    `UPDATE consultation SET business_id = ?, updated_at = ?, updated_by = ?,
       draft_values = CASE WHEN draft_values IS NOT NULL AND json_extract(draft_values, '$.businessId') = ?
                           THEN json_set(draft_values, '$.businessId', ?) ELSE draft_values END
     WHERE business_id = ?`,
    [toId, now, actor, fromId, toId, fromId],
  );
}

export async function liveBusinessExists(m: Runner, id: string): Promise<boolean> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM business WHERE id = ? AND deleted_at IS NULL`, [id]);
  return rows.length > 0;
}

/** The live draft of a business other than `exceptId`, if any. */
export async function otherDraftOf(m: Runner, businessId: string, exceptId: string): Promise<string | null> {
  const rows: Array<{ id: string }> = await m.query(
    `SELECT id FROM consultation WHERE business_id = ? AND status = 'draft' AND deleted_at IS NULL AND id <> ?`,
    [businessId, exceptId],
  );
  return rows[0]?.id ?? null;
}

export async function consultantIdsOf(m: Runner, consultationId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await m.query(
    `SELECT consultant_id AS id FROM consultation_consultant WHERE consultation_id = ? ORDER BY position`,
    [consultationId],
  );
  return rows.map((r) => r.id);
}

export async function writeConsultants(m: EntityManager, consultationId: string, ids: string[]): Promise<void> {
  await m.query(`DELETE FROM consultation_consultant WHERE consultation_id = ?`, [consultationId]);
  for (const [position, consultantId] of ids.entries()) {
    await m.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES (?, ?, ?)`, [
      consultationId,
      consultantId,
      position,
    ]);
  }
}

/** Of `ids`, those naming an existing consultant (active, or among `alsoAllowed`). */
export async function knownConsultants(m: Runner, ids: string[], alsoAllowed: string[] = []): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: Array<{ id: string; active: number }> = await m.query(
    `SELECT id, active FROM consultant WHERE deleted_at IS NULL AND id IN (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  return new Set(rows.filter((r) => Boolean(r.active) || alsoAllowed.includes(r.id)).map((r) => r.id));
}

export async function consultantNames(m: Runner, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; name: string }> = await m.query(
    `SELECT id, name FROM consultant WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface TimelineConsultationRaw {
  id: string;
  number: string;
  consultation_date: string;
  start_time: string | null;
  service_areas: string;
  channel: string | null;
  action_items: string;
  version: number;
  finalized_at: string | null;
  actor_name: string | null;
}

export function finalConsultationsOfBusiness(m: Runner, businessId: string): Promise<TimelineConsultationRaw[]> {
  return m.query(
    `SELECT c.id, c.number, c.consultation_date, c.start_time, c.service_areas, c.channel, c.action_items, c.version,
            c.finalized_at, k.name AS actor_name
     FROM consultation c LEFT JOIN consultant k ON k.id = c.finalized_by
     WHERE c.business_id = ? AND c.status = 'final' AND c.deleted_at IS NULL
     ORDER BY c.consultation_date DESC, c.start_time DESC`,
    [businessId],
  );
}

type ListQuery = ParsedInput<'consultations:list'>;

/** WHERE clause of the list; the date range on consultation_live_date drives it and carries the filter columns. */
function listFilter(q: ListQuery): { where: string; params: unknown[] } {
  const clauses = ['c.deleted_at IS NULL', 'c.status = ?'];
  const params: unknown[] = [q.status];
  if (q.from) {
    clauses.push('c.consultation_date >= ?');
    params.push(q.from);
  }
  if (q.to) {
    clauses.push('c.consultation_date <= ?');
    params.push(q.to);
  }
  if (q.businessId) {
    clauses.push('c.business_id = ?');
    params.push(q.businessId);
  }
  if (q.channel) {
    clauses.push('c.channel = ?');
    params.push(q.channel);
  }
  if (q.consultantId) {
    // The join row carries the date of a live final consultation, so the consultant's month is one
    // range of consultation_consultant_date; other lists (drafts, no dates) ask by consultant alone.
    const inner = ['cc.consultant_id = ?'];
    params.push(q.consultantId);
    if (q.status === 'final' && (q.from || q.to)) {
      if (q.from) {
        inner.push('cc.consultation_date >= ?');
        params.push(q.from);
      }
      if (q.to) {
        inner.push('cc.consultation_date <= ?');
        params.push(q.to);
      }
    }
    clauses.push(`c.id IN (SELECT cc.consultation_id FROM consultation_consultant cc WHERE ${inner.join(' AND ')})`);
  }
  if (q.serviceArea) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(c.service_areas) a WHERE a.value = ?)');
    params.push(q.serviceArea);
  }
  if (q.regencyCode) {
    // The business's regency, copied onto the consultation and kept in step by triggers.
    clauses.push('c.regency_code = ?');
    params.push(q.regencyCode);
  }
  return { where: clauses.join(' AND '), params };
}

export function listTotalsSql(q: ListQuery): { sql: string; params: unknown[] } {
  const { where, params } = listFilter(q);
  return {
    sql: `SELECT count(*) AS total, coalesce(sum(c.contact_minutes), 0) AS minutes FROM consultation c WHERE ${where}`,
    params,
  };
}

export function listPageSql(q: ListQuery): { sql: string; params: unknown[] } {
  const { where, params } = listFilter(q);
  return {
    sql: `
      SELECT c.id, c.status, c.number, c.version, c.consultation_date, c.start_time, c.business_id,
             b.name AS business_name, r.name AS regency_name,
             (SELECT json_group_array(name) FROM (
                SELECT k.name FROM consultation_consultant cc JOIN consultant k ON k.id = cc.consultant_id
                WHERE cc.consultation_id = c.id ORDER BY cc.position)) AS consultant_names,
             c.channel, c.service_areas, c.contact_minutes,
             (SELECT count(*) FROM follow_up f
                WHERE f.consultation_id = c.id AND f.status = 'open' AND f.deleted_at IS NULL) AS open_follow_ups,
             c.updated_at
      FROM consultation c
      LEFT JOIN business b ON b.id = c.business_id
      LEFT JOIN region r ON r.code = b.regency_code
      WHERE ${where}
      ORDER BY c.consultation_date DESC, c.start_time DESC
      LIMIT ? OFFSET ?`,
    params: [...params, q.pageSize, (q.page - 1) * q.pageSize],
  };
}

export async function listConsultations(ds: DataSource, q: ListQuery): Promise<{ rows: SummaryRaw[]; total: number; minutes: number }> {
  const totals = listTotalsSql(q);
  const page = listPageSql(q);
  const [[sums], rows] = (await Promise.all([ds.query(totals.sql, totals.params), ds.query(page.sql, page.params)])) as [
    Array<{ total: number; minutes: number }>,
    SummaryRaw[],
  ];
  return { rows, total: sums?.total ?? 0, minutes: sums?.minutes ?? 0 };
}

export interface HoursRaw {
  consultant_id: string;
  consultant_name: string;
  month: string;
  consultations: number;
  contact_minutes: number;
  prep_minutes: number;
}

export async function hoursRows(ds: DataSource, q: ParsedInput<'consultations:hours'>): Promise<HoursRaw[]> {
  const params: unknown[] = [`${q.from}-01`, `${q.to}-31`];
  let byConsultant = '';
  if (q.consultantId) {
    byConsultant = 'AND cc.consultant_id = ?';
    params.push(q.consultantId);
  }
  // The join rows carry the date (only while the consultation is live and final) and both minute
  // columns, so one of their indexes answers alone; the few consultants' names are joined after grouping.
  return ds.query(
    `SELECT h.consultant_id, k.name AS consultant_name, h.month, h.consultations, h.contact_minutes, h.prep_minutes
     FROM (
       SELECT cc.consultant_id, substr(cc.consultation_date, 1, 7) AS month, count(*) AS consultations,
              coalesce(sum(cc.contact_minutes), 0) AS contact_minutes, coalesce(sum(cc.prep_minutes), 0) AS prep_minutes
       FROM consultation_consultant cc
       WHERE cc.consultation_date >= ? AND cc.consultation_date <= ? ${byConsultant}
       GROUP BY cc.consultant_id, month
     ) h
     JOIN consultant k ON k.id = h.consultant_id
     ORDER BY h.month, k.name COLLATE NOCASE, h.consultant_id`,
    params,
  );
}

export interface DraftRaw {
  id: string;
  business_id: string | null;
  business_name: string | null;
  complaint: string | null;
  consultation_date: string | null;
  updated_at: string;
  updated_by_name: string | null;
}

export function draftRows(ds: DataSource, businessId?: string): Promise<DraftRaw[]> {
  return ds.query(
    `SELECT c.id, c.business_id, b.name AS business_name, json_extract(c.draft_values, '$.complaint') AS complaint,
            c.consultation_date, c.updated_at, k.name AS updated_by_name
     FROM consultation c
     LEFT JOIN business b ON b.id = c.business_id
     LEFT JOIN consultant k ON k.id = c.updated_by
     WHERE c.status = 'draft' AND c.deleted_at IS NULL ${businessId ? 'AND c.business_id = ?' : ''}
     ORDER BY c.updated_at DESC, c.id`,
    businessId ? [businessId] : [],
  );
}

/**
 * Ends a consultation's narrative at the end of its retention period (UU PDP): complaint, diagnosis,
 * advice and any draft are cleared here and in its amendment history; date, channel, service areas,
 * minutes and number stay for the statistics.
 */
export async function eraseConsultationNarrative(m: EntityManager, id: string, stamp: { now: string; actorId: string | null }): Promise<void> {
  await m.query(`UPDATE consultation SET complaint = NULL, diagnosis = NULL, advice = NULL, draft_values = NULL, updated_at = ?, updated_by = ? WHERE id = ?`, [
    stamp.now,
    stamp.actorId,
    id,
  ]);
  await m.query(
    `UPDATE consultation_revision SET snapshot = json_set(snapshot, '$.complaint', NULL, '$.diagnosis', NULL, '$.advice', NULL)
     WHERE consultation_id = ? AND json_valid(snapshot)`,
    [id],
  );
}

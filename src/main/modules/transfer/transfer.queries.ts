import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExportScope, TransferTable } from '../../../shared/contract';

export type Row = Record<string, unknown>;
type Sql = [string, unknown[]];
type Predicate = (alias: string) => Sql;

/** Rows read per query: memory stays bounded whatever the table's size. */
export const PAGE_SIZE = 500;

/**
 * Which rows of each table an export holds. Consultations are finalised ones only (a draft is
 * work in progress at one desk); businesses referenced by exported records and the survivors of
 * merged profiles come along, so that a package is always complete.
 */
export interface ScopeSql {
  business: Predicate;
  consultation: Predicate;
  follow_up: Predicate;
  training_participant: Predicate;
  impact_milestone: Predicate;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

type BaseSql = Omit<ScopeSql, 'training_participant' | 'impact_milestone'>;

export function scopeSql(scope: ExportScope): ScopeSql {
  let base: BaseSql;
  let participants: Predicate;
  let milestones: Predicate;
  if (scope.kind === 'all') {
    base = {
      business: () => ['1 = 1', []],
      consultation: (a) => [`${a}.status = 'final'`, []],
      follow_up: () => ['1 = 1', []],
    };
    participants = () => ['1 = 1', []];
    milestones = () => ['1 = 1', []];
  } else if (scope.kind === 'dateRange') {
    const { from, to } = scope;
    const followUp: Predicate = (a) => [
      `(${a}.due_date BETWEEN ? AND ? OR ${a}.consultation_id IN (SELECT id FROM consultation WHERE status = 'final' AND consultation_date BETWEEN ? AND ?))`,
      [from, to, from, to],
    ];
    const consultation: Predicate = (a) => [
      `${a}.status = 'final' AND (${a}.consultation_date BETWEEN ? AND ? OR ${a}.id IN (SELECT consultation_id FROM follow_up WHERE due_date BETWEEN ? AND ?))`,
      [from, to, from, to],
    ];
    base = {
      consultation,
      follow_up: followUp,
      business: (a) => {
        const [c, cp] = consultation('c');
        const [f, fp] = followUp('f');
        return [
          `(${a}.id IN (SELECT c.business_id FROM consultation c WHERE ${c}) OR ${a}.id IN (SELECT f.business_id FROM follow_up f WHERE ${f})
            OR substr(${a}.updated_at, 1, 10) BETWEEN ? AND ?)`,
          [...cp, ...fp, from, to],
        ];
      },
    };
    participants = (a) => [`${a}.training_id IN (SELECT id FROM training WHERE start_date <= ? AND end_date >= ?)`, [to, from]];
    milestones = (a) => [`${a}.milestone_date BETWEEN ? AND ?`, [from, to]];
  } else {
    const [column, values] = scope.kind === 'regencies' ? ['regency_code', scope.codes] : ['id', scope.ids];
    const ofBusinesses = `SELECT id FROM business WHERE ${column} IN (${marks(values.length)})`;
    base = {
      business: (a) => [`${a}.${column} IN (${marks(values.length)})`, [...values]],
      consultation: (a) => [`${a}.status = 'final' AND ${a}.business_id IN (${ofBusinesses})`, [...values]],
      follow_up: (a) => [`${a}.business_id IN (${ofBusinesses})`, [...values]],
    };
    participants = (a) => [`${a}.business_id IN (${ofBusinesses})`, [...values]];
    milestones = (a) => [`${a}.business_id IN (${ofBusinesses})`, [...values]];
  }
  // What a participant or a milestone in scope points at comes too: its business and its consultation.
  const referenced: Predicate = (a) => {
    const [p, pp] = participants('p');
    const [i, ip] = milestones('i');
    return [
      `(${a}.id IN (SELECT p.business_id FROM training_participant p WHERE p.business_id IS NOT NULL AND ${p})
        OR ${a}.id IN (SELECT i.business_id FROM impact_milestone i WHERE ${i}))`,
      [...pp, ...ip],
    ];
  };
  const inScope: Predicate = (a) => {
    const [b, bp] = base.business(a);
    const [r, rp] = referenced(a);
    return [`(${b} OR ${r})`, [...bp, ...rp]];
  };
  // The survivor of a merged profile in scope comes too: the merged one points at it.
  const business: Predicate = (a) => {
    const [b, bp] = inScope(a);
    const [m, mp] = inScope('m');
    return [`(${b} OR ${a}.id IN (SELECT m.merged_into_id FROM business m WHERE m.merged_into_id IS NOT NULL AND ${m}))`, [...bp, ...mp]];
  };
  const consultation: Predicate = (a) => {
    const [c, cp] = base.consultation(a);
    const [i, ip] = milestones('i');
    return [`(${c} OR ${a}.status = 'final' AND ${a}.id IN (SELECT i.consultation_id FROM impact_milestone i WHERE ${i}))`, [...cp, ...ip]];
  };
  return { ...base, business, consultation, training_participant: participants, impact_milestone: milestones };
}

/** Where each human-readable sheet of an export reads its rows: tables, columns (with labels joined in) and scope. */
export interface SheetSql {
  from: string;
  select: string;
  where: (scope: ScopeSql) => Sql;
}

export const SHEET_SQL: Record<'business' | 'consultation' | 'follow_up', SheetSql> = {
  business: {
    from: `business t NOT INDEXED
      LEFT JOIN region rp ON rp.code = t.province_code LEFT JOIN region rr ON rr.code = t.regency_code
      LEFT JOIN region rd ON rd.code = t.district_code LEFT JOIN region rv ON rv.code = t.village_code`,
    select: 't.*, rp.name AS province_name, rr.name AS regency_name, rd.name AS district_name, rv.name AS village_name',
    where: (s) => {
      const [w, p] = s.business('t');
      return [`t.deleted_at IS NULL AND ${w}`, p];
    },
  },
  consultation: {
    from: `consultation t NOT INDEXED LEFT JOIN business b ON b.id = t.business_id LEFT JOIN region rr ON rr.code = b.regency_code`,
    select: `t.*, b.name AS business_name, rr.name AS regency_name,
      (SELECT group_concat(k.name, ', ') FROM (SELECT k.name FROM consultation_consultant cc JOIN consultant k ON k.id = cc.consultant_id
        WHERE cc.consultation_id = t.id ORDER BY cc.position) k) AS consultant_names`,
    where: (s) => {
      const [w, p] = s.consultation('t');
      return [`t.deleted_at IS NULL AND ${w}`, p];
    },
  },
  follow_up: {
    from: `follow_up t NOT INDEXED LEFT JOIN business b ON b.id = t.business_id LEFT JOIN consultation c ON c.id = t.consultation_id
      LEFT JOIN consultant k ON k.id = t.consultant_id`,
    select: 't.*, b.name AS business_name, c.number AS consultation_number, k.name AS consultant_name',
    where: (s) => {
      const [w, p] = s.follow_up('t');
      return [`t.deleted_at IS NULL AND ${w}`, p];
    },
  },
};

/**
 * The predicate of a table in the data package. Consultants and trainings all travel (few, and
 * records point at them); attendance and check-ins go with their participants, "not a duplicate"
 * decisions with the two businesses they are about.
 */
export function tablePredicate(scope: ScopeSql, table: TransferTable): Predicate {
  // Correlated EXISTS, not `IN (SELECT …)`: an IN list is made again for every page of 500 rows,
  // which on a million consultations makes the package quadratic; EXISTS is one key lookup per row.
  const participantInScope = (column: string): Sql => {
    const [p, pp] = scope.training_participant('p');
    return [`EXISTS (SELECT 1 FROM training_participant p WHERE p.id = ${column} AND ${p})`, pp];
  };
  switch (table) {
    case 'consultant':
    case 'training':
      return () => ['1 = 1', []];
    case 'business':
      return scope.business;
    case 'business_not_duplicate':
      return (a) => {
        const [x, xp] = scope.business('x');
        const [y, yp] = scope.business('y');
        return [`EXISTS (SELECT 1 FROM business x WHERE x.id = ${a}.a_id AND ${x}) AND EXISTS (SELECT 1 FROM business y WHERE y.id = ${a}.b_id AND ${y})`, [...xp, ...yp]];
      };
    case 'training_participant':
      return scope.training_participant;
    case 'training_attendance':
      return (a) => participantInScope(`${a}.participant_id`);
    case 'consultation':
      return scope.consultation;
    case 'consultation_revision':
      return (a) => {
        const [c, cp] = scope.consultation('c');
        return [`EXISTS (SELECT 1 FROM consultation c WHERE c.id = ${a}.consultation_id AND ${c})`, cp];
      };
    case 'impact_milestone':
      return scope.impact_milestone;
    case 'follow_up':
      // A participant's check-in goes with the participant; any other follow-up with its business.
      return (a) => {
        const [f, fp] = scope.follow_up(a);
        const [p, pp] = participantInScope(`${a}.participant_id`);
        return [`(${a}.participant_id IS NULL AND ${a}.business_id IS NOT NULL AND (${f}) OR ${a}.participant_id IS NOT NULL AND ${p})`, [...fp, ...pp]];
      };
  }
}

/**
 * Pages of `SELECT <columns> FROM <from> WHERE <where>` in rowid order (keyset, so each page is a
 * seek in the table's own b-tree), yielding to the event loop between pages. `from` names the main
 * table `NOT INDEXED`: otherwise the planner may pick an index that serves the filter (deleted_at)
 * and sort every page, which makes the whole export quadratic.
 */
export async function* pages(
  ds: DataSource | EntityManager,
  q: { columns: string; from: string; alias: string; where: Sql },
  signal?: AbortSignal,
): AsyncGenerator<Row[]> {
  let after = 0;
  for (;;) {
    if (signal?.aborted) return;
    const rows: Row[] = await ds.query(
      `SELECT ${q.alias}.rowid AS __rowid, ${q.columns} FROM ${q.from} WHERE (${q.where[0]}) AND ${q.alias}.rowid > ? ORDER BY ${q.alias}.rowid LIMIT ${PAGE_SIZE}`,
      [...q.where[1], after],
    );
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!['__rowid'] as number;
    for (const r of rows) delete r['__rowid'];
    yield rows;
    if (rows.length < PAGE_SIZE) return;
    await yieldToLoop();
  }
}

/**
 * Pages of the rows named by `keys` (as `record_version` names them), looked up by key 500 at a
 * time, that also meet `where`: a package of changes reads its few rows without a table scan.
 */
export async function* pagesByKey(
  ds: DataSource | EntityManager,
  q: { table: string; columns: string; alias: string; keyColumns: readonly string[]; keys: readonly string[]; where: Sql },
  signal?: AbortSignal,
): AsyncGenerator<Row[]> {
  for (let i = 0; i < q.keys.length; i += PAGE_SIZE) {
    if (signal?.aborted) return;
    const slice = q.keys.slice(i, i + PAGE_SIZE);
    const named =
      q.keyColumns.length === 1
        ? [`${q.alias}.${q.keyColumns[0]} IN (${marks(slice.length)})`, slice]
        : [
            `(${q.keyColumns.map((c) => `${q.alias}.${c}`).join(', ')}) IN (VALUES ${slice.map(() => `(${q.keyColumns.map(() => '?').join(', ')})`).join(', ')})`,
            slice.flatMap((k) => k.split('|')),
          ];
    const rows: Row[] = await ds.query(`SELECT ${q.columns} FROM ${q.table} ${q.alias} WHERE ${named[0] as string} AND (${q.where[0]}) ORDER BY ${q.alias}.rowid`, [
      ...(named[1] as unknown[]),
      ...q.where[1],
    ]);
    if (rows.length > 0) yield rows;
    await yieldToLoop();
  }
}

export async function count(ds: DataSource, from: string, where: Sql): Promise<number> {
  const rows: Array<{ n: number }> = await ds.query(`SELECT count(*) AS n FROM ${from} WHERE ${where[0]}`, where[1]);
  return rows[0]?.n ?? 0;
}

/** Column names of a table, as the database has them. */
export async function tableColumns(ds: DataSource | EntityManager, table: string): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(`PRAGMA table_info(${table})`);
  return rows.map((r) => r.name);
}

/** The desk: its office row's id (stable), code and name. */
export async function deskIdentity(ds: DataSource): Promise<{ id: string; code: string | null; officeName: string | null }> {
  const rows: Array<{ id: string; desk_code: string | null; office_name: string | null }> = await ds.query(
    `SELECT id, desk_code, office_name FROM office_profile ORDER BY created_at LIMIT 1`,
  );
  const r = rows[0];
  return { id: r?.id ?? 'unknown', code: r?.desk_code ?? null, officeName: r?.office_name ?? null };
}

/** The consultants of each consultation, in their order, as `[consultantId, position]`. */
export async function consultantsOf(db: DataSource | EntityManager, ids: string[]): Promise<Map<string, Array<[string, number]>>> {
  const map = new Map<string, Array<[string, number]>>();
  if (ids.length === 0) return map;
  const rows: Array<{ consultation_id: string; consultant_id: string; position: number }> = await db.query(
    `SELECT consultation_id, consultant_id, position FROM consultation_consultant WHERE consultation_id IN (${marks(ids.length)}) ORDER BY position`,
    ids,
  );
  for (const r of rows) {
    const list = map.get(r.consultation_id) ?? [];
    list.push([r.consultant_id, r.position]);
    map.set(r.consultation_id, list);
  }
  return map;
}

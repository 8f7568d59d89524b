import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ConflictDetail, ConflictSummary, ParsedInput, TransferTable } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import { maskNik } from '../../../shared/domain/nik';
import { maskPhone, type BusinessService } from '../businesses';
import { differingColumns } from './import.classify';
import { LOCAL_COLUMNS, type PackageLine } from './package';
import { localRows } from './transfer.import.queries';
import { consultantsOf, tableColumns, type Row } from './transfer.queries';
import {
  closeConflict,
  conflictById,
  deskClock,
  openConflictCount,
  openConflicts,
  openConflictsOf,
  parkConflict,
  setApplying,
  setVersion,
  versionsOf,
  type ConflictRow,
} from './transfer.sync.queries';
import { ERASURES, WRITERS } from './transfer.writers';
import { bump, compare, join, parseVector, vectorText, type Vector } from './versions';

/** Most conflicts the inbox lists at once (the count is always complete). */
const LIST_MAX = 200;

/** What names a record in the inbox. */
const LABEL_COLUMN: Partial<Record<TransferTable, string>> = {
  consultant: 'name',
  business: 'name',
  training: 'title',
  training_participant: 'name',
  consultation: 'number',
  impact_milestone: 'kind',
  follow_up: 'title',
};
export const labelOf = (table: TransferTable, r: Row): string => String(r[LABEL_COLUMN[table] ?? 'id'] ?? r['id']);

/** A parked incoming version: the package's line, and the columns it did not carry in full. */
interface Parked {
  line: PackageLine;
  masked: string[];
}

const isErased = (table: TransferTable, r: Row | undefined): boolean => ERASURES[table]?.erased(r) ?? false;
const erasedColumns = (table: TransferTable): readonly string[] => ERASURES[table]?.columns ?? [];

/**
 * Identifiers shown masked, as everywhere they are listed: the inbox is no way around an audited
 * reveal. The decision is taken on the stored values, so nothing is lost by it.
 */
const MASKS: Record<string, (v: string) => string> = {
  owner_nik: maskNik,
  owner_phone: (v) => maskPhone(v) ?? '',
  phone: (v) => maskPhone(v) ?? '',
  nip: (v) => (v.length > 4 ? `${'•'.repeat(v.length - 4)}${v.slice(-4)}` : '•'.repeat(v.length)),
  owner_email: (v) => v.replace(/^(.)[^@]*/, '$1•••'),
};
const shown = (column: string, v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const text = String(v);
  return MASKS[column]?.(text) ?? text;
};

/**
 * The Konflik inbox: a record changed at two desks without either knowing of the other's change
 * is not overwritten by an import. The incoming version waits here beside this desk's, and a
 * person decides field by field; the decision is a new version that has seen both, so it travels
 * back and settles the same conflict at every desk that parked it.
 */
export class ConflictInbox {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly businesses: BusinessService,
    /** After a decision: what follows a change of records (follow-ups worked out again). */
    private readonly afterDecision: () => Promise<void> | void = () => {},
  ) {}

  /**
   * Parks an incoming version (in the import's transaction). Nothing is parked twice: a version
   * already waiting, or one older than what waits, is left; an older waiting one gives way.
   */
  async park(
    m: EntityManager,
    c: { table: TransferTable; key: string; line: PackageLine; masked: readonly string[]; local: Vector; incoming: Vector; fromDesk: string | null; now: string },
  ): Promise<boolean> {
    for (const waiting of await openConflictsOf(m, c.table, c.key)) {
      const order = compare(parseVector(waiting.incoming_vv), c.incoming);
      if (order === 'equal' || order === 'after') return false;
      if (order === 'before') await closeConflict(m, waiting.id, 'superseded', c.now, null);
    }
    const mine = (await localRows(m, c.table, [c.key])).get(c.key);
    const line: PackageLine = { ...c.line, r: { ...c.line.r } };
    // Personal data erased here never comes back, not even as a choice.
    if (isErased(c.table, mine)) for (const col of erasedColumns(c.table)) line.r[col] = mine?.[col] ?? null;
    const parked: Parked = { line, masked: [...c.masked] };
    await parkConflict(m, {
      id: randomUUID(),
      entity: c.table,
      record_key: c.key,
      local_vv: vectorText(c.local),
      incoming_vv: vectorText(c.incoming),
      incoming_line: JSON.stringify(parked),
      from_desk_code: c.fromDesk,
      detected_at: c.now,
    });
    return true;
  }

  /** A record now holds `vv`: what waited for it and is older gives way. */
  async supersede(m: EntityManager, table: TransferTable, key: string, vv: Vector, now: string): Promise<void> {
    for (const waiting of await openConflictsOf(m, table, key)) {
      const order = compare(parseVector(waiting.incoming_vv), vv);
      if (order === 'before' || order === 'equal') await closeConflict(m, waiting.id, 'superseded', now, null);
    }
  }

  async list(): Promise<{ total: number; items: ConflictSummary[] }> {
    const db = this.deps.ds.manager;
    const rows = await openConflicts(db, LIST_MAX);
    const items: ConflictSummary[] = [];
    const columns = new Map<TransferTable, string[]>();
    for (const row of rows) {
      const d = await this.describe(db, row, columns);
      if (d) items.push(d.summary);
    }
    return { total: await openConflictCount(db), items };
  }

  async get(id: string): Promise<ConflictDetail> {
    const db = this.deps.ds.manager;
    const row = await conflictById(db, id);
    if (!row) throw new AppError('NOT_FOUND', 'transfer.conflict.notOpen');
    const d = await this.describe(db, row);
    if (!d) throw new AppError('NOT_FOUND', 'transfer.conflict.recordGone');
    return { ...d.summary, status: row.status, fieldValues: d.fields };
  }

  async resolve(input: ParsedInput<'transfer:resolveConflict'>): Promise<{ resolved: boolean; open: number }> {
    this.deps.session.requireActor();
    const now = nowIso(this.deps.clock);
    const actorId = this.deps.session.actorId;
    await this.deps.ds.transaction(async (m) => {
      const row = await conflictById(m, input.id);
      if (!row || row.status !== 'open') throw new AppError('CONFLICT', 'transfer.conflict.notOpen');
      const table = row.entity;
      const d = await this.describe(m, row);
      if (!d) throw new AppError('NOT_FOUND', 'transfer.conflict.recordGone');
      const parked = JSON.parse(row.incoming_line) as Parked;
      const merged: Row = { ...d.mine };
      const taken: string[] = [];
      for (const f of d.fields) {
        if (input.take[f.column] !== 'incoming' || f.localOnly) continue;
        merged[f.column] = parked.line.r[f.column] ?? null;
        taken.push(f.column);
      }
      merged['updated_at'] = now;
      merged['updated_by'] = actorId;
      const columns = d.columns.filter((c) => c in merged);
      const clock = await deskClock(m);
      await setApplying(m, true);
      const cc = table === 'consultation' ? ((await consultantsOf(m, [row.record_key])).get(row.record_key) ?? []) : undefined;
      await WRITERS[table](m, 'update', columns, { r: merged, ...(cc ? { cc } : {}) });
      if (table === 'business') await this.businesses.refreshNameWords(m, row.record_key);
      const current = (await versionsOf(m, table, [row.record_key])).get(row.record_key)?.vv ?? {};
      const vv = bump(join(current, parseVector(row.incoming_vv)), clock.deskId);
      await setVersion(m, table, row.record_key, vv, false, null);
      await closeConflict(m, row.id, 'decided', now, actorId);
      await this.supersede(m, table, row.record_key, vv, now);
      await setApplying(m, false);
      await this.audit.record(m, {
        action: 'conflict.decide',
        entity: table,
        entityId: row.record_key,
        changes: { fromDesk: [null, row.from_desk_code], incoming: [null, taken], kept: [null, d.fields.map((f) => f.column).filter((c) => !taken.includes(c))] },
      });
    });
    await this.afterDecision();
    return { resolved: true, open: await openConflictCount(this.deps.ds.manager) };
  }

  /** Both versions field by field, from this desk's row now and the parked incoming one. */
  private async describe(db: EntityManager, row: ConflictRow, columnsOf = new Map<TransferTable, string[]>()) {
    const table = row.entity;
    const parked = JSON.parse(row.incoming_line) as Parked;
    const mine = (await localRows(db, table, [row.record_key])).get(row.record_key);
    if (!mine) return null;
    const local = new Set(LOCAL_COLUMNS[table] ?? []);
    // A table's columns are read once per listing.
    const columns = columnsOf.get(table) ?? (await tableColumns(db, table)).filter((c) => !local.has(c));
    columnsOf.set(table, columns);
    const masked = new Set(parked.masked);
    const erasedSomewhere = isErased(table, mine) || isErased(table, parked.line.r);
    const differing = differingColumns(columns, mine, parked.line.r, new Set([...masked, ...local]));
    const fields = differing.map((column) => ({
      column,
      local: shown(column, mine[column]),
      incoming: shown(column, parked.line.r[column]),
      localOnly: masked.has(column) || (erasedSomewhere && erasedColumns(table).includes(column)),
    }));
    const summary: ConflictSummary = {
      id: row.id,
      table,
      recordId: row.record_key,
      label: labelOf(table, mine),
      fromDeskCode: row.from_desk_code,
      detectedAt: row.detected_at,
      fields: differing,
    };
    return { summary, fields, mine, columns };
  }
}

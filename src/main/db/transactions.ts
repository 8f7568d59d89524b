import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';
import { AppError } from '../../shared/errors';

/**
 * The transaction discipline of the core, on TypeORM's one SQLite connection.
 *
 * 1. **One unit holds the connection at a time.** A top-level transaction, a query outside any
 *    transaction and an exclusive section (backup, restore) each take their turn in one queue. The
 *    unit that holds the connection is marked in an AsyncLocalStorage store; a query or transaction
 *    reaches the connection directly only when it runs in the async context of that very unit (a
 *    nested transaction then becomes a SAVEPOINT, as TypeORM does). Any other caller waits its turn,
 *    so another request's write can never land inside an open transaction.
 * 2. **Nothing with a life of its own starts inside a transaction.** Events, engine pokes, listeners
 *    and timers are registered with `afterCommit` / `later`: they run after the commit (and not at
 *    all after a rollback), outside every transaction's async context, so a timer can never inherit
 *    the "inside a transaction" mark of the request that scheduled it.
 * 3. **Back to autocommit after every unit.** When a unit ends the connection must be out of any
 *    transaction. If it is not, the core logs it and refuses every further write loudly
 *    (`STORAGE`) instead of letting writes pile up uncommitted.
 * 4. **Which tables changed.** Every statement a unit writes is noted by table (with the tables the
 *    database's triggers write in turn); after the commit, `onCommitted` listeners hear the set.
 *    `trackReads` notes the tables a call read, so a screen knows what its data depends on.
 */

interface Unit {
  readonly gate: Gate;
  /** Tables the unit's statements wrote. */
  readonly tables: Set<string>;
  /** True while the unit's transaction (or section) is running; false once it committed or failed. */
  open: boolean;
  readonly effects: Array<() => void>;
}

interface Gate {
  readonly ds: DataSource;
  tail: Promise<unknown>;
  holder: Unit | null;
  /** Why writes are refused, once the connection was found stuck inside a transaction. */
  broken: string | null;
  readonly log: TransactionLogger;
  readonly committed: Set<(tables: string[]) => void>;
  /** Table -> the tables its triggers write (transitively); read from the schema when first needed. */
  triggers: Promise<Map<string, Set<string>>> | null;
}

export interface TransactionLogger {
  error(message: string, detail?: Record<string, unknown>): void;
}

const current = new AsyncLocalStorage<Unit>();
const reads = new AsyncLocalStorage<Set<string>>();
const gates = new WeakMap<DataSource, Gate>();
const patchedRunners = new WeakSet<QueryRunner>();

const READ_ONLY = /^\s*(SELECT|EXPLAIN|PRAGMA\s+[\w.]+\s*;?\s*$|WITH\b(?![\s\S]*\b(INSERT|UPDATE|DELETE|REPLACE)\b))/i;

const WRITE_TARGET = /^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[`"[]?(\w+)/i;
const READ_SOURCES = /\b(?:FROM|JOIN)\s+[`"[]?([A-Za-z_]\w*)/gi;

/** The table a statement writes, if it writes one. */
export function writtenTable(sql: string): string | null {
  return WRITE_TARGET.exec(sql)?.[1]?.toLowerCase() ?? null;
}

/** The tables (and CTE names) a statement reads from. */
export function readTables(sql: string): string[] {
  return [...sql.matchAll(READ_SOURCES)].map((m) => m[1]!.toLowerCase());
}

/** Runs `fn` and answers the tables its queries read, wherever they ran (inside a transaction or not). */
export async function trackReads<T>(fn: () => Promise<T>): Promise<{ result: T; tables: string[] }> {
  const tables = new Set<string>();
  const result = await reads.run(tables, fn);
  return { result, tables: [...tables].sort() };
}

/** Hears, after each commit that wrote, the tables it changed (triggers' tables included); detached. */
export function onCommitted(ds: DataSource, listener: (tables: string[]) => void): () => void {
  const gate = requireGate(ds);
  gate.committed.add(listener);
  return () => gate.committed.delete(listener);
}

/** Whether a statement only reads (so it may still run once writes are refused). */
export function isReadOnlyStatement(sql: string): boolean {
  return READ_ONLY.test(sql);
}

/** Runs `fn` outside every transaction's async context: what it schedules inherits nothing. */
export function runDetached<T>(fn: () => T): T {
  return current.exit(fn);
}

/**
 * Runs `fn` once the current transaction has committed, outside its async context; at once (still
 * detached) when no transaction is open. Dropped if the transaction rolls back.
 */
export function afterCommit(fn: () => void): void {
  const unit = current.getStore();
  if (unit?.open) unit.effects.push(fn);
  else runDetached(fn);
}

/** `setTimeout` that never carries a transaction's context, and never keeps the process alive. */
export function later(fn: () => void, ms: number): NodeJS.Timeout {
  const timer = runDetached(() => setTimeout(fn, ms));
  timer.unref?.();
  return timer;
}

/**
 * Puts the data source under the discipline above: call once, right after it is initialised
 * (again after a re-initialisation, which makes a new query runner).
 */
export function installTransactionDiscipline(ds: DataSource, log: TransactionLogger): void {
  let gate = gates.get(ds);
  if (!gate) {
    gate = { ds, tail: Promise.resolve(), holder: null, broken: null, log, committed: new Set(), triggers: null };
    gates.set(ds, gate);
    patchManager(ds, gate);
    // The SQLite driver keeps one query runner and makes a new one after the connection is closed
    // and opened again (a restore): each is put under the same gate.
    const driver = ds.driver as unknown as { createQueryRunner: (mode?: unknown) => QueryRunner };
    const create = driver.createQueryRunner.bind(driver);
    const owned = gate;
    driver.createQueryRunner = (mode?: unknown) => {
      const runner = create(mode);
      patchRunner(runner, owned);
      return runner;
    };
  }
  // A restore may bring another schema: its triggers are read again when next needed.
  gate.triggers = null;
  patchRunner(ds.createQueryRunner(), gate);
}

/**
 * Holds the connection for `fn` alone: waits for every unit before it, and every other query or
 * transaction waits until `fn` is done. For work that must not share the connection (a backup with
 * `VACUUM INTO`, closing and reopening the database for a restore).
 */
export function exclusive<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  const gate = requireGate(ds);
  const unit = current.getStore();
  if (unit?.open && unit.gate === gate) return fn();
  return enqueue(gate, fn, { write: true, transaction: false });
}

/** Why the connection refuses writes, or null when it is healthy. */
export function connectionFault(ds: DataSource): string | null {
  return gates.get(ds)?.broken ?? null;
}

function requireGate(ds: DataSource): Gate {
  const gate = gates.get(ds);
  if (!gate) throw new Error('transaction discipline not installed on this data source');
  return gate;
}

function patchManager(ds: DataSource, gate: Gate): void {
  const manager = ds.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const guarded = (...args: unknown[]): Promise<unknown> => {
    const unit = current.getStore();
    // Truly nested: called from inside the transaction that holds the connection.
    if (unit?.open && unit.gate === gate) return original(...args);
    return enqueue(gate, () => original(...args), { write: true, transaction: true });
  };
  manager.transaction = guarded as typeof manager.transaction;
}

function patchRunner(runner: QueryRunner, gate: Gate): void {
  if (patchedRunners.has(runner)) return;
  patchedRunners.add(runner);
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  const noted = (args: unknown[]) => {
    const sql = typeof args[0] === 'string' ? args[0] : '';
    const target = writtenTable(sql);
    if (target) current.getStore()?.tables.add(target);
    const tracked = reads.getStore();
    if (tracked) for (const table of readTables(sql)) tracked.add(table);
    return query(...args);
  };
  runner.query = ((...args: unknown[]) => {
    if (current.getStore() === gate.holder && gate.holder !== null) return noted(args);
    const sql = typeof args[0] === 'string' ? args[0] : '';
    return enqueue(gate, () => noted(args), { write: !isReadOnlyStatement(sql), transaction: false });
  }) as typeof runner.query;
  // TypeORM's persistence starts a transaction of its own when none is active; outside a unit that
  // would leave BEGIN and its statements to take separate turns. Every write goes through
  // `ds.transaction`, so this is a programming error: say so at once.
  const start = runner.startTransaction.bind(runner);
  runner.startTransaction = ((...args: Parameters<QueryRunner['startTransaction']>) => {
    if (current.getStore() !== gate.holder || gate.holder === null) {
      return Promise.reject(new Error('a transaction was started outside ds.transaction'));
    }
    return start(...args);
  }) as typeof runner.startTransaction;
}

function enqueue<T>(gate: Gate, fn: () => Promise<T>, kind: { write: boolean; transaction: boolean }): Promise<T> {
  const run = gate.tail.then(async () => {
    if (kind.write && gate.broken) {
      throw new AppError('STORAGE', 'common.storageStuck');
    }
    const unit: Unit = { gate, open: true, effects: [], tables: new Set() };
    gate.holder = unit;
    let result: T;
    try {
      result = await current.run(unit, fn);
    } catch (err) {
      unit.open = false;
      await checkAutocommit(gate, unit, kind.write);
      gate.holder = null;
      throw err;
    }
    unit.open = false;
    await checkAutocommit(gate, unit, kind.write);
    // Still holding the connection: the schema's triggers may need reading.
    if (unit.tables.size > 0 && gate.committed.size > 0) unit.effects.push(...(await current.run(unit, () => changedTablesEffects(gate, unit.tables))));
    gate.holder = null;
    if (kind.transaction || unit.effects.length > 0) runEffects(gate, unit.effects);
    return result;
  });
  gate.tail = run.catch(() => undefined);
  return run;
}

function runEffects(gate: Gate, effects: Array<() => void>): void {
  for (const effect of effects) {
    try {
      runDetached(effect);
    } catch (err) {
      gate.log.error('after-commit effect failed', { error: err instanceof Error ? err.message : String(err) });
    }
  }
}

/**
 * After a unit the connection must be in autocommit. TypeORM's own bookkeeping says whether it
 * believes a transaction is open; `BEGIN` then `ROLLBACK` asks SQLite itself (BEGIN fails inside a
 * transaction); a unit that only read is checked by the bookkeeping alone. Either way a stuck
 * connection refuses further writes.
 */
async function checkAutocommit(gate: Gate, unit: Unit, ask: boolean): Promise<void> {
  if (gate.broken || !gate.ds.isInitialized) return;
  const runner = gate.ds.createQueryRunner();
  let fault: string | null = null;
  if (runner.isTransactionActive) fault = 'query runner still marks a transaction active';
  else if (ask) {
    try {
      await current.run(unit, () => runner.query('BEGIN'));
      await current.run(unit, () => runner.query('ROLLBACK'));
    } catch (err) {
      fault = `connection not in autocommit: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  if (fault) {
    gate.broken = fault;
    gate.log.error('connection left inside a transaction; writes refused from now on', { fault });
  }
}

async function changedTablesEffects(gate: Gate, written: Set<string>): Promise<Array<() => void>> {
  let triggers: Map<string, Set<string>>;
  try {
    gate.triggers ??= triggerTargets(gate.ds);
    triggers = await gate.triggers;
  } catch {
    gate.triggers = null;
    triggers = new Map();
  }
  const tables = new Set(written);
  for (const table of written) for (const more of triggers.get(table) ?? []) tables.add(more);
  const list = [...tables].sort();
  return [...gate.committed].map((listener) => () => listener(list));
}

/** For each table, the tables its triggers write, followed through triggers on those in turn. */
async function triggerTargets(ds: DataSource): Promise<Map<string, Set<string>>> {
  const rows = (await ds.query(`SELECT tbl_name AS source, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL`)) as Array<{ source: string; sql: string }>;
  const direct = new Map<string, Set<string>>();
  for (const { source, sql } of rows) {
    const body = sql.slice(sql.search(/\bBEGIN\b/i) + 5);
    const targets = direct.get(source.toLowerCase()) ?? new Set<string>();
    for (const statement of body.split(';')) {
      const target = writtenTable(statement);
      if (target) targets.add(target);
    }
    direct.set(source.toLowerCase(), targets);
  }
  const closed = new Map<string, Set<string>>();
  for (const source of direct.keys()) {
    const seen = new Set<string>();
    const stack = [...(direct.get(source) ?? [])];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (seen.has(t)) continue;
      seen.add(t);
      stack.push(...(direct.get(t) ?? []));
    }
    closed.set(source, seen);
  }
  return closed;
}

import type { Logger } from '../../src/main/context';
import { createCore, type Core } from '../../src/main/core';
import { createTestPlatform } from '../../src/harness/test-platform';
import type { Statement } from './floor';

/**
 * A core on a benchmark data folder, as the harness and tests make one: the test platform and a
 * logger that keeps warnings and errors (printed by the caller) instead of writing a log file.
 * The reminder engine's timer is off: a reminder firing mid-figure would be timed with the figure.
 */
export async function openBenchCore(dataDir: string): Promise<{ core: Core; problems: string[] }> {
  const problems: string[] = [];
  const logger: Logger = {
    info() {},
    warn(message, detail) {
      problems.push(`warn: ${message} ${detail ? JSON.stringify(detail) : ''}`);
    },
    error(message, detail) {
      problems.push(`error: ${message} ${detail ? JSON.stringify(detail) : ''}`);
    },
  };
  const core = await createCore({ dataDir, platform: createTestPlatform('0.0.0-bench'), logger, reminders: false });
  return { core, problems };
}

/** The PIN bench sessions sign in with (a consultant without one sets it at the first sign-in). */
export const BENCH_PIN = '2468';

/** Cancels the core's running SQL statement: TypeORM's sqlite driver holds one sqlite3 connection. */
export function interruptCore(core: Core): void {
  const driver = core.ds.driver as unknown as { databaseConnection?: { interrupt(): void } };
  driver.databaseConnection?.interrupt();
}

type Callback = (...args: unknown[]) => void;
interface DriverConnection {
  all(sql: string, params: unknown, callback: Callback): unknown;
  run(sql: string, params: unknown, callback: Callback): unknown;
}

/**
 * Runs `fn` (usually one or more router.invoke calls) and records every statement the core's own
 * sqlite3 connection executed meanwhile, transaction statements included, in order. This is how a
 * write's floor gets the SQL the service really ran (TypeORM's INSERTs and finds included), which
 * a stand-in DataSource cannot record. Nothing else may use the core while it runs.
 */
export async function captureStatements<T>(core: Core, fn: () => Promise<T>): Promise<{ value: T; statements: Statement[] }> {
  const driver = core.ds.driver as unknown as { databaseConnection?: DriverConnection };
  const conn = driver.databaseConnection;
  if (!conn) throw new Error('the core has no open sqlite3 connection');
  const statements: Statement[] = [];
  const own = { all: Object.prototype.hasOwnProperty.call(conn, 'all'), run: Object.prototype.hasOwnProperty.call(conn, 'run') };
  const original = { all: conn.all, run: conn.run };
  const wrap = (method: 'all' | 'run') =>
    function (this: DriverConnection, sql: string, params: unknown, callback: Callback) {
      statements.push({ sql, params: Array.isArray(params) ? [...(params as unknown[])] : [] });
      return original[method].call(this, sql, params, callback);
    };
  conn.all = wrap('all');
  conn.run = wrap('run');
  try {
    const value = await fn();
    return { value, statements };
  } finally {
    for (const method of ['all', 'run'] as const) {
      if (own[method]) conn[method] = original[method] as never;
      else delete (conn as Partial<DriverConnection>)[method];
    }
  }
}

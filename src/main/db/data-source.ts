import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { createMigrations, defaultResourcesDir } from './migrations';
import { REQUIRED_PRAGMAS, applyAndVerifyPragmas } from './pragmas';
import { installTransactionDiscipline, type TransactionLogger } from './transactions';

export const DATABASE_FILE = 'klinik-bisnis.sqlite';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export interface DatabaseOptions {
  /** Where resources/ (region data and the like) lives; migrations read from it. */
  resourcesDir?: string;
  /** Where the transaction discipline reports a connection left inside a transaction. */
  logger?: TransactionLogger;
  /**
   * Called before pending migrations run on a database that already holds an applied schema (not
   * on a new one), with the names about to run: the core takes a backup there. Throwing stops the
   * open and leaves the database as it was.
   */
  beforeMigrate?: (pending: string[]) => Promise<void>;
}

export function createDataSource(file: string, options: DatabaseOptions = {}): DataSource {
  return new DataSource({
    type: 'sqlite',
    database: file,
    entities,
    migrations: createMigrations(options.resourcesDir ?? defaultResourcesDir()),
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    enableWAL: true,
    busyTimeout: REQUIRED_PRAGMAS.busy_timeout,
    logging: false,
  });
}

export class NewerDatabaseError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(`The database was written by a newer version (${unknownMigrations.join(', ')})`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Opens (creating if needed) the desk's database: pragmas set and verified, migrations applied,
 * and the applied list checked against the code so a newer database is never silently altered.
 */
export async function openDatabase(dataDir: string, options: DatabaseOptions = {}): Promise<DataSource> {
  mkdirSync(dataDir, { recursive: true });
  const ds = createDataSource(databasePath(dataDir), options);
  await ds.initialize();
  try {
    await applyAndVerifyPragmas(ds);
    await assertNoUnknownMigrations(ds);
    if (options.beforeMigrate) {
      const pending = await pendingMigrations(ds);
      if (pending.length > 0) await options.beforeMigrate(pending);
    }
    await ds.runMigrations({ transaction: 'each' });
    // Table statistics let the planner pick the right index (district + sector, tag...); bounded
    // so that opening a large database stays quick.
    await ds.query('PRAGMA analysis_limit = 1000');
    await ds.query('PRAGMA optimize = 0x10002');
    installTransactionDiscipline(ds, options.logger ?? { error: (message, detail) => console.error(message, detail) });
    return ds;
  } catch (err) {
    await ds.destroy();
    throw err;
  }
}

/** Migrations not yet applied to a database that has a schema; none for a new, empty file. */
async function pendingMigrations(ds: DataSource): Promise<string[]> {
  const tables: unknown[] = await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`);
  if (tables.length === 0) return [];
  const applied = new Set((await ds.query(`SELECT name FROM migrations`) as Array<{ name: string }>).map((r) => r.name));
  return ds.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}

async function assertNoUnknownMigrations(ds: DataSource): Promise<void> {
  const tables: unknown[] = await ds.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`,
  );
  if (tables.length === 0) return;
  const applied: Array<{ name: string }> = await ds.query(`SELECT name FROM migrations`);
  const known = new Set(ds.migrations.map((m) => m.name));
  const unknown = applied.map((r) => r.name).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
}

/** The newest migration applied, shown in Tentang and written into export manifests. */
export async function schemaVersion(ds: DataSource): Promise<string> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`,
  );
  return rows[0]?.name ?? 'none';
}

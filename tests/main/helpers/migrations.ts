import { rmSync } from 'node:fs';
import { DataSource, type MigrationInterface } from 'typeorm';
import { afterEach } from 'vitest';
import { databasePath } from '../../../src/main/db/data-source';
import { createMigrations, defaultResourcesDir } from '../../../src/main/db/migrations';
import { tempDir } from './core';

type MigrationClass = new () => MigrationInterface;

/**
 * Upgrade tests: a database made by the version before a migration, rows put in with raw SQL as
 * that version wrote them, then the migration itself (and no later one), and the data looked at.
 * Open with `before(Migration)`, insert, then `await db.upgrade()`; the folders go after each test.
 */
export function upgradeTests() {
  const opened: DataSource[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const ds of opened.splice(0)) if (ds.isInitialized) await ds.destroy();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function migrated(dir: string, count: number): Promise<DataSource> {
    const all = createMigrations(defaultResourcesDir()).slice(0, count);
    // The pragmas the app opens with: foreign keys are enforced while migrating, as they are there.
    const ds = new DataSource({ type: 'sqlite', database: databasePath(dir), migrations: all, migrationsTransactionMode: 'each' });
    await ds.initialize();
    opened.push(ds);
    await ds.query('PRAGMA foreign_keys = ON');
    await ds.runMigrations({ transaction: 'each' });
    return ds;
  }

  /** A database at the version before `migration` (the class, or its position in the list for a factory-made one). */
  async function before(migration: MigrationClass | number) {
    const all = createMigrations(defaultResourcesDir());
    const index = typeof migration === 'number' ? migration : all.indexOf(migration as (typeof all)[number]);
    if (index < 0) throw new Error(`not a migration of the list: ${String(migration)}`);
    const dir = tempDir('klinik-upgrade-');
    dirs.push(dir);
    let ds = await migrated(dir, index);
    return {
      dir,
      get ds() {
        return ds;
      },
      query: (sql: string, params: unknown[] = []) => ds.query(sql, params) as Promise<Array<Record<string, unknown>>>,
      /** Runs `migration` and no later one, on a fresh connection; returns it. */
      async upgrade(): Promise<DataSource> {
        await ds.destroy();
        ds = await migrated(dir, index + 1);
        const applied = (await ds.query(`SELECT name FROM migrations ORDER BY timestamp`)) as Array<{ name: string }>;
        if (applied.length !== index + 1) throw new Error(`expected ${index + 1} migrations applied, found ${applied.length}`);
        return ds;
      },
    };
  }

  return { before };
}

/** The schema as SQLite stores it: every table, index and trigger with its SQL, by name. */
export async function schemaOf(ds: DataSource, table?: string): Promise<Array<{ type: string; name: string; tbl_name: string; sql: string | null }>> {
  return ds.query(
    `SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ${table ? 'AND tbl_name = ?' : ''} ORDER BY type, name`,
    table ? [table] : [],
  );
}

/** The names of the indexes (or triggers) on a table, made by a statement (not the automatic ones). */
export async function namesOn(ds: DataSource, type: 'index' | 'trigger', table: string): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT name FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`,
    [type, table],
  );
  return rows.map((r) => r.name);
}

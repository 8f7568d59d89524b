import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { NewerDatabaseError, databasePath, openDatabase, schemaVersion } from '../../src/main/db/data-source';
import { migrations } from '../../src/main/db/migrations';
import { readPragmas } from '../../src/main/db/pragmas';
import { tempDir } from './helpers/core';

/** Runs one statement on a raw sqlite3 connection (no TypeORM, no pragmas of ours) and closes it. */
function raw<T = Record<string, unknown>>(file: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (openErr) => {
      if (openErr) return reject(openErr);
      db.all(sql, params, (err, rows) => {
        db.close((closeErr) => (err ?? closeErr ? reject(err ?? closeErr) : resolve(rows as T[])));
      });
    });
  });
}

async function userTables(ds: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  return rows.map((r) => r.name);
}

const dirs: string[] = [];
const open: DataSource[] = [];
function freshDir(): string {
  const dir = tempDir('klinik-migrations-');
  dirs.push(dir);
  return dir;
}
async function openTracked(dir: string): Promise<DataSource> {
  const ds = await openDatabase(dir);
  open.push(ds);
  return ds;
}
async function close(ds: DataSource): Promise<void> {
  if (ds.isInitialized) await ds.destroy();
}

afterEach(async () => {
  for (const ds of open.splice(0)) await close(ds);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('gives a fresh database every table, one migrations row per migration and exactly one office_profile row', async () => {
    const ds = await openTracked(freshDir());
    expect(await userTables(ds)).toEqual(expect.arrayContaining(['audit_log', 'consultant', 'migrations', 'office_profile']));
    const applied: Array<{ name: string }> = await ds.query(`SELECT name FROM migrations ORDER BY timestamp`);
    expect(applied.map((r) => r.name)).toEqual(migrations.map((M) => new M().name));
    expect(await ds.query(`SELECT time_zone, language, office_name FROM office_profile`)).toEqual([
      { time_zone: 'Asia/Makassar', language: 'id', office_name: null },
    ]);
    expect(await schemaVersion(ds)).toBe(new migrations[migrations.length - 1]!().name);
  });

  it('creates the unique NIP index, so two live consultants cannot share a NIP even below the service', async () => {
    const ds = await openTracked(freshDir());
    const insert = (id: string) =>
      ds.query(
        `INSERT INTO consultant (id, name, nip, active, created_at, updated_at) VALUES (?, 'A', '198503152010012003', 1, 'x', 'x')`,
        [id],
      );
    await insert('00000000-0000-4000-8000-000000000001');
    await expect(insert('00000000-0000-4000-8000-000000000002')).rejects.toThrow(/UNIQUE/);
  });

  it('is a no-op when the same folder is opened again: same migrations rows, office row unchanged', async () => {
    const dir = freshDir();
    const first = await openDatabase(dir);
    const migrationsBefore = await first.query(`SELECT * FROM migrations ORDER BY id`);
    const officeBefore = await first.query(`SELECT * FROM office_profile`);
    const tablesBefore = await userTables(first);
    await first.destroy();

    const second = await openTracked(dir);
    expect(await second.query(`SELECT * FROM migrations ORDER BY id`)).toEqual(migrationsBefore);
    expect(await second.query(`SELECT * FROM office_profile`)).toEqual(officeBefore);
    expect(await userTables(second)).toEqual(tablesBefore);
    expect(officeBefore).toHaveLength(1);
  });

  it('runs with WAL, foreign keys on, synchronous FULL and a 5 s busy timeout after open', async () => {
    const ds = await openTracked(freshDir());
    const readings = await readPragmas(ds);
    expect(readings).toEqual({ journal_mode: 'wal', foreign_keys: 1, synchronous: 2, busy_timeout: 5000 });
  });

  it('leaves the file itself in WAL mode, as seen by a raw sqlite3 connection and the file header', async () => {
    const dir = freshDir();
    const ds = await openDatabase(dir);
    await ds.destroy();
    const file = databasePath(dir);
    expect(await raw(file, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    // Bytes 18 and 19 of the header are the read and write format versions: 2 means WAL.
    const header = readFileSync(file).subarray(0, 100);
    expect(header.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect([header[18], header[19]]).toEqual([2, 2]);
  });

  it('enforces foreign keys on the connection it opens', async () => {
    const ds = await openTracked(freshDir());
    await ds.query(`CREATE TABLE fk_parent (id TEXT PRIMARY KEY)`);
    await ds.query(`CREATE TABLE fk_child (parent_id TEXT NOT NULL REFERENCES fk_parent(id))`);
    await expect(ds.query(`INSERT INTO fk_child (parent_id) VALUES ('missing')`)).rejects.toThrow(/FOREIGN KEY/);
  });

  it('refuses a database that records an unknown, newer migration with NewerDatabaseError and leaves it unchanged', async () => {
    const dir = freshDir();
    const ds = await openDatabase(dir);
    await ds.destroy();
    const file = databasePath(dir);
    const future = 'AddBusinesses9999999999999';
    await raw(file, `INSERT INTO migrations (timestamp, name) VALUES (?, ?)`, [9_999_999_999_999, future]);

    const snapshot = async () => ({
      schema: await raw(file, `SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`),
      migrations: await raw(file, `SELECT * FROM migrations ORDER BY id`),
      office: await raw(file, `SELECT * FROM office_profile`),
    });
    const before = await snapshot();
    const bytesBefore = createHash('sha256').update(readFileSync(file)).digest('hex');

    const err = await openDatabase(dir).then(
      (opened) => {
        open.push(opened);
        return null;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NewerDatabaseError);
    expect((err as NewerDatabaseError).unknownMigrations).toEqual([future]);

    expect(await snapshot()).toEqual(before);
    expect(before.migrations).toHaveLength(migrations.length + 1);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(bytesBefore);
    // The refused connection was closed: nothing holds the WAL open.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

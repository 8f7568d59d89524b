import { open } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import type { BackupCounts } from '../../../shared/contract/backups';

/**
 * SQLite files handled beside the core's own connection: the online backup, and the checks of a
 * backup (its own or one chosen for a restore) on a connection of their own, so that nothing here
 * waits for, or enters, a transaction of the running app. File-level work on whole database files
 * (copying pages, checking a file's integrity and schema) rather than the app's data, so its SQL
 * stays here beside the raw connection instead of in backup.queries.ts.
 */

interface OnlineBackup {
  step(pages: number, callback: (err: Error | null, done?: boolean) => void): OnlineBackup;
  finish(callback?: (err: Error | null) => void): OnlineBackup;
}

/** node-sqlite3 ships no typings for its Backup class (`Database#backup`). */
type DatabaseWithBackup = sqlite3.Database & {
  backup(filename: string, callback: (err: Error | null) => void): OnlineBackup;
};

export function openSqlite(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => {
      if (err) return reject(err);
      // The app's own connection may be checkpointing: wait as it does, never fail at once.
      db.configure('busyTimeout', 5000);
      resolve(db);
    });
  });
}

export function all<T = Record<string, unknown>>(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
}

export function closeSqlite(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
}

async function withSqlite<T>(file: string, mode: number, fn: (db: sqlite3.Database) => Promise<T>): Promise<T> {
  const db = await openSqlite(file, mode);
  try {
    return await fn(db);
  } finally {
    await closeSqlite(db).catch(() => undefined);
  }
}

/**
 * Copies the database at `source` into the new file `target` with SQLite's online backup API, on a
 * read-only connection of its own. All pages are copied in one step, inside one read transaction:
 * the copy is the last committed state, whatever the app writes meanwhile (in WAL mode the writer
 * does not wait for it).
 */
export async function snapshot(source: string, target: string): Promise<void> {
  await withSqlite(source, sqlite3.OPEN_READONLY, async (db) => {
    await new Promise<void>((resolve, reject) => {
      const backup = (db as DatabaseWithBackup).backup(target, (initErr) => {
        if (initErr) return reject(initErr);
        backup.step(-1, (err, done) => {
          if (err) return reject(err);
          if (!done) return reject(new Error('online backup stopped before the last page'));
          backup.finish((finishErr) => (finishErr ? reject(finishErr) : resolve()));
        });
      });
    });
  });
}

/**
 * A copy of a WAL database still says WAL in its header, so every connection to it (even a
 * read-only one) would make `-wal` and `-shm` files beside it. The copy is switched to a plain
 * rollback journal: a backup is one self-contained file.
 */
export async function makeSelfContained(file: string): Promise<void> {
  await withSqlite(file, sqlite3.OPEN_READWRITE, async (db) => {
    await all(db, 'PRAGMA journal_mode = DELETE');
  });
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the file starts like an SQLite database. */
export async function hasSqliteHeader(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEADER.length);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return bytesRead === HEADER.length && buf.equals(HEADER);
  } finally {
    await fh.close();
  }
}

/** The tables whose not-deleted records a backup's counts show. */
const COUNTED: Record<keyof BackupCounts, string> = {
  businesses: 'business',
  consultations: 'consultation',
  followUps: 'follow_up',
  trainings: 'training',
  participants: 'training_participant',
};

export interface Inspection {
  /** `ok`, or the first problem `PRAGMA integrity_check` reports. */
  integrity: string;
  /** The applied migrations, oldest first; null when the file has no migrations table. */
  migrations: string[] | null;
  counts: BackupCounts;
}

/** Checks a database file on a read-only connection of its own: integrity, migrations, counts. */
export async function inspect(file: string): Promise<Inspection> {
  return withSqlite(file, sqlite3.OPEN_READONLY, async (db) => {
    const check = await all<{ integrity_check: string }>(db, 'PRAGMA integrity_check');
    const integrity = check.length === 1 ? String(check[0]!.integrity_check) : check.map((r) => r.integrity_check).join('; ');
    const counts: BackupCounts = { businesses: 0, consultations: 0, followUps: 0, trainings: 0, participants: 0 };
    if (integrity !== 'ok') return { integrity, migrations: null, counts };
    const tables = new Set((await all<{ name: string }>(db, `SELECT name FROM sqlite_master WHERE type = 'table'`)).map((r) => r.name));
    for (const [key, table] of Object.entries(COUNTED) as Array<[keyof BackupCounts, string]>) {
      if (!tables.has(table)) continue;
      const rows = await all<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table} WHERE deleted_at IS NULL`);
      counts[key] = Number(rows[0]?.n ?? 0);
    }
    const migrations = tables.has('migrations')
      ? (await all<{ name: string }>(db, 'SELECT name FROM migrations ORDER BY timestamp, id')).map((r) => r.name)
      : null;
    return { integrity, migrations, counts };
  });
}

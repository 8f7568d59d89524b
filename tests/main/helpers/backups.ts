import { existsSync, readdirSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { migrations } from '../../../src/main/db/migrations';
import type { Desk } from './business';

/** Runs one statement on a raw sqlite3 connection of its own (read-only unless told) and closes it. */
export function raw<T = Record<string, unknown>>(file: string, sql: string, params: unknown[] = [], writable = false): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, writable ? sqlite3.OPEN_READWRITE : sqlite3.OPEN_READONLY, (openErr) => {
      if (openErr) return reject(openErr);
      db.all(sql, params, (err, rows) => {
        db.close((closeErr) => (err ?? closeErr ? reject(err ?? closeErr) : resolve(rows as T[])));
      });
    });
  });
}

/**
 * Makes a database file one version older, whatever the newest migration is: that migration's
 * own `down()` undoes it and its row goes, as TypeORM's undo does.
 */
export async function undoNewestMigration(file: string): Promise<void> {
  const ds = new DataSource({ type: 'sqlite', database: file, migrations, migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    await ds.undoLastMigration({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

/** The files in a folder, sorted; none when it does not exist. */
export const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Every business row (live or deleted), to compare the data before and after. */
export async function businessRows(desk: Desk): Promise<unknown[]> {
  return desk.t.core.ds.query(`SELECT * FROM business ORDER BY id`);
}

/** What a refused restore or setting must leave as it was: data, audit log, backups on disk. */
export async function everything(desk: Desk): Promise<{ business: unknown[]; audit: number; backups: string[] }> {
  const [{ n }] = (await desk.t.core.ds.query(`SELECT count(*) AS n FROM audit_log`)) as [{ n: number }];
  return { business: await businessRows(desk), audit: n, backups: filesIn(desk.t.core.services.backups.folder) };
}

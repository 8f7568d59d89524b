import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrations';
import { BackupSettings1765353600000 } from '../../src/main/db/migrations/1765353600000-backup-settings';
import type { EventName } from '../../src/shared/events';
import { distinctProfile, openDesk, profile, type Desk } from './helpers/business';
import { businessRows as businessRowsOf, everything, filesIn, raw, undoNewestMigration } from './helpers/backups';
import { tempDir } from './helpers/core';

const LATEST = new migrations[migrations.length - 1]!().name;
const PREVIOUS = new migrations[migrations.length - 2]!().name;

let desks: Desk[] = [];
let dirs: string[] = [];
afterEach(async () => {
  for (const d of desks) await d.t.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  desks = [];
  dirs = [];
});

async function desk(): Promise<Desk> {
  const d = await openDesk();
  desks.push(d);
  return d;
}

function folder(): string {
  const dir = tempDir('klinik-backups-');
  dirs.push(dir);
  return dir;
}

const backupFile = (d: Desk, id: string) => join(d.t.core.services.backups.folder, `${id}.sqlite`);

describe('backups:create', () => {
  it('writes a checked, self-contained backup named by date and reason, with the counts of not-deleted records and the schema version', async () => {
    const d = await desk();
    const a = await d.create(profile());
    const b = await d.create(distinctProfile(1), [a.id]);
    await d.call('businesses:delete', { id: b.id });
    const item = await d.call('backups:create');
    expect(item.id).toMatch(/^klinik-bisnis-2026-06-15T\d{6}Z-manual$/);
    expect(item).toMatchObject({ reason: 'manual', schemaVersion: LATEST, secondCopy: false, tiers: ['daily', 'weekly', 'monthly'] });
    expect(item.counts).toEqual({ businesses: 1, consultations: 0, followUps: 0, trainings: 0, participants: 0 });
    const file = backupFile(d, item.id);
    expect(readFileSync(file).length).toBe(item.sizeBytes);
    expect(await raw(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // One file: no WAL that a copy to a stick could leave behind.
    expect(await raw(file, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'delete' }]);
    expect(filesIn(d.t.core.services.backups.folder)).toEqual([`${item.id}.json`, `${item.id}.sqlite`]);
    expect(await raw(file, `SELECT name FROM business WHERE deleted_at IS NULL`)).toEqual([{ name: 'Kue Bu Sri' }]);
  });

  it('lists backups newest first', async () => {
    const d = await desk();
    const first = await d.call('backups:create');
    const second = await d.call('backups:create');
    const { items } = await d.call('backups:list');
    // The rotation keeps the newest of the day; the older one has gone.
    expect(items.map((i) => i.id)).toEqual([second.id]);
    expect(second.createdAt > first.createdAt).toBe(true);
  });

  it('takes a consistent snapshot while writes go on: whole pairs only, and every pair acknowledged before it began', async () => {
    const d = await desk();
    const ds = d.t.core.ds;
    let acked = 0;
    let stop = false;
    // Each transaction writes a pair of rows, yielding between them so a copy could fall in between.
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        await ds.transaction(async (m) => {
          for (let half = 0; half < 2; half++) {
            await m.query(`INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, changes) VALUES (?, ?, NULL, 'pair-test', 'pair', ?, ?)`, [
              randomUUID(),
              new Date().toISOString(),
              `pair-${i}`,
              'x'.repeat(2000),
            ]);
            await new Promise((r) => setImmediate(r));
          }
        });
        acked = i + 1;
      }
    })();
    let grewDuringBackup = 0;
    try {
      for (let k = 0; k < 5; k++) {
        await new Promise((r) => setTimeout(r, 20));
        const before = acked;
        const item = await d.call('backups:create');
        if (acked > before) grewDuringBackup++;
        const file = backupFile(d, item.id);
        expect(await raw(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        expect(await raw(file, `SELECT entity_id, count(*) AS n FROM audit_log WHERE action = 'pair-test' GROUP BY entity_id HAVING n <> 2`)).toEqual([]);
        const [{ pairs }] = (await raw<{ pairs: number }>(file, `SELECT count(DISTINCT entity_id) AS pairs FROM audit_log WHERE action = 'pair-test'`)) as [{ pairs: number }];
        expect(pairs).toBeGreaterThanOrEqual(before);
      }
    } finally {
      stop = true;
      await writer;
    }
    expect(grewDuringBackup).toBeGreaterThan(0);
  }, 60_000);
});

describe('backups:restore', () => {
  it('gives back exactly the records of the backup, under the same DataSource, with an audit entry and a safety backup', async () => {
    const d = await desk();
    const events: EventName[] = [];
    const changed: string[][] = [];
    d.t.core.events.subscribe((name, payload) => {
      events.push(name);
      if (name === 'data:changed') changed.push((payload as { tables: string[] }).tables);
    });
    const a = await d.create(profile());
    const b = await d.create(distinctProfile(1), [a.id]);
    const backedUp = await everything(d);
    const backup = await d.call('backups:create');
    const c = await d.create(distinctProfile(2), [a.id, b.id]);
    await d.call('businesses:delete', { id: a.id });
    const ds = d.t.core.ds;
    const changedBefore = changed.length;

    const result = await d.call('backups:restore', { id: backup.id });
    expect(result.restored).toMatchObject({ id: backup.id, counts: { businesses: 2 } });
    expect(result.safety).toMatchObject({ reason: 'restore', counts: { businesses: 2 } });
    expect(d.t.core.ds).toBe(ds);
    expect((await everything(d)).business).toEqual(backedUp.business);
    // The services work on the reopened connection.
    expect(await d.total()).toBe(2);
    await d.create(distinctProfile(3), [a.id, b.id, c.id]);
    expect(await d.total()).toBe(3);
    const audit = await d.call('audit:list', { limit: 20 });
    expect(audit.find((e) => e.action === 'restore_backup')).toMatchObject({ entity: 'backup' });
    expect(events).toEqual(expect.arrayContaining(['settings:changed', 'session:changed']));
    // Every table may differ: the screens hear it through the one freshness event.
    expect(changed.slice(changedBefore).some((tables) => ['business', 'consultation', 'follow_up', 'office_profile'].every((t) => tables.includes(t)))).toBe(true);
    expect(await ds.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await ds.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);

    // The safety backup undoes the restore.
    await d.call('backups:restore', { id: result.safety.id });
    const ids = ((await ds.query(`SELECT id FROM business WHERE deleted_at IS NULL ORDER BY id`)) as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toEqual([b.id, c.id].sort());
  }, 60_000);

  it('loses no acknowledged write to a restore: each one is in the safety backup or in the restored database after it', async () => {
    const d = await desk();
    const ds = d.t.core.ds;
    const backup = await d.call('backups:create');
    // Restored from a copy: the first restore's safety backup takes the backup's place in the rotation.
    const aside = join(folder(), `${backup.id}.sqlite`);
    copyFileSync(backupFile(d, backup.id), aside);
    const acked: string[] = [];
    let stop = false;
    const writer = (async () => {
      while (!stop) {
        const id = randomUUID();
        await ds.transaction((m) =>
          m.query(`INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, changes) VALUES (?, ?, NULL, 'race-test', 'race', NULL, NULL)`, [id, new Date().toISOString()]),
        );
        acked.push(id);
      }
    })();
    const kept = new Set<string>();
    try {
      for (let k = 0; k < 3; k++) {
        await new Promise((r) => setTimeout(r, 30));
        d.t.platform.dialogAnswers.push(aside);
        const { safety } = (await d.call('backups:restoreFile'))!;
        // Read at once: the next restore's safety backup replaces it in the rotation of the day.
        for (const r of await raw<{ id: string }>(backupFile(d, safety.id), `SELECT id FROM audit_log WHERE action = 'race-test'`)) kept.add(r.id);
      }
    } finally {
      stop = true;
      await writer;
    }
    for (const r of (await ds.query(`SELECT id FROM audit_log WHERE action = 'race-test'`)) as Array<{ id: string }>) kept.add(r.id);
    expect(acked.length).toBeGreaterThan(10);
    expect(acked.filter((id) => !kept.has(id))).toEqual([]);
  }, 60_000);

  it('upgrades a backup made before the newest migration, keeping its records', async () => {
    const d = await desk();
    await d.create(profile());
    const backup = await d.call('backups:create');
    const older = join(folder(), 'lama.sqlite');
    copyFileSync(backupFile(d, backup.id), older);
    await undoNewestMigration(older);
    d.t.platform.dialogAnswers.push(older);
    const result = await d.call('backups:restoreFile');
    expect(result?.restored.schemaVersion).toBe(PREVIOUS);
    expect((await d.call('system:info')).schemaVersion).toBe(LATEST);
    expect(await d.t.core.ds.query(`SELECT name FROM migrations WHERE name = ?`, [LATEST])).toEqual([{ name: LATEST }]);
    expect(await d.total()).toBe(1);
  }, 60_000);

  it('puts the database back as it was when the restored file cannot be brought up to date', async () => {
    const d = await desk();
    const a = await d.create(profile());
    const backup = await d.call('backups:create');
    await d.create(distinctProfile(1), [a.id]);
    // Valid and known, but its pending migration fails: the table it creates is already there.
    const broken = join(folder(), 'setengah.sqlite');
    copyFileSync(backupFile(d, backup.id), broken);
    await raw(broken, `DELETE FROM migrations WHERE name = ?`, [new BackupSettings1765353600000().name], true);
    const before = await businessRowsOf(d);
    const ds = d.t.core.ds;
    d.t.platform.dialogAnswers.push(broken);
    const err = await d.fail('backups:restoreFile');
    expect(err.code).toBe('STORAGE');
    expect(err.message).toMatch(/dikembalikan seperti sebelum pemulihan/);
    expect(d.t.core.ds).toBe(ds);
    expect(await businessRowsOf(d)).toEqual(before);
    expect((await d.call('system:info')).schemaVersion).toBe(LATEST);
    expect(await d.total()).toBe(2);
  }, 60_000);

  it('answers null and changes nothing when the file dialog is cancelled', async () => {
    const d = await desk();
    const before = await everything(d);
    d.t.platform.dialogAnswers.push(null);
    expect(await d.call('backups:restoreFile')).toBeNull();
    expect(await everything(d)).toEqual(before);
  });
});

describe('refused restores change nothing', () => {
  /** A desk with one backup of two businesses, then a third business written after it. */
  async function deskWithBackup() {
    const d = await desk();
    const a = await d.create(profile());
    const b = await d.create(distinctProfile(1), [a.id]);
    const backup = await d.call('backups:create');
    await d.create(distinctProfile(2), [a.id, b.id]);
    return { d, backup, file: backupFile(d, backup.id) };
  }

  async function expectRefused(d: Desk, call: () => Promise<{ code: string; message: string }>, message: RegExp) {
    const before = await everything(d);
    const err = await call();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/Data di meja ini tidak berubah/);
    expect(await everything(d)).toEqual(before);
    expect(await d.total()).toBe(3);
    expect(existsSync(`${join(d.t.dataDir, 'klinik-bisnis.sqlite')}.restore.partial`)).toBe(false);
  }

  it('refuses a truncated backup of this desk', async () => {
    const { d, backup, file } = await deskWithBackup();
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    await expectRefused(d, () => d.fail('backups:restore', { id: backup.id }), /rusak, terpotong atau telah diubah/);
  });

  it('refuses a backup altered after it was made, even when SQLite still finds it sound', async () => {
    const { d, backup, file } = await deskWithBackup();
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('Kue Bu Sri'));
    expect(at).toBeGreaterThan(0);
    bytes.write('Kue Bu Tri', at, 'latin1');
    writeFileSync(file, bytes);
    expect(await raw(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    await expectRefused(d, () => d.fail('backups:restore', { id: backup.id }), /rusak, terpotong atau telah diubah/);
  });

  it('refuses a truncated file chosen from elsewhere (no sidecar): the integrity check catches it', async () => {
    const { d, file } = await deskWithBackup();
    const copy = join(folder(), 'cadangan.sqlite');
    copyFileSync(file, copy);
    truncateSync(copy, Math.floor(readFileSync(copy).length * 0.6));
    d.t.platform.dialogAnswers.push(copy);
    await expectRefused(d, () => d.fail('backups:restoreFile'), /rusak, terpotong atau telah diubah/);
  });

  it('refuses a file that is not a database', async () => {
    const { d } = await deskWithBackup();
    const text = join(folder(), 'catatan.sqlite');
    writeFileSync(text, 'Ini bukan basis data, hanya catatan rapat.\n'.repeat(200));
    d.t.platform.dialogAnswers.push(text);
    await expectRefused(d, () => d.fail('backups:restoreFile'), /bukan basis data SQLite/);
  });

  it('refuses a database that is not a Klinik Bisnis backup', async () => {
    const { d } = await deskWithBackup();
    const other = join(folder(), 'lain.sqlite');
    await new Promise<void>((resolve, reject) => {
      const db = new sqlite3.Database(other, (err) => {
        if (err) return reject(err);
        db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);', (e) => db.close(() => (e ? reject(e) : resolve())));
      });
    });
    d.t.platform.dialogAnswers.push(other);
    await expectRefused(d, () => d.fail('backups:restoreFile'), /bukan cadangan Klinik Bisnis/);
  });

  it('refuses a backup from a newer version of the app (a migration this code does not know)', async () => {
    const { d, file } = await deskWithBackup();
    const newer = join(folder(), 'lebih-baru.sqlite');
    copyFileSync(file, newer);
    await raw(newer, `INSERT INTO migrations (timestamp, name) VALUES (9999999999999, 'FromTheFuture9999999999999')`, [], true);
    d.t.platform.dialogAnswers.push(newer);
    await expectRefused(d, () => d.fail('backups:restoreFile'), /dari versi aplikasi yang lebih baru/);
  });

  it('answers NOT_FOUND for an id that is no backup', async () => {
    const { d } = await deskWithBackup();
    for (const id of ['../klinik-bisnis', 'klinik-bisnis-2020-01-01T000000Z-manual']) {
      const err = await d.fail('backups:restore', { id });
      expect(err.code).toBe('NOT_FOUND');
    }
  });
});

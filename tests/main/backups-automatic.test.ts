import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { databasePath } from '../../src/main/db/data-source';
import { migrations } from '../../src/main/db/migrations';
import type { BackupItem } from '../../src/shared/contract';
import { distinctProfile, openDesk, profile, steppingClock } from './helpers/business';
import { filesIn, raw, undoNewestMigration } from './helpers/backups';
import { freshDataDir, makeCore, setUpDesk, tempDir, type TestCore } from './helpers/core';
import { exportTo } from './helpers/transfer';

const LATEST = new migrations[migrations.length - 1]!().name;
const PREVIOUS = new migrations[migrations.length - 2]!().name;
const PASSWORD = 'Rahasia-Kaltim-1';

let dirs: string[] = [];
let cores: TestCore[] = [];
afterEach(async () => {
  for (const c of cores) await c.core.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  cores = [];
  dirs = [];
});

function track(dir: string): string {
  dirs.push(dir);
  return dir;
}

/** A core with automatic backups on, on `dataDir`, its clock fixed at `iso`. */
async function start(dataDir: string, iso: string): Promise<TestCore> {
  const t = await makeCore({ dataDir, clock: steppingClock(iso), backups: true });
  cores.push(t);
  return t;
}

async function stop(t: TestCore): Promise<void> {
  await t.core.close();
  cores = cores.filter((c) => c !== t);
}

/** Lets pending I/O callbacks run (timers are faked; setImmediate is not). */
const settle = () => new Promise((r) => setImmediate(r));

const backupsOf = (dataDir: string) => filesIn(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'));

/** The backups the core keeps, read through its service: a desk just started has nobody on duty (and the router answers nobody then). */
async function list(t: TestCore): Promise<BackupItem[]> {
  return t.core.services.backups.list();
}

describe('automatic backups', () => {
  it('takes today’s backup at start when there is none, not a second one the same day, one at close, and the next day’s at the next start', async () => {
    const dataDir = track(await freshDataDir());
    let t = await start(dataDir, '2026-06-15T01:00:00Z'); // 09:00 WITA
    expect((await list(t)).map((i) => i.reason)).toEqual(['daily']);
    await stop(t);
    // Closing took one more; it is the newest of the day, so it stands for the day.
    expect(backupsOf(dataDir)).toEqual([expect.stringMatching(/^klinik-bisnis-2026-06-15T01\d{4}Z-close\.sqlite$/)]);

    t = await start(dataDir, '2026-06-15T08:00:00Z'); // 16:00 WITA, same office day
    expect((await list(t)).map((i) => i.reason)).toEqual(['close']);
    await stop(t);

    t = await start(dataDir, '2026-06-15T16:30:00Z'); // 00:30 WITA on 16 June (still the 15th in UTC)
    expect((await list(t)).map((i) => i.reason)).toEqual(['daily', 'close']);
  }, 60_000);

  it('takes the next day’s backup by timer, a few minutes into the office’s new day, while the app stays open', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let now = Date.parse('2026-06-15T01:00:00Z'); // 09:00 WITA
      const t = await makeCore({ clock: () => new Date(now), backups: true });
      cores.push(t);
      dirs.push(t.dataDir);
      expect((await list(t)).map((i) => i.createdAt)).toEqual(['2026-06-15T01:00:00.000Z']);
      // 00:05 WITA on 16 June is 16:05 UTC on the 15th: 15 h 5 min from now.
      now = Date.parse('2026-06-15T16:05:00Z');
      vi.advanceTimersByTime(15 * 3_600_000 + 5 * 60_000 - 1_000);
      await settle();
      expect(await list(t)).toHaveLength(1);
      vi.advanceTimersByTime(1_000);
      for (let i = 0; i < 500 && (await list(t)).length < 2; i++) await settle();
      expect((await list(t)).map((i) => [i.reason, i.createdAt])).toEqual([
        ['daily', '2026-06-15T16:05:00.000Z'],
        ['daily', '2026-06-15T01:00:00.000Z'],
      ]);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);

  it('announces each backup it takes, on its own or on demand, so the screens look again', async () => {
    const dataDir = track(await freshDataDir());
    const t = await start(dataDir, '2026-06-15T01:00:00Z');
    const seen: Array<string | null> = [];
    t.core.events.subscribe((name, payload) => {
      if (name === 'backups:changed') seen.push((payload as { lastGoodAt: string | null }).lastGoodAt);
    });
    await setUpDesk(t.core);
    const res = await t.core.router.invoke('backups:create', undefined);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(seen).toContain((res.value as BackupItem).createdAt);
  }, 60_000);

  it('takes no backup at all when automatic backups are off (tests of other things)', async () => {
    const t = await makeCore({ clock: steppingClock('2026-06-15T01:00:00Z') });
    cores.push(t);
    await setUpDesk(t.core);
    expect(await list(t)).toEqual([]);
    await stop(t);
    expect(backupsOf(t.dataDir)).toEqual([]);
    rmSync(t.dataDir, { recursive: true, force: true });
  });
});

describe('backup before migrations', () => {
  it('backs up a database about to be upgraded, as it was before the upgrade', async () => {
    const dataDir = track(await freshDataDir());
    // A database of the previous version: the newest migration not yet applied.
    await undoNewestMigration(databasePath(dataDir));
    const t = await makeCore({ dataDir, clock: steppingClock('2026-06-15T01:00:00Z') });
    cores.push(t);
    const items = await list(t);
    expect(items.map((i) => [i.reason, i.schemaVersion])).toEqual([['migration', PREVIOUS]]);
    const file = join(dataDir, 'backups', `${items[0]!.id}.sqlite`);
    expect(await raw(file, `SELECT name FROM migrations WHERE name = ?`, [LATEST])).toEqual([]);
    expect(await raw(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // The upgrade itself: the newest migration applied, and the data before it kept.
    expect(await t.core.ds.query(`SELECT name FROM migrations WHERE name = ?`, [LATEST])).toEqual([{ name: LATEST }]);
    expect(await t.core.ds.query(`SELECT count(*) AS n FROM office_profile`)).toEqual([{ n: 1 }]);
    expect((await t.core.services.backups.status()).lastGoodAt).not.toBeUndefined();
  }, 60_000);

  it('takes none for a new database, nor for one already up to date', async () => {
    const empty = track(tempDir('klinik-new-'));
    const t = await makeCore({ dataDir: empty });
    cores.push(t);
    expect(await list(t)).toEqual([]);
    const current = track(await freshDataDir());
    const u = await makeCore({ dataDir: current });
    cores.push(u);
    expect(await list(u)).toEqual([]);
  }, 60_000);
});

describe('backup before an import', () => {
  it('backs up the desk just before an import is applied', async () => {
    const a = await openDesk();
    const b = await openDesk({ clock: steppingClock('2026-06-16T02:00:00Z') });
    cores.push(a.t, b.t);
    dirs.push(a.t.dataDir, b.t.dataDir);
    await a.t.core.ds.query(`UPDATE office_profile SET desk_code = 'BPN1'`);
    const sri = await a.create(profile());
    await a.create(distinctProfile(1), [sri.id]);
    const out = track(tempDir('klinik-export-'));
    const res = await exportTo(a, out, { contents: ['package'], personalData: 'full', personalDataReason: 'Pindah meja', password: PASSWORD });
    const pkg = res.files.find((f) => f.name.endsWith('.zip') || f.name.endsWith('.klb'))!;
    const preview = await b.call('transfer:previewImport', { jobId: randomUUID(), path: join(res.folder!, pkg.name), password: PASSWORD });
    expect(await list(b.t)).toEqual([]);
    await b.call('transfer:applyImport', { jobId: randomUUID(), previewId: preview.previewId });
    const items = await list(b.t);
    expect(items.map((i) => i.reason)).toEqual(['import']);
    // Taken before: it holds the desk without the imported profiles.
    expect(items[0]!.counts.businesses).toBe(0);
    expect(await b.total()).toBe(2);
  }, 60_000);
});


import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/contract';

const dataDir = mkdtempSync(join(tmpdir(), 'klinik-bundle-'));
const failDir = mkdtempSync(join(tmpdir(), 'klinik-bundle-fail-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(failDir, { recursive: true, force: true });
});

/** Runs the built bundle on a data folder where it cannot start; answers its exit code and dialogs. */
function startFailing(dir: string): { exitCode: number; errorBoxes: Array<{ title: string; detail: string }> } {
  const res = spawnSync(process.execPath, ['tests/build/load-main-bundle.cjs', dir], { encoding: 'utf8', timeout: 30_000 });
  const line = res.stdout.trim().split('\n').pop() ?? '{}';
  expect(res.status, `stdout: ${res.stdout}\nstderr: ${res.stderr}`).toBe(1);
  return JSON.parse(line) as { exitCode: number; errorBoxes: Array<{ title: string; detail: string }> };
}

/** A database with one applied migration this version does not know: written by a newer version. */
async function newerDatabase(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const sqlite3 = (await import('sqlite3')).default;
  await new Promise<void>((resolve, reject) => {
    const db = new sqlite3.Database(join(dir, 'klinik-bisnis.sqlite'), (err) => {
      if (err) return reject(err);
      db.exec(
        `CREATE TABLE migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp bigint NOT NULL, name varchar NOT NULL);
         INSERT INTO migrations (timestamp, name) VALUES (9999999999999, 'FromTheFuture9999999999999');`,
        (e) => db.close(() => (e ? reject(e) : resolve())),
      );
    });
  });
}

describe('the built main bundle', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync('out/main/index.js')).toBe(true);
    expect(existsSync('out/preload/index.js')).toBe(true);
    expect(existsSync('out/renderer/index.html')).toBe(true);
  });

  it('loads under Node with electron stubbed, opens the database and answers every channel', () => {
    const out = execFileSync(process.execPath, ['tests/build/load-main-bundle.cjs', dataDir], { encoding: 'utf8', timeout: 30_000 });
    const seen = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      channels: string[];
      webPreferences: Record<string, unknown>;
      url: string;
      fromApp: { ok: boolean; value?: unknown };
      fromStranger: { ok: boolean; error?: { code: string } };
    };
    expect([...seen.channels].sort()).toEqual([...CHANNELS].sort());
    expect(seen.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(seen.url).toMatch(/^file:\/\/.*out\/renderer\/index\.html$/);
    // The Electron shell asks the core which tables each call read, for the renderer's cache.
    expect(seen.fromApp).toEqual({ ok: true, value: { consultant: null, needsSetup: true, locked: true, freshUntil: null }, reads: expect.any(Array) });
    expect(seen.fromStranger.ok).toBe(false);
    expect(seen.fromStranger.error?.code).toBe('UNKNOWN_CHANNEL');
    expect(existsSync(join(dataDir, 'klinik-bisnis.sqlite'))).toBe(true);
  });

  it('shows the start-up error dialog and quits when the data folder cannot be opened', () => {
    const notAFolder = join(failDir, 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const seen = startFailing(notAFolder);
    expect(seen.exitCode).toBe(1);
    expect(seen.errorBoxes).toEqual([
      { title: 'Klinik Bisnis tidak dapat dimulai', detail: `Basis data di ${notAFolder} tidak dapat dibuka. Data tidak diubah.` },
    ]);
  });

  it('shows the start-up error dialog and quits on a database written by a newer version', async () => {
    const dir = join(failDir, 'newer');
    await newerDatabase(dir);
    const seen = startFailing(dir);
    expect(seen.exitCode).toBe(1);
    expect(seen.errorBoxes).toEqual([
      {
        title: 'Klinik Bisnis tidak dapat dimulai',
        detail: 'Basis data ini dibuat oleh versi Klinik Bisnis yang lebih baru. Perbarui aplikasi; data tidak diubah.',
      },
    ]);
  });
});

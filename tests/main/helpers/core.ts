import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../src/main/core';
import { databasePath, openDatabase } from '../../../src/main/db/data-source';
import type { Clock, Logger } from '../../../src/main/context';
import { createTestPlatform, type TestPlatform } from '../../../src/harness/test-platform';

export interface TestCore {
  core: Core;
  platform: TestPlatform;
  dataDir: string;
  logs: Array<{ level: string; message: string; detail?: Record<string, unknown> }>;
  /** Closes the core and removes its data folder. */
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'klinik-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let template: Promise<string> | null = null;

/**
 * A freshly migrated database, made once per test worker and copied for each test: loading the
 * region data takes over a second, a file copy a few milliseconds.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = tempDir('klinik-template-');
    const ds = await openDatabase(dir);
    await ds.destroy(); // closing checkpoints the WAL into the main file
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return databasePath(dir);
  })();
  return template;
}

/** A data folder holding a fresh, fully migrated database. */
export async function freshDataDir(): Promise<string> {
  const dir = tempDir();
  copyFileSync(await migratedTemplate(), databasePath(dir));
  return dir;
}

/** A core on a fresh temp data folder, with a logger the test can read. */
export async function makeCore(
  options: { clock?: Clock; dataDir?: string; reminders?: boolean; backups?: boolean; appVersion?: string; updatePublicKey?: string } = {},
): Promise<TestCore> {
  const dataDir = options.dataDir ?? (await freshDataDir());
  const logs: TestCore['logs'] = [];
  const logger: Logger = {
    info: (message, detail) => logs.push({ level: 'info', message, detail }),
    warn: (message, detail) => logs.push({ level: 'warn', message, detail }),
    error: (message, detail) => logs.push({ level: 'error', message, detail }),
  };
  const platform = createTestPlatform(options.appVersion);
  // The reminder engine's timer stays off unless a test is about it: it would run on real time.
  // Automatic backups (at start and close) stay off too unless a test is about them.
  const core = await createCore({ dataDir, platform, logger, clock: options.clock, reminders: options.reminders ?? false, backups: options.backups ?? false, updatePublicKey: options.updatePublicKey });
  return {
    core,
    platform,
    dataDir,
    logs,
    async dispose() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The PIN the desks set up by the tests' helpers give their first consultant (an admin). */
export const TEST_PIN = '2468';

/** Completes first-run setup so that a consultant (an admin, PIN TEST_PIN) is on duty; returns that consultant's id. */
export async function setUpDesk(core: Core, name = 'Siti Rahmawati'): Promise<string> {
  const res = await core.router.invoke('session:firstRun', {
    officeName: 'Klinik Bisnis Kaltim',
    deskCode: 'SMD1',
    timeZone: 'Asia/Makassar',
    consultant: { name, nip: null, phone: '0812-3456-7890', pin: TEST_PIN },
  });
  if (!res.ok) throw new Error(`first run failed: ${JSON.stringify(res.error)}`);
  const value = res.value as { consultant: { id: string } };
  return value.consultant.id;
}

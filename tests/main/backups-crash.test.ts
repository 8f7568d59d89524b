import { readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesIn, raw } from './helpers/backups';
import { freshDataDir, makeCore } from './helpers/core';
import { startKillableChild } from '../../src/harness/killable-child';
import { prng } from '../../src/harness/prng';

/**
 * Kills a process taking backups with SIGKILL at random moments, again and again on one data folder,
 * then proves that every file with a final name is a whole, checked backup, that what the kills
 * left has `.partial` names only, and that the next start removes it.
 * Reproduce a failing run with BACKUP_CRASH_SEED=<seed>.
 */
const SEED = Number(process.env['BACKUP_CRASH_SEED'] ?? 20_261_206);
const ITERATIONS = 12;
const WRITER = 'tests/main/fixtures/backup-writer.ts';


interface Run {
  done: string[];
  /** The last line was BEGIN: the kill landed inside a backup. */
  midBackup: boolean;
  signal: NodeJS.Signals | null;
  stderr: string;
}

interface Writer {
  go(delayMs: number): Promise<Run>;
  discard(): void;
}

/** Starts a child that loads its modules, then waits for GO; the kill follows `delayMs` after its first BEGIN. */
function startWriter(dataDir: string): Writer {
  const run: Run = { done: [], midBackup: false, signal: null, stderr: '' };
  let onBegin: (() => void) | undefined;
  const child = startKillableChild(WRITER, [dataDir], (line) => {
    if (line === 'BEGIN') {
      run.midBackup = true;
      onBegin?.();
      onBegin = undefined;
    } else if (line.startsWith('DONE ')) {
      run.midBackup = false;
      run.done.push(line.slice(5));
    }
  });
  return {
    async go(delayMs) {
      onBegin = () => child.killAfter(delayMs);
      child.go();
      const end = await child.closed;
      return { ...run, signal: end.signal, stderr: end.stderr };
    },
    discard: () => child.discard(),
  };
}

let dataDir = '';
afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const LEFTOVER = /\.partial(-journal|-wal|-shm)?$/;

describe('backups and SIGKILL', () => {
  it(`leaves no broken file under a final name after ${ITERATIONS} kills mid-backup, and the next start removes the leftovers (seed ${SEED})`, async () => {
    dataDir = await freshDataDir();
    const folder = join(dataDir, 'backups');
    const random = prng(SEED);
    let midBackup = 0;
    let leftoversSeen = 0;
    const done: string[] = [];
    let next = startWriter(dataDir);
    try {
      for (let i = 0; i < ITERATIONS; i++) {
        const writer = next;
        // The next child loads its modules (about a second) while this one works.
        next = startWriter(dataDir);
        const run = await writer.go(Math.floor(random() * 400));
        expect({ i, signal: run.signal, stderr: run.stderr }).toEqual({ i, signal: 'SIGKILL', stderr: '' });
        done.push(...run.done);
        if (run.midBackup) midBackup++;
        leftoversSeen += filesIn(folder).filter((f) => LEFTOVER.test(f)).length;
      }
    } finally {
      next.discard();
    }
    expect(midBackup).toBeGreaterThanOrEqual(ITERATIONS / 2);
    expect(leftoversSeen).toBeGreaterThan(0);

    // Every file with a final name is a whole backup that passes its checks.
    const files = filesIn(folder);
    const finals = files.filter((f) => f.endsWith('.sqlite')).map((f) => f.slice(0, -'.sqlite'.length));
    expect(finals).toEqual(expect.arrayContaining(done));
    for (const id of finals) {
      const meta = JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as { sha256: string; sizeBytes: number };
      const bytes = readFileSync(join(folder, `${id}.sqlite`));
      expect({ id, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual({ id, bytes: meta.sizeBytes, sha256: meta.sha256 });
      expect(await raw(join(folder, `${id}.sqlite`), 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    }
    // Anything else is a leftover: a `.partial` file, or the sidecar of a backup that never got its name.
    const others = files.filter((f) => !finals.some((id) => f === `${id}.sqlite` || f === `${id}.json`));
    for (const f of others) expect(f).toMatch(/\.partial(-journal|-wal|-shm)?$|^klinik-bisnis-.*\.json$/);

    // The next start removes the leftovers and lists every finished backup.
    const t = await makeCore({ dataDir });
    try {
      // Through the service: the desk just started has nobody on duty, and the router answers nobody then.
      const items = await t.core.services.backups.list();
      expect(items.map((i) => i.id).sort()).toEqual([...finals].sort());
      expect(filesIn(folder)).toEqual(finals.flatMap((id) => [`${id}.json`, `${id}.sqlite`]).sort());
    } finally {
      await t.core.close();
    }
    console.info(`backups-crash: ${ITERATIONS} kills (${midBackup} mid-backup), ${done.length} finished backups, ${leftoversSeen} leftovers seen`);
  }, 180_000);
});

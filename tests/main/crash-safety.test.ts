import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/data-source';
import { migrations } from '../../src/main/db/migrations';
import { tempDir } from './helpers/core';
import { startKillableChild } from '../../src/harness/killable-child';
import { prng } from '../../src/harness/prng';

/**
 * Kills a writer with SIGKILL at random moments, again and again on the same data folder, so that
 * any damage would pile up; then proves the database is intact and every acknowledged row is there.
 * Reproduce a failing run with CRASH_SEED=<seed>; CRASH_ITERATIONS raises the count.
 */
const SEED = Number(process.env['CRASH_SEED'] ?? 20_251_128);
const ITERATIONS = Math.max(50, Number(process.env['CRASH_ITERATIONS'] ?? 50));
const WRITER = 'tests/main/fixtures/crash-writer.ts';
const LOOKAHEAD = 3;


interface RunResult {
  acked: string[];
  ready: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

interface Writer {
  /** Lets the child open the database; the kill follows `delayMs` after GO, or after its first commit. */
  go(afterReady: boolean, delayMs: number): Promise<RunResult>;
  /** Ends a child that was started but never used. */
  discard(): void;
}

/** Starts a child on `dataDir`; it loads its modules, then waits for `go` before opening the database. */
function startWriter(dataDir: string, seed: number): Writer {
  const acked: string[] = [];
  let ready = false;
  let onFirstAck: (() => void) | undefined;
  const child = startKillableChild(WRITER, [dataDir, String(seed)], (line) => {
    if (line === 'READY') ready = true;
    else if (line.startsWith('ACK ')) {
      acked.push(line.slice(4));
      // Timed from the first commit, not from READY: on a loaded machine the first commit can
      // take longer than the whole delay, and the kill would then find an idle writer.
      if (acked.length === 1) onFirstAck?.();
    }
  });
  return {
    async go(afterReady, delayMs) {
      if (afterReady) onFirstAck = () => child.killAfter(delayMs);
      child.go();
      if (!afterReady) child.killAfter(delayMs);
      const end = await child.closed;
      return { acked, ready, ...end };
    },
    discard: () => child.discard(),
  };
}

const dataDir = tempDir('klinik-crash-');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety', () => {
  it(
    `keeps the database intact and every acknowledged commit after ${ITERATIONS} SIGKILLs on one data folder (seed ${SEED})`,
    async () => {
      const schedule = prng(SEED);
      const childSeeds = prng(SEED ^ 0x5eed);
      const acked: string[] = [];
      let killedMidWrite = 0;
      let killedBeforeReady = 0;
      // Children load their modules ahead of their turn (~0.8 s each) while an earlier one writes;
      // only one of them at a time is let into the database.
      const waiting: Writer[] = [];
      let spawned = 0;
      const refill = () => {
        for (; waiting.length < LOOKAHEAD && spawned < ITERATIONS; spawned++) {
          waiting.push(startWriter(dataDir, Math.floor(childSeeds() * 2 ** 31)));
        }
      };
      try {
        for (let i = 0; i < ITERATIONS; i++) {
          refill();
          const writer = waiting.shift()!;
          // Three kills in four land while rows are being committed; the rest from the moment the
          // child starts opening the database (pragmas, migrations, the first commits).
          const afterReady = schedule() < 0.75;
          const delayMs = Math.floor(schedule() * (afterReady ? 150 : 60));
          const run = await writer.go(afterReady, delayMs);
          // The child must die by our SIGKILL, never by an error of its own (e.g. a corrupt file).
          expect({ iteration: i, signal: run.signal, code: run.code, stderr: run.stderr }).toEqual({
            iteration: i,
            signal: 'SIGKILL',
            code: null,
            stderr: '',
          });
          acked.push(...run.acked);
          if (!run.ready) killedBeforeReady++;
          else if (run.acked.length > 0) killedMidWrite++;
        }
      } finally {
        for (const writer of waiting) writer.discard();
      }
      // The schedule really did interrupt writers at work, not just idle processes.
      expect(killedMidWrite).toBeGreaterThanOrEqual(Math.floor(ITERATIONS / 2));
      expect(acked.length).toBeGreaterThan(ITERATIONS);

      const ds = await openDatabase(dataDir);
      try {
        expect(await ds.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        expect(await ds.query('PRAGMA foreign_key_check')).toEqual([]);
        const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM audit_log WHERE action = 'crash-test'`);
        const present = new Set(rows.map((r) => r.id));
        const lost = acked.filter((id) => !present.has(id));
        expect(lost).toEqual([]);
        // At most the one commit in flight per child can have landed without its acknowledgement.
        expect(present.size - acked.length).toBeLessThanOrEqual(ITERATIONS);
        expect(await ds.query('SELECT COUNT(*) AS n FROM office_profile')).toEqual([{ n: 1 }]);
        expect(await ds.query('SELECT COUNT(*) AS n FROM migrations')).toEqual([{ n: migrations.length }]);
      } finally {
        await ds.destroy();
      }
      // Reported so a slow or idle schedule is visible in the test output.
      console.info(
        `crash-safety: ${ITERATIONS} kills (${killedMidWrite} mid-write, ${killedBeforeReady} before open finished), ${acked.length} acknowledged commits`,
      );
    },
    180_000,
  );
});

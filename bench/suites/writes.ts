/**
 * A consultant's save, the commonest write: `businesses:update` of one profile (a changed note),
 * through core.router.invoke, on a fresh desk of 500 profiles.
 *
 * - save.business-update: the whole save (validation, duplicate and conflict checks, the profile
 *   row, its search index, the audit entry, the commit with synchronous=FULL, and after it the
 *   check that the connection is back in autocommit) against the very statements the core's
 *   connection ran for one such save (captured from an unmeasured call), replayed on a raw sqlite3
 *   connection with the same pragmas.
 * - save.autocommit-check: what the check after every write costs. Both sides replay the captured
 *   statements on the raw connection; the subject with the check's `BEGIN`/`ROLLBACK`, the floor
 *   without. The ratio is the share of a save that the check adds.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../../src/main/core';
import { DATABASE_FILE } from '../../src/main/db/data-source';
import { captureStatements, openBenchCore } from '../lib/core';
import { RawDb, replay, type Statement } from '../lib/floor';
import { measure, wanted, type Suite, type SuiteContext } from '../lib/suite';

const PROFILES = 500;

async function invoke<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const reply = await core.router.invoke(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

interface Detail {
  id: string;
  updatedAt: string;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'pu', 'ra', 'si', 'tu', 'we', 'yo'];

/** A made-up word per number, so no two profiles look like duplicates of each other. */
function word(i: number, salt: number): string {
  let n = i * 7919 + salt;
  let w = '';
  for (let k = 0; k < 4; k++) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length) + k * 3;
  }
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function profile(i: number, notes: string) {
  return {
    name: `Warung ${word(i, 1)}`,
    ownerName: `${word(i, 2)} ${word(i, 5)}`,
    ownerGender: i % 2 === 0 ? 'P' : 'L',
    provinceCode: '64',
    regencyCode: '64.72',
    districtCode: '64.72.01',
    kbliCode: '10710',
    status: 'aktif',
    ownerPhone: `0812${String(10_000_000 + i).slice(-8)}`,
    salesChannels: ['toko'],
    tags: [],
    products: 'Amplang, kue lapis',
    notes,
  };
}

/** The autocommit check's own statements (TypeORM's transactions say `BEGIN TRANSACTION`/`COMMIT`). */
const isCheck = (s: Statement): boolean => s.sql === 'BEGIN' || s.sql === 'ROLLBACK';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The statements with a new id for every row they insert (an audit entry's id), as a new save makes. */
function fresh(statements: readonly Statement[], known: ReadonlySet<string>): Statement[] {
  return statements.map((s) =>
    /^\s*INSERT/i.test(s.sql)
      ? { sql: s.sql, params: s.params.map((p) => (typeof p === 'string' && UUID.test(p) && !known.has(p) ? randomUUID() : p)) }
      : s,
  );
}

export const writesSuite: Suite = {
  name: 'writes',
  description: 'a consultant save (businesses:update) via core.router.invoke against its captured statements on a raw connection, and the cost of the autocommit check after it',
  async run(ctx: SuiteContext): Promise<void> {
    if (!wanted(ctx, 'save.')) return;
    const dir = mkdtempSync(join(tmpdir(), 'klinik-bench-writes-'));
    const { core, problems } = await openBenchCore(dir);
    let raw: RawDb | undefined;
    try {
      const session = await invoke<{ consultant: { id: string } }>(core, 'session:firstRun', {
        officeName: 'Klinik Bisnis Kaltim',
        deskCode: 'BNC1',
        timeZone: 'Asia/Makassar',
        consultant: { name: 'Siti Rahmawati', nip: null, phone: null },
      });
      ctx.log(`  writes: a desk of ${PROFILES} profiles`);
      const ids: string[] = [];
      for (let i = 0; i < PROFILES; i++) {
        const created = await invoke<Detail>(core, 'businesses:create', { profile: profile(i, ''), notDuplicateOf: [] });
        ids.push(created.id);
      }
      const versions = new Map<string, string>();
      const targets = ids.filter((_, i) => i % 50 === 0);
      let round = 0;
      const save = async (id: string): Promise<Detail> => {
        const i = ids.indexOf(id);
        const expectedUpdatedAt = versions.get(id) ?? (await invoke<Detail>(core, 'businesses:get', { id })).updatedAt;
        const saved = await invoke<Detail>(core, 'businesses:update', {
          id,
          expectedUpdatedAt,
          keepNik: true,
          profile: profile(i, `Catatan kunjungan ke-${++round}`),
        });
        versions.set(id, saved.updatedAt);
        return saved;
      };
      // One unmeasured save, recorded statement by statement, is the floor's script.
      const first = targets[0] as string;
      await save(first);
      const { statements } = await captureStatements(core, () => save(first));
      const checks = statements.filter(isCheck).length;
      if (checks !== 2) throw new Error(`expected the autocommit check's BEGIN and ROLLBACK after the save, found ${checks} such statements`);
      const withoutCheck = statements.filter((s) => !isCheck(s));
      const known = new Set([...ids, session.consultant.id]);

      raw = await RawDb.open(join(dir, DATABASE_FILE));
      await raw.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
      const db = raw;
      const note = `${statements.length} statements per save, ${PROFILES} profiles`;

      ctx.log('  save.business-update: a changed note saved through the router, against its statements on a raw connection');
      // A save runs validation, duplicate matching and TypeORM's persistence in JavaScript around
      // a handful of statements, so its ratio is held to 4, and its time to what a click can bear.
      ctx.report({
        ...(await measure({
          name: 'save.business-update',
          n: PROFILES,
          // The floor's replays rewrite the first profile; the router saves the others.
          inputs: targets.slice(1),
          subject: (id) => save(id),
          floor: () => replay(db, fresh(statements, known)),
          iterations: ctx.iterations,
          warmup: ctx.warmup,
          budgetMs: ctx.budgetMs,
          note,
        })),
        targets: { p95Ms: 50, ratio: 4 },
      });
      ctx.log("  save.autocommit-check: the save's statements with the autocommit check, against without it");
      ctx.report({
        ...(await measure({
          name: 'save.autocommit-check',
          n: PROFILES,
          inputs: [0],
          subject: () => replay(db, fresh(statements, known)),
          floor: () => replay(db, fresh(withoutCheck, known)),
          iterations: ctx.iterations,
          warmup: ctx.warmup,
          budgetMs: ctx.budgetMs,
          note: 'the save replayed with the BEGIN/ROLLBACK check against without it',
        })),
        targets: { ratio: 1.25 },
      });
    } finally {
      await raw?.close();
      await core.close();
      for (const p of problems) ctx.log(`  ${p}`);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

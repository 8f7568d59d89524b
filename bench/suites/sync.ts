/**
 * The weekly trip to the office: a data package of one week's work beside a package of everything,
 * on the consultations database (350,000 profiles, 1,000,000 consultations, about 1,500,000
 * follow-ups), both through `transfer:export` via core.router.invoke into a temporary folder.
 *
 * The database is copied (the cached one stays as generated). On the copy, the office's desk is
 * made to have acknowledged everything there is, then a week's work is written through the
 * database (so the version triggers count it as the app's own saves do): WEEK_CONSULTATIONS
 * consultations amended, WEEK_PROFILES profiles and WEEK_FOLLOW_UPS follow-ups changed, about a
 * week of a busy clinic. Then, alternating which goes first:
 *
 * - sync.package.week: the package of changes since the office's acknowledgement; its floor is the
 *   full package of the same run (ratio = week / everything: how much of the trip is left).
 * - sync.package.full: the package of everything; its floor is the `sqlite3` command-line tool
 *   writing the same tables' rows as CSV (what reading every row costs without the app).
 *
 * Seconds and bytes of both are in the notes; one or two runs each (one-shot figures, no targets).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../../src/main/core';
import { DATABASE_FILE } from '../../src/main/db/data-source';
import { TRANSFER_TABLES, type ExportResult } from '../../src/shared/contract';
import { ensureConsultationDb } from '../generate-consultations';
import { BENCH_PIN, openBenchCore } from '../lib/core';
import { nowMs, round, summarize } from '../lib/stats';
import { wanted, type Figure, type Suite, type SuiteContext } from '../lib/suite';

const WEEK_CONSULTATIONS = 3_500;
const WEEK_PROFILES = 700;
const WEEK_FOLLOW_UPS = 2_000;
const RUNS = 2;
const OFFICE_DESK = 'kantor-bench';
const MB = 1024 * 1024;

interface Run {
  ms: number;
  bytes: number;
  rows: number;
}

async function packageOnce(core: Core, parent: string, since: boolean): Promise<Run> {
  const targetDir = mkdtempSync(join(parent, since ? 'week-' : 'full-'));
  try {
    const start = nowMs();
    const reply = await core.router.invoke('transfer:export', {
      jobId: randomUUID(),
      targetDir,
      scope: { kind: 'all' },
      contents: ['package'],
      ...(since ? { since: { deskId: OFFICE_DESK } } : {}),
    });
    const ms = nowMs() - start;
    if (!reply.ok) throw new Error(`transfer:export: ${reply.error.code} ${reply.error.message}`);
    const result = reply.value as ExportResult;
    const file = result.files.find((f) => f.name.endsWith('.klb'));
    if (!file) throw new Error('no package written');
    const tables = (JSON.parse(await readFile(join(result.folder!, 'manifest.json'), 'utf8')) as { package: { tables: Record<string, number> } }).package.tables;
    return { ms, bytes: file.bytes, rows: Object.values(tables).reduce((a, b) => a + b, 0) };
  } finally {
    rmSync(targetDir, { recursive: true, force: true });
  }
}

/** The floor of the full package: every row of every table it carries, as CSV, by the sqlite3 tool. */
function floorOnce(dbFile: string, parent: string): Promise<number> {
  const out = join(parent, `floor-${randomUUID()}.csv`);
  const fd = openSync(out, 'w');
  const sql = TRANSFER_TABLES.map((t) => `SELECT * FROM ${t};`).join(' ');
  const start = nowMs();
  return new Promise<number>((resolve, reject) => {
    const child = spawn('sqlite3', ['-readonly', '-csv', dbFile, sql], { stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(nowMs() - start) : reject(new Error(`sqlite3 exited ${code}: ${stderr.trim()}`))));
  }).finally(() => {
    closeSync(fd);
    rmSync(out, { force: true });
  });
}

/** A week's work, written through the database so the triggers version it as they version the app's saves. */
async function aWeeksWork(core: Core): Promise<number> {
  const now = new Date().toISOString();
  await core.ds.transaction(async (m) => {
    await m.query(
      `UPDATE consultation SET advice = advice || ' (diperbarui)', version = version + 1, updated_at = ?
       WHERE id IN (SELECT id FROM consultation WHERE status = 'final' ORDER BY rowid DESC LIMIT ${WEEK_CONSULTATIONS})`,
      [now],
    );
    await m.query(`UPDATE business SET notes = coalesce(notes, '') || ' Kunjungan minggu ini.', updated_at = ? WHERE id IN (SELECT id FROM business ORDER BY rowid DESC LIMIT ${WEEK_PROFILES})`, [now]);
    await m.query(
      `UPDATE follow_up SET status = 'done', outcome = 'Sudah dihubungi', completed_at = ?, updated_at = ?
       WHERE id IN (SELECT id FROM follow_up WHERE status = 'open' ORDER BY rowid DESC LIMIT ${WEEK_FOLLOW_UPS})`,
      [now, now],
    );
  });
  const rows = (await core.ds.query(`SELECT count(*) AS n FROM record_version WHERE seq > (SELECT acked_seq FROM transfer_peer WHERE desk_id = ?)`, [OFFICE_DESK])) as Array<{ n: number }>;
  return Number(rows[0]?.n ?? 0);
}

function figure(name: string, runs: Run[], floors: number[], note: string): Figure {
  const s = summarize(runs.map((r) => r.ms));
  const f = summarize(floors);
  return {
    name,
    n: runs[0]!.rows,
    p50_ms: round(s.p50),
    p95_ms: round(s.p95),
    floor_p50_ms: round(f.p50),
    floor_p95_ms: round(f.p95),
    ratio: round(s.p95 / f.p95, 3),
    iterations: runs.length,
    note,
    targets: {},
    extra: { bytes: runs[0]!.bytes, rows: runs[0]!.rows },
  };
}

export const syncSuite: Suite = {
  name: 'sync',
  description: 'a data package of one week\'s work (changes since the office acknowledged) beside the package of everything, on the consultations database',
  async run(ctx: SuiteContext): Promise<void> {
    if (!wanted(ctx, 'sync.package')) return;
    const db = await ensureConsultationDb({ profiles: ctx.profiles, consultations: ctx.consultations, seed: ctx.seed, log: ctx.log });
    const parent = mkdtempSync(join(tmpdir(), 'klinik-bench-sync-'));
    const dataDir = join(parent, 'desk');
    mkdirSync(dataDir);
    try {
      ctx.log(`  copying the database (${(statSync(db.file).size / MB).toFixed(0)} MB) so the cached one stays as generated`);
      copyFileSync(db.file, join(dataDir, DATABASE_FILE));
      const { core, problems } = await openBenchCore(dataDir);
      try {
        const consultant = (await core.ds.query(`SELECT id FROM consultant WHERE active = 1 AND deleted_at IS NULL ORDER BY id LIMIT 1`)) as Array<{ id: string }>;
        const started = await core.router.invoke('session:start', { consultantId: consultant[0]!.id, pin: BENCH_PIN });
        if (!started.ok) throw new Error(`session:start: ${started.error.message}`);
        // The office has acknowledged everything this desk had until now.
        await core.ds.query(`INSERT INTO transfer_peer (desk_id, desk_code, received_seq, acked_seq) SELECT ?, 'KANTOR', 0, seq FROM desk_clock`, [OFFICE_DESK]);
        const changed = await aWeeksWork(core);
        ctx.log(`  a week's work: ${changed.toLocaleString('en')} records changed since the office's acknowledgement`);
        const week: Run[] = [];
        const full: Run[] = [];
        const floors: number[] = [];
        for (let i = 0; i < Math.min(RUNS, Math.max(ctx.iterations, 1)); i++) {
          if (i % 2 === 0) {
            week.push(await packageOnce(core, parent, true));
            full.push(await packageOnce(core, parent, false));
          } else {
            full.push(await packageOnce(core, parent, false));
            week.push(await packageOnce(core, parent, true));
          }
          floors.push(await floorOnce(join(dataDir, DATABASE_FILE), parent));
          ctx.log(`    run ${i + 1}: week ${(week[i]!.ms / 1000).toFixed(1)} s ${(week[i]!.bytes / MB).toFixed(2)} MB; full ${(full[i]!.ms / 1000).toFixed(1)} s ${(full[i]!.bytes / MB).toFixed(0)} MB; sqlite3 ${(floors[i]! / 1000).toFixed(1)} s`);
        }
        const w = week[0]!;
        const f = full[0]!;
        ctx.report(
          figure(
            'sync.package.week',
            week,
            full.map((r) => r.ms),
            `${w.rows.toLocaleString('en')} records, ${(w.bytes / MB).toFixed(2)} MB in ${(summarize(week.map((r) => r.ms)).p50 / 1000).toFixed(1)} s; floor: the full package, ${f.rows.toLocaleString('en')} records, ${(f.bytes / MB).toFixed(0)} MB in ${(summarize(full.map((r) => r.ms)).p50 / 1000).toFixed(1)} s (size ${(w.bytes / f.bytes).toFixed(4)}x)`,
          ),
        );
        ctx.report(figure('sync.package.full', full, floors, `${f.rows.toLocaleString('en')} records, ${(f.bytes / MB).toFixed(0)} MB; floor: sqlite3 -csv of the same tables`));
        for (const p of problems) ctx.log(`core logged ${p}`);
      } finally {
        await core.close();
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  },
};

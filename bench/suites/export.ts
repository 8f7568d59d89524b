/**
 * Export of the whole office (the consultations database: 350,000 profiles, 1,000,000 consultations,
 * about 1,500,000 follow-ups) to CSV and to the XLSX workbook: `transfer:export` with scope `all`
 * through core.router.invoke, the wizard's path, into a temporary folder on the local disk.
 *
 * These are one-shot figures, not latencies: each export runs once, or up to MAX_RUNS times while
 * the budget lasts, and its times are the p50/p95 columns. Rows per second (the three tables' rows
 * over the run's seconds) and memory go in the note: `process.memoryUsage()` sampled every
 * SAMPLE_MS during the run, after a garbage collection, its peak RSS over the RSS at the start and
 * its peak heapUsed. The export streams (pages of rows in, a file stream out), so its memory must
 * not grow with the data: in a run at full size the CSV export also runs on the --quick database
 * (`export.csv.quick-size`), and the two peaks are set side by side.
 *
 * The floor is the `sqlite3` command-line tool exporting the same rows: for each file, the very
 * SELECT the export pages through (the sheet's joins and columns, `t.*` included) as one statement,
 * `sqlite3 -readonly -csv -header`, its output written to a file by a child process, measured in
 * the loop of the first export and shared by the second (the same rows either way). What the app
 * adds above it: paging, the driver's row objects, labels, masking and date formats, the CSV or
 * XLSX writer (and its ZIP deflate), hashing, fsync and reading each file back to verify it. An
 * unmeasured floor pass runs first: it warms the page cache for both sides, and the CSV records it
 * wrote per table are checked against the export's counts.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Core } from '../../src/main/core';
import { SHEETS } from '../../src/main/modules/transfer/sheets';
import { scopeSql } from '../../src/main/modules/transfer/transfer.queries';
import type { ExportResult } from '../../src/shared/contract';
import { ensureConsultationDb, QUICK_CONSULTATIONS, type ConsultationDatabase } from '../generate-consultations';
import { BENCH_PIN, openBenchCore } from '../lib/core';
import { RawDb } from '../lib/floor';
import { nowMs, round, summarize } from '../lib/stats';
import { wanted, type Figure, type Suite, type SuiteContext } from '../lib/suite';

type Content = 'csv' | 'xlsx';
type TableKey = 'business' | 'consultation' | 'follow_up';

/** Profiles of the --quick database (run.ts). */
const QUICK_PROFILES = 20_000;
/** Most runs of one export; fewer when the budget is spent (a full-size export is one run). */
const MAX_RUNS = 3;
/** A run longer than this is cancelled (`transfer:cancel`) and the figure marked timed_out. */
export const EXPORT_TIMEOUT_MS = 15 * 60_000;
/** Memory sampling interval. */
const SAMPLE_MS = 50;
const MB = 1024 * 1024;

let gcFn: (() => void) | undefined;
/** A full garbage collection, so each run's memory starts from what is really live. */
function collectGarbage(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

interface Memory {
  startRss: number;
  startHeap: number;
  peakRss: number;
  peakHeap: number;
  samples: number;
  /** Longest time between two samples: a blocked event loop delays them (a peak may be missed). */
  maxGapMs: number;
}

function sampleMemory(): { stop(): Memory } {
  const m0 = process.memoryUsage();
  const mem: Memory = { startRss: m0.rss, startHeap: m0.heapUsed, peakRss: m0.rss, peakHeap: m0.heapUsed, samples: 1, maxGapMs: 0 };
  let last = nowMs();
  const sample = () => {
    const m = process.memoryUsage();
    const now = nowMs();
    mem.peakRss = Math.max(mem.peakRss, m.rss);
    mem.peakHeap = Math.max(mem.peakHeap, m.heapUsed);
    mem.maxGapMs = Math.max(mem.maxGapMs, now - last);
    mem.samples++;
    last = now;
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let stopped = false;
  return {
    stop() {
      if (!stopped) {
        clearInterval(timer);
        sample();
        stopped = true;
      }
      return mem;
    },
  };
}

/** Rows written so far, from `transfer:progress` (per file for CSV, cumulative for the workbook). */
class RowsSeen {
  private base = 0;
  private last = 0;
  private phase = '';

  see(phase: string, done: number): void {
    if (phase !== 'csv' && phase !== 'xlsx') return;
    if (phase !== this.phase || done < this.last) {
      this.base += this.last;
      this.last = 0;
    }
    this.phase = phase;
    this.last = done;
  }

  get rows(): number {
    return this.base + this.last;
  }
}

interface ExportRun {
  ms: number;
  rows: number;
  /** Bytes of the data files (the manifest left out). */
  bytes: number;
  counts: Record<TableKey, number> | null;
  memory: Memory;
  timedOut: boolean;
}

async function exportOnce(core: Core, content: Content, parent: string, jobIds: string[]): Promise<ExportRun> {
  const targetDir = mkdtempSync(join(parent, `${content}-`));
  const jobId = randomUUID();
  jobIds.push(jobId);
  const seen = new RowsSeen();
  const unsubscribe = core.events.subscribe((name, payload) => {
    const p = payload as { jobId: string; phase: string; done: number };
    if (name === 'transfer:progress' && p.jobId === jobId) seen.see(p.phase, p.done);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void core.router.invoke('transfer:cancel', { jobId });
  }, EXPORT_TIMEOUT_MS);
  collectGarbage();
  const sampler = sampleMemory();
  const start = nowMs();
  try {
    const reply = await core.router.invoke('transfer:export', {
      jobId,
      targetDir,
      scope: { kind: 'all' },
      contents: [content],
      csvSeparator: ',',
      personalData: 'masked',
    });
    const ms = nowMs() - start;
    const memory = sampler.stop();
    if (!reply.ok) throw new Error(`transfer:export: ${reply.error.code} ${reply.error.message}`);
    const result = reply.value as ExportResult;
    if (result.status === 'done') {
      const c = result.counts;
      const bytes = result.files.filter((f) => f.name !== 'manifest.json').reduce((s, f) => s + f.bytes, 0);
      return { ms, rows: c.business + c.consultation + c.follow_up, bytes, counts: c, memory, timedOut: false };
    }
    if (!timedOut) throw new Error(`transfer:export came back ${result.status}`);
    return { ms, rows: seen.rows, bytes: 0, counts: null, memory, timedOut: true };
  } finally {
    clearTimeout(timer);
    sampler.stop();
    unsubscribe();
    rmSync(targetDir, { recursive: true, force: true });
  }
}

/** The statement each CSV file is made from, whole: the sheet's SELECT, FROM and WHERE in rowid order. */
function floorQueries(): Array<{ key: TableKey; file: string; sql: string }> {
  const scope = scopeSql({ kind: 'all' });
  return SHEETS.map((sheet) => {
    const [where, params] = sheet.where(scope);
    if (params.length) throw new Error(`the ${sheet.key} sheet's scope has parameters: the floor cannot pass them to sqlite3`);
    const sql = `SELECT ${sheet.select} FROM ${sheet.from} WHERE ${where} ORDER BY t.rowid`.replace(/\s+/g, ' ');
    return { key: sheet.key, file: sheet.fileName, sql };
  });
}

function sqliteToFile(dbFile: string, sql: string, out: string): Promise<void> {
  const fd = openSync(out, 'w');
  return new Promise<void>((resolve, reject) => {
    const child = spawn('sqlite3', ['-readonly', '-csv', '-header', dbFile, sql], { stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`sqlite3 exited ${code}: ${stderr.trim()}`))));
  }).finally(() => closeSync(fd));
}

interface FloorRun {
  ms: number;
  bytes: number;
  /** CSV records per table (counted only when asked: reading the files back is not timed). */
  records: Partial<Record<TableKey, number>>;
}

async function floorOnce(dbFile: string, parent: string, count = false): Promise<FloorRun> {
  const dir = mkdtempSync(join(parent, 'floor-'));
  try {
    const queries = floorQueries();
    const start = nowMs();
    for (const q of queries) await sqliteToFile(dbFile, q.sql, join(dir, q.file));
    const ms = nowMs() - start;
    let bytes = 0;
    const records: FloorRun['records'] = {};
    for (const q of queries) {
      bytes += statSync(join(dir, q.file)).size;
      if (count) records[q.key] = await csvRecords(join(dir, q.file));
    }
    return { ms, bytes, records };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Records in a CSV file with a header line: line ends outside quotes, less one. */
async function csvRecords(path: string): Promise<number> {
  let quoted = false;
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const b = chunk as Buffer;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) lines++;
    }
  }
  return lines - 1;
}

interface Measured {
  runs: ExportRun[];
  floors: FloorRun[];
}

/**
 * Runs one export once or a few times, and the floor beside it, alternating which goes first. The
 * floor is the same for every export of a database: `floors` holds the runs measured so far, and a
 * floor runs only when this export has made more runs than there are floor runs.
 */
async function measureExport(
  ctx: SuiteContext,
  core: Core,
  dbFile: string,
  content: Content,
  parent: string,
  jobIds: string[],
  check: FloorRun,
  floors: FloorRun[] = [],
): Promise<Measured> {
  const runs: ExportRun[] = [];
  const started = nowMs();
  const most = Math.min(ctx.iterations, MAX_RUNS);
  for (let i = 0; i < most; i++) {
    if (i > 0 && nowMs() - started > ctx.budgetMs) break;
    const floorNeeded = floors.length <= i;
    let run: ExportRun;
    if (i % 2 === 0) {
      run = await exportOnce(core, content, parent, jobIds);
      if (floorNeeded) floors.push(await floorOnce(dbFile, parent));
    } else {
      if (floorNeeded) floors.push(await floorOnce(dbFile, parent));
      run = await exportOnce(core, content, parent, jobIds);
    }
    runs.push(run);
    ctx.log(
      `    run ${i + 1}: ${(run.ms / 1000).toFixed(1)} s, ${run.rows.toLocaleString('en')} rows${run.timedOut ? ' (cancelled: over the time limit)' : ''}, ` +
        `RSS +${((run.memory.peakRss - run.memory.startRss) / MB).toFixed(0)} MB, heap peak ${(run.memory.peakHeap / MB).toFixed(0)} MB; ` +
        `floor ${((floors[i] as FloorRun).ms / 1000).toFixed(1)} s${floorNeeded ? '' : ' (measured before)'}`,
    );
    if (run.counts) {
      for (const key of ['business', 'consultation', 'follow_up'] as const) {
        if (check.records[key] !== run.counts[key]) {
          throw new Error(`export.${content}: the floor wrote ${check.records[key]} ${key} records, the export counted ${run.counts[key]}`);
        }
      }
    }
    if (run.timedOut) break;
  }
  return { runs, floors: floors.slice(0, Math.max(runs.length, 1)) };
}

const mb = (bytes: number) => round(bytes / MB, 1);

/** The figure of a measured export; memory is the worst run's. */
function figureOf(name: string, m: Measured, extraNote = ''): Figure {
  const sub = summarize(m.runs.map((r) => r.ms));
  const flo = summarize(m.floors.map((f) => f.ms));
  const last = m.runs[m.runs.length - 1] as ExportRun;
  const rows = last.rows;
  const timedOut = m.runs.some((r) => r.timedOut);
  const rowsPerS = rows / (sub.p50 / 1000);
  const floorRowsPerS = rows / (flo.p50 / 1000);
  const rssGrowth = Math.max(...m.runs.map((r) => r.memory.peakRss - r.memory.startRss));
  const peakHeap = Math.max(...m.runs.map((r) => r.memory.peakHeap));
  const startHeap = Math.max(...m.runs.map((r) => r.memory.startHeap));
  const maxGap = Math.max(...m.runs.map((r) => r.memory.maxGapMs));
  const bytes = last.bytes;
  const floorBytes = (m.floors[0] as FloorRun).bytes;
  const note =
    `${Math.round(rowsPerS).toLocaleString('en')} rows/s${timedOut ? ' until cancelled' : ''} (floor ${Math.round(floorRowsPerS).toLocaleString('en')}); ` +
    `RSS +${mb(rssGrowth).toFixed(0)} MB, heap peak ${mb(peakHeap).toFixed(0)} MB (start ${mb(startHeap).toFixed(0)}); ` +
    `${timedOut ? '' : `${mb(bytes).toFixed(0)} MB written (floor ${mb(floorBytes).toFixed(0)})`}${extraNote}`;
  return {
    name,
    n: rows,
    p50_ms: round(sub.p50),
    p95_ms: round(sub.p95),
    floor_p50_ms: round(flo.p50),
    floor_p95_ms: round(flo.p95),
    ratio: round(sub.p95 / flo.p95, 2),
    iterations: m.runs.length,
    note,
    targets: {},
    ...(timedOut ? { timed_out: true } : {}),
    extra: {
      rows,
      rows_per_s: Math.round(rowsPerS),
      floor_rows_per_s: Math.round(floorRowsPerS),
      peak_rss_growth_mb: mb(rssGrowth),
      peak_heap_mb: mb(peakHeap),
      start_heap_mb: mb(startHeap),
      max_sample_gap_ms: Math.round(maxGap),
      bytes,
      floor_bytes: floorBytes,
    },
  };
}

/**
 * Opens the core on a database, starts a desk session (an export is done by the consultant on
 * duty), runs the unmeasured floor pass, then `fn`; afterwards removes the export's audit rows so
 * the cached database stays as generated.
 */
async function withCore<T>(ctx: SuiteContext, db: ConsultationDatabase, parent: string, fn: (core: Core, check: FloorRun, jobIds: string[]) => Promise<T>): Promise<T> {
  const { core, problems } = await openBenchCore(db.dataDir);
  const jobIds: string[] = [];
  try {
    const consultant = await core.ds.query(`SELECT id FROM consultant WHERE active = 1 AND deleted_at IS NULL ORDER BY id LIMIT 1`);
    const started = await core.router.invoke('session:start', { consultantId: (consultant[0] as { id: string }).id, pin: BENCH_PIN });
    if (!started.ok) throw new Error(`session:start: ${started.error.message}`);
    const check = await floorOnce(db.file, parent, true);
    const result = await fn(core, check, jobIds);
    for (const p of problems) ctx.log(`core logged ${p}`);
    return result;
  } finally {
    await core.close();
    if (jobIds.length) {
      const raw = await RawDb.open(db.file);
      try {
        await raw.exec('PRAGMA busy_timeout = 5000');
        await raw.run(`DELETE FROM audit_log WHERE entity = 'transfer' AND action = 'export' AND entity_id IN (SELECT value FROM json_each(?))`, [JSON.stringify(jobIds)]);
      } finally {
        await raw.close();
      }
    }
  }
}

export const exportSuite: Suite = {
  name: 'export',
  description: "transfer:export of everything to CSV and to XLSX via core.router.invoke (rows/s, peak memory), against the sqlite3 tool's CSV export of the same SELECTs",
  async run(ctx: SuiteContext): Promise<void> {
    const contents = (['csv', 'xlsx'] as const).filter((c) => wanted(ctx, `export.${c}`));
    const atQuickSize = ctx.profiles === QUICK_PROFILES && ctx.consultations === QUICK_CONSULTATIONS;
    const wantsQuickSize = !atQuickSize && wanted(ctx, 'export.csv.quick-size');
    if (contents.length === 0 && !wantsQuickSize) return;
    const parent = mkdtempSync(join(tmpdir(), 'klinik-bench-export-'));
    try {
      // Memory at the smaller size first: the full-size CSV figure is set against it.
      let small: Measured | null = null;
      if (wantsQuickSize) {
        const q = await ensureConsultationDb({ profiles: QUICK_PROFILES, consultations: QUICK_CONSULTATIONS, seed: ctx.seed, log: ctx.log });
        ctx.log(`  export.csv.quick-size: the CSV export on the --quick database (${QUICK_PROFILES.toLocaleString('en')} profiles, ${QUICK_CONSULTATIONS.toLocaleString('en')} consultations), for its memory`);
        small = await withCore(ctx, q, parent, (core, check, jobIds) => measureExport(ctx, core, q.file, 'csv', parent, jobIds, check));
        ctx.report(figureOf('export.csv.quick-size', small));
      }
      if (contents.length === 0) return;
      const db = await ensureConsultationDb({ profiles: ctx.profiles, consultations: ctx.consultations, seed: ctx.seed, log: ctx.log });
      ctx.log(`database ${db.cached ? 'cached' : 'built'}: ${db.meta.consultations.toLocaleString('en')} consultations, ${db.meta.followUps.toLocaleString('en')} follow-ups over ${db.meta.profiles.toLocaleString('en')} profiles`);
      await withCore(ctx, db, parent, async (core, check, jobIds) => {
        const floors: FloorRun[] = [];
        ctx.log(`  floor pass (unmeasured): ${(check.ms / 1000).toFixed(1)} s, ${Object.entries(check.records).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
        for (const content of contents) {
          const name = `export.${content}`;
          ctx.log(`  ${name}: transfer:export, scope all, ${content === 'csv' ? 'three CSV files' : 'one workbook of three sheets'}, personal data masked`);
          const m = await measureExport(ctx, core, db.file, content, parent, jobIds, check, floors);
          let extra = '';
          if (content === 'csv' && small) {
            const full = Math.max(...m.runs.map((r) => r.memory.peakRss - r.memory.startRss));
            const heap = Math.max(...m.runs.map((r) => r.memory.peakHeap));
            const s = small.runs[small.runs.length - 1] as ExportRun;
            const sRss = Math.max(...small.runs.map((r) => r.memory.peakRss - r.memory.startRss));
            const sHeap = Math.max(...small.runs.map((r) => r.memory.peakHeap));
            extra = `; at ${s.rows.toLocaleString('en')} rows (quick size): RSS +${mb(sRss).toFixed(0)} MB, heap ${mb(sHeap).toFixed(0)} MB, here ${(full / Math.max(sRss, 1)).toFixed(2)}x and ${(heap / sHeap).toFixed(2)}x for ${(((m.runs[0] as ExportRun).rows) / s.rows).toFixed(1)}x the rows`;
          } else if (content === 'csv' && atQuickSize) {
            extra = '; memory at full size: run without --quick';
          }
          ctx.report(figureOf(name, m, extra));
        }
      });
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  },
};

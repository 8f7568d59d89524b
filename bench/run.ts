/**
 * The project's benchmark: `npm run bench [-- options]`.
 *
 *   --profiles N    business profiles in the benchmark database (default 350000, the province's size)
 *   --consultations N  finalised consultations in the consultations suite's database (default 1000000)
 *   --quick         20000 profiles, 60000 consultations, 20 iterations, 20 s budget: a smoke test
 *   --seed S        generator seed (default fixed, so runs compare)
 *   --iterations K  measured iterations per figure (default 60; 20 with --quick)
 *   --warmup W      unmeasured iterations first (default 5)
 *   --budget S      seconds allowed per figure (default 90): a slower figure stops after 3 iterations,
 *                   or 1; a call running longer than this is interrupted and marked timed_out
 *   --suite NAME    run only this suite (repeatable); default all
 *   --figure TEXT   run only figures whose name contains TEXT (repeatable)
 *   --explain       print each figure's query plans (EXPLAIN QUERY PLAN) before measuring it
 *   --json          one JSON object per figure on stdout; progress goes to stderr
 *   --rebuild       regenerate the cached database
 *   --generate-only build (or find) the database and stop
 *   --strict        exit 1 when a figure misses its targets
 *
 * Suites live in bench/suites; add one to SUITES below.
 */
import { DEFAULT_SEED, ensureBusinessDb } from './generate';
import { DEFAULT_CONSULTATIONS, ensureConsultationDb, QUICK_CONSULTATIONS } from './generate-consultations';
import { meetsTargets, TARGETS, targetsOf, type Figure, type Suite, type SuiteContext } from './lib/suite';
import { businessesSuite } from './suites/businesses';
import { consultationsSuite } from './suites/consultations';
import { exportSuite } from './suites/export';
import { followUpsSuite } from './suites/follow-ups';
import { reportsSuite } from './suites/reports';
import { syncSuite } from './suites/sync';
import { writesSuite } from './suites/writes';

const SUITES: readonly Suite[] = [businessesSuite, consultationsSuite, followUpsSuite, exportSuite, reportsSuite, writesSuite, syncSuite];

interface Options {
  profiles: number;
  consultations: number;
  seed: number;
  iterations: number;
  warmup: number;
  budgetS: number;
  suites: string[];
  figures: string[];
  json: boolean;
  explain: boolean;
  rebuild: boolean;
  generateOnly: boolean;
  strict: boolean;
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: npm run bench -- [--profiles N] [--consultations N] [--quick] [--seed S] [--iterations K] [--warmup W] [--budget S] [--suite NAME] [--figure TEXT] [--json] [--explain] [--rebuild] [--generate-only] [--strict]',
  );
  console.error(`suites: ${SUITES.map((s) => `${s.name} (${s.description})`).join('; ')}`);
  process.exit(message ? 2 : 0);
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    profiles: 350_000,
    consultations: DEFAULT_CONSULTATIONS,
    seed: DEFAULT_SEED,
    iterations: 60,
    warmup: 5,
    budgetS: 90,
    suites: [],
    figures: [],
    json: false,
    explain: false,
    rebuild: false,
    generateOnly: false,
    strict: false,
  };
  let quick = false;
  const explicit = new Set<string>();
  const int = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) usage(`${flag} needs a whole number >= ${min}`);
    explicit.add(flag);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--profiles':
        o.profiles = int(flag, value(), 100);
        break;
      case '--consultations':
        o.consultations = int(flag, value(), 100);
        break;
      case '--quick':
        quick = true;
        break;
      case '--seed':
        o.seed = int(flag, value(), 0);
        break;
      case '--iterations':
        o.iterations = int(flag, value(), 1);
        break;
      case '--warmup':
        o.warmup = int(flag, value(), 0);
        break;
      case '--budget':
        o.budgetS = int(flag, value(), 1);
        break;
      case '--suite': {
        const name = value();
        if (!name || !SUITES.some((s) => s.name === name)) usage(`unknown suite ${String(name)}`);
        o.suites.push(name);
        break;
      }
      case '--figure': {
        const text = value();
        if (!text) usage('--figure needs a text');
        o.figures.push(text);
        break;
      }
      case '--json':
        o.json = true;
        break;
      case '--explain':
        o.explain = true;
        break;
      case '--rebuild':
        o.rebuild = true;
        break;
      case '--generate-only':
        o.generateOnly = true;
        break;
      case '--strict':
        o.strict = true;
        break;
      case '--help':
      case '-h':
        usage();
        break;
      default:
        usage(`unknown option ${arg}`);
    }
  }
  if (quick) {
    if (!explicit.has('--profiles')) o.profiles = 20_000;
    if (!explicit.has('--consultations')) o.consultations = QUICK_CONSULTATIONS;
    if (!explicit.has('--iterations')) o.iterations = 20;
    if (!explicit.has('--warmup')) o.warmup = 3;
    if (!explicit.has('--budget')) o.budgetS = 20;
  }
  return o;
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function target(f: Figure): string {
  const t = targetsOf(f);
  if (t.p95Ms === undefined && t.ratio === undefined) return 'none';
  if (meetsTargets(f)) return 'met';
  const missed = [t.p95Ms !== undefined && f.p95_ms >= t.p95Ms ? 'p95' : '', t.ratio !== undefined && f.ratio >= t.ratio ? 'ratio' : ''];
  return `${missed.filter(Boolean).join('+')} MISSED`;
}

function table(figures: readonly Figure[]): string {
  const head = ['figure', 'n', 'iter', 'p50 ms', 'p95 ms', 'floor p50', 'floor p95', 'ratio', 'target', 'note'];
  const rows = figures.map((f) => [
    f.name,
    f.n.toLocaleString('en'),
    String(f.iterations),
    fmt(f.p50_ms),
    fmt(f.p95_ms),
    fmt(f.floor_p50_ms),
    fmt(f.floor_p95_ms),
    f.ratio.toFixed(2),
    target(f),
    f.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6, 7]);
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  // Progress never goes to stdout in --json mode, so stdout is one JSON object per line.
  const log = (message: string) => (o.json ? console.error(message) : console.log(message));

  const wants = (suite: string) => o.suites.length === 0 || o.suites.includes(suite);
  if (o.generateOnly) {
    const db = await ensureBusinessDb({ profiles: o.profiles, seed: o.seed, rebuild: o.rebuild, log });
    log(`${db.cached ? 'cached' : 'built'}: ${db.file}`);
    log(JSON.stringify(db.meta));
    if (wants('consultations')) {
      const c = await ensureConsultationDb({ profiles: o.profiles, consultations: o.consultations, seed: o.seed, rebuild: o.rebuild, log });
      log(`${c.cached ? 'cached' : 'built'}: ${c.file}`);
      log(JSON.stringify(c.meta));
    }
    return;
  }
  if (o.rebuild) {
    await ensureBusinessDb({ profiles: o.profiles, seed: o.seed, rebuild: true, log });
    if (wants('consultations')) await ensureConsultationDb({ profiles: o.profiles, consultations: o.consultations, seed: o.seed, rebuild: true, log });
  }

  const all: Figure[] = [];
  const report = (f: Figure) => {
    all.push(f);
    if (o.json) {
      const { name, n, p50_ms, p95_ms, floor_p95_ms, ratio, floor_p50_ms, iterations, note, timed_out, extra } = f;
      const line = { name, n, p50_ms, p95_ms, floor_p95_ms, ratio, floor_p50_ms, iterations, met: meetsTargets(f), note, ...(timed_out ? { timed_out } : {}), ...extra };
      console.log(JSON.stringify(line));
    } else {
      log(`    p50 ${fmt(f.p50_ms)} ms, p95 ${fmt(f.p95_ms)} ms, floor p95 ${fmt(f.floor_p95_ms)} ms, ratio ${f.ratio.toFixed(2)}`);
    }
  };
  const ctx: SuiteContext = {
    profiles: o.profiles,
    consultations: o.consultations,
    seed: o.seed,
    iterations: o.iterations,
    warmup: o.warmup,
    budgetMs: o.budgetS * 1000,
    explain: o.explain,
    figures: o.figures,
    log,
    report,
  };
  const selected = o.suites.length ? SUITES.filter((s) => o.suites.includes(s.name)) : SUITES;
  for (const suite of selected) {
    log(`suite ${suite.name}: ${suite.description}`);
    await suite.run(ctx);
  }
  const missed = all.filter((f) => !meetsTargets(f));
  // The table goes to stdout, or with --json to stderr beside the progress lines.
  log('');
  log(table(all));
  log('');
  log(`targets: p95 < ${TARGETS.p95Ms} ms and p95/floor_p95 < ${TARGETS.ratio} for every figure that does not set its own ('none': one-shot figures)`);
  const held = all.filter((f) => target(f) !== 'none');
  const free = all.length - held.length ? ` (${all.length - held.length} without targets)` : '';
  if (missed.length) log(`MISSED by ${missed.length} of ${held.length}${free}: ${missed.map((f) => f.name).join(', ')}`);
  else log(held.length ? `all ${held.length} figures with targets met them${free}` : `no figure with targets${free}`);
  if (o.strict && missed.length) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});

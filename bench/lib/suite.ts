import { nowMs, round, summarize } from './stats';

/** What every suite gets from bench/run.ts. */
export interface SuiteContext {
  /** Number of business profiles in the benchmark database. */
  profiles: number;
  /** Number of finalised consultations in the consultations suite's database. */
  consultations: number;
  seed: number;
  /** Measured iterations per figure, after `warmup` unmeasured ones. */
  iterations: number;
  warmup: number;
  /**
   * Time allowed per figure (both sides together, ms). A pathologically slow figure stops early
   * (after at least MIN_ITERATIONS) instead of running for hours; its `iterations` says so.
   */
  budgetMs: number;
  /** Log the query plans of what is measured. */
  explain: boolean;
  /** When non-empty, run only figures whose name contains one of these. */
  figures: string[];
  /** Progress lines; they go to stderr so `--json` output stays clean. */
  log(message: string): void;
  /** Hands over a measured figure as soon as it is ready (printed at once with --json). */
  report(figure: Figure): void;
}

/** One measured figure: the path the renderer uses, and the floor under it. */
export interface Figure {
  name: string;
  n: number;
  p50_ms: number;
  p95_ms: number;
  floor_p50_ms: number;
  floor_p95_ms: number;
  /** p95 / floor_p95. */
  ratio: number;
  iterations: number;
  /** Free-form facts about the figure (rows matched, inputs), shown in the table's last column. */
  note?: string;
  /** A call ran past the budget and was interrupted: the times are lower bounds. */
  timed_out?: boolean;
  /**
   * The figure's own targets instead of TARGETS; a target left out is not held (`{}`: none, for
   * one-shot figures such as an export, whose time has no fixed bound).
   */
  targets?: { p95Ms?: number; ratio?: number };
  /** More numbers for --json (rows per second, memory...), beside the note that shows them. */
  extra?: Record<string, number | boolean | string>;
}

export interface Suite {
  name: string;
  description: string;
  /** Measures the suite's figures, handing each to ctx.report. */
  run(ctx: SuiteContext): Promise<void>;
}

/** Whether the run asked for this figure (`--figure` filters by substring). */
export function wanted(ctx: SuiteContext, name: string): boolean {
  return ctx.figures.length === 0 || ctx.figures.some((f) => name.includes(f));
}

/** Targets every figure is held to. */
export const TARGETS = { p95Ms: 50, ratio: 2 } as const;

/** The targets a figure is held to: its own, or TARGETS. */
export function targetsOf(f: Figure): { p95Ms?: number; ratio?: number } {
  return f.targets ?? TARGETS;
}

export function meetsTargets(f: Figure): boolean {
  const t = targetsOf(f);
  return (t.p95Ms === undefined || f.p95_ms < t.p95Ms) && (t.ratio === undefined || f.ratio < t.ratio);
}

export interface MeasureSpec<I, S = unknown, F = unknown> {
  name: string;
  n: number;
  /** Inputs rotated through the iterations (iteration i uses inputs[i % length]). */
  inputs: readonly I[];
  /** The measured path (e.g. router.invoke). */
  subject: (input: I) => Promise<S>;
  /** The same work at the floor (e.g. the repository's SQL on a raw connection). */
  floor: (input: I) => Promise<F>;
  /** Called with both answers the first time each input runs: throw if they differ. */
  verify?: (subject: S, floor: F, input: I) => void;
  iterations: number;
  warmup: number;
  budgetMs: number;
  /**
   * Cancels the running call of each side (sqlite3's interrupt). With it, a call that runs past
   * budgetMs is interrupted and the figure ends there, marked timed_out, its times lower bounds.
   */
  interrupt?: { subject(): void; floor(): void };
  note?: string;
}

interface Call<T> {
  ms: number;
  value: T | undefined;
  timedOut: boolean;
}

async function call<I, T>(fn: (input: I) => Promise<T>, input: I, timeoutMs: number, interrupt?: () => void): Promise<Call<T>> {
  let fired = false;
  const timer = interrupt
    ? setTimeout(() => {
        fired = true;
        interrupt();
      }, timeoutMs)
    : undefined;
  const start = nowMs();
  try {
    const value = await fn(input);
    return { ms: nowMs() - start, value, timedOut: false };
  } catch (err) {
    if (fired) return { ms: nowMs() - start, value: undefined, timedOut: true };
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Fewest measured iterations a figure reports, budget or not. */
export const MIN_ITERATIONS = 3;

/**
 * Measures subject and floor in the same loop on the same inputs. The order alternates each
 * iteration so neither side always runs on caches the other just warmed. A figure over its time
 * budget drops the rest of its warm-up (a warm-up iteration that alone takes a tenth of the budget
 * is counted as measured) and stops after MIN_ITERATIONS, or after one when three would take more
 * than three budgets: a figure that slow is reported from fewer samples rather than for hours.
 */
export async function measure<I, S, F>(spec: MeasureSpec<I, S, F>): Promise<Figure> {
  if (spec.inputs.length === 0) throw new Error(`${spec.name}: no inputs`);
  const subject: number[] = [];
  const floor: number[] = [];
  const verified = new Set<I>();
  const started = nowMs();
  let warmup = spec.warmup;
  let timedOut = false;
  for (let i = 0; subject.length < spec.iterations && !timedOut; i++) {
    const elapsed = nowMs() - started;
    if (elapsed > spec.budgetMs / 4 && i < warmup) warmup = i;
    if (elapsed > spec.budgetMs && subject.length >= 1) {
      // Enough: MIN_ITERATIONS measured, or so slow that they would take thrice the budget.
      const perIteration = elapsed / i;
      if (subject.length >= MIN_ITERATIONS || perIteration * MIN_ITERATIONS > 3 * spec.budgetMs) break;
    }
    const input = spec.inputs[i % spec.inputs.length] as I;
    const runSubject = () => call(spec.subject, input, spec.budgetMs, spec.interrupt?.subject);
    const runFloor = () => call(spec.floor, input, spec.budgetMs, spec.interrupt?.floor);
    let s: Call<S>;
    let f: Call<F>;
    if (i % 2 === 0) {
      s = await runSubject();
      f = await runFloor();
    } else {
      f = await runFloor();
      s = await runSubject();
    }
    timedOut = s.timedOut || f.timedOut;
    if (spec.verify && !timedOut && !verified.has(input)) {
      spec.verify(s.value as S, f.value as F, input);
      verified.add(input);
    }
    if (i < warmup && (timedOut || s.ms + f.ms > spec.budgetMs / 10)) warmup = i;
    if (i >= warmup) {
      subject.push(s.ms);
      floor.push(f.ms);
    }
  }
  const sub = summarize(subject);
  const flo = summarize(floor);
  return {
    name: spec.name,
    n: spec.n,
    p50_ms: round(sub.p50),
    p95_ms: round(sub.p95),
    floor_p50_ms: round(flo.p50),
    floor_p95_ms: round(flo.p95),
    ratio: round(sub.p95 / flo.p95, 2),
    iterations: subject.length,
    ...(spec.note ? { note: spec.note } : {}),
    ...(timedOut ? { timed_out: true } : {}),
  };
}

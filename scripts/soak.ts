/**
 * The durability model (tests/main/model) with fresh seeds, again and again, for a while:
 *   npm run soak -- --minutes 30 [--runs 9] [--steps 75]
 * Prints each seed as it goes, the totals at the end, and every failing seed with its path so that
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run tests/main/model` replays it. Exits 1 on a failure.
 */
import { checkProperty, emptyStats, type PropertyResult } from '../src/harness/durability/model';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} wants a positive number, got ${raw}`);
  return value;
}

async function main(): Promise<void> {
  const minutes = option('minutes', 10);
  const runs = option('runs', 9);
  const steps = option('steps', 75);
  const until = Date.now() + minutes * 60_000;
  const stats = emptyStats();
  const failures: PropertyResult[] = [];
  let rounds = 0;
  console.info(`soak: ${minutes} min, ${runs} programs of about ${steps} steps per seed`);
  while (Date.now() < until) {
    const seed = Math.floor(Math.random() * 2 ** 31);
    const started = Date.now();
    const before = stats.ops;
    const result = await checkProperty({ seed, numRuns: runs, steps: { min: Math.max(1, steps - 10), max: steps + 10 } }, stats);
    rounds++;
    const took = Math.round((Date.now() - started) / 1000);
    if (result.failed) {
      failures.push(result);
      console.info(`soak: seed ${seed} FAILED after ${took} s: FC_SEED=${result.seed} FC_PATH=${result.path}\n${result.message}`);
    } else {
      console.info(`soak: seed ${seed} passed, ${stats.ops - before} operations in ${took} s`);
    }
  }
  console.info(
    `soak: ${rounds} seeds, ${stats.runs} programs, ${stats.ops} operations, ${stats.restarts} restarts, ${stats.kills} kills, ${stats.refusals} expected refusals, ${failures.length} failing seed(s)`,
  );
  for (const f of failures) console.info(`soak: failing seed ${f.seed} path ${f.path}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});

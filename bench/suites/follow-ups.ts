/**
 * Tindak Lanjut at the size of eight years of a busy clinic (the consultations database: about
 * 1,500,000 follow-ups from 1,000,000 consultations):
 *
 * - counts: followUps:counts, the four tab counts (Terlambat, Hari ini, Minggu ini, Nanti) that the
 *   screen and Beranda show, for the whole office and for one consultant;
 * - overdue page: followUps:list for the first page of Terlambat (50 rows, most overdue first),
 *   office-wide and for one consultant.
 *
 * The floor is the very statements the core's connection ran for the same call (captured from an
 * unmeasured call after a warm-up, so the settings and region caches are filled), replayed on a raw
 * sqlite3 connection. Target: p95 under 20 ms.
 */
import type { Core } from '../../src/main/core';
import { ensureConsultationDb } from '../generate-consultations';
import { captureStatements, openBenchCore } from '../lib/core';
import { RawDb, replay, type Statement } from '../lib/floor';
import { measure, wanted, type Suite, type SuiteContext } from '../lib/suite';

/** The issue's own target for these figures, tighter than the suite-wide 50 ms. */
export const FOLLOW_UP_TARGET_P95_MS = 20;

interface Spec {
  name: string;
  what: string;
  channel: 'followUps:counts' | 'followUps:list';
  input: Record<string, unknown>;
  /** What the answer says, for the note (e.g. the counts). */
  describe(answer: unknown): string;
}

async function invoke(core: Core, channel: string, input: unknown): Promise<unknown> {
  const reply = await core.router.invoke(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

async function specs(raw: RawDb): Promise<Spec[]> {
  // A consultant with an ordinary load of open follow-ups: the median of those who have any.
  const loads = await raw.all<{ id: string; n: number }>(
    `SELECT consultant_id AS id, count(*) AS n FROM follow_up WHERE status = 'open' AND deleted_at IS NULL AND consultant_id IS NOT NULL
     GROUP BY consultant_id ORDER BY n, consultant_id`,
  );
  const consultant = loads[Math.floor(loads.length / 2)];
  if (!consultant) throw new Error('the benchmark database has no open follow-ups');
  const counts = (a: unknown) => {
    const c = a as { overdue: number; today: number; week: number; later: number };
    return `${c.overdue} overdue, ${c.today} today, ${c.week} this week, ${c.later} later`;
  };
  const page = (a: unknown) => `${(a as { total: number }).total} overdue in all`;
  return [
    { name: 'counts', what: 'the four tab counts, whole office', channel: 'followUps:counts', input: {}, describe: counts },
    {
      name: 'counts-consultant',
      what: `the four tab counts of one consultant (${consultant.n} open)`,
      channel: 'followUps:counts',
      input: { consultantId: consultant.id },
      describe: counts,
    },
    { name: 'overdue-page', what: 'Terlambat, page 1 of 50, whole office', channel: 'followUps:list', input: { bucket: 'overdue', page: 1, pageSize: 50 }, describe: page },
    {
      name: 'overdue-page-consultant',
      what: 'Terlambat, page 1 of 50, one consultant',
      channel: 'followUps:list',
      input: { bucket: 'overdue', consultantId: consultant.id, page: 1, pageSize: 50 },
      describe: page,
    },
  ];
}

export const followUpsSuite: Suite = {
  name: 'follow-ups',
  description: 'followUps:counts and the first page of Terlambat via core.router.invoke, against the statements the core ran on a raw sqlite3 connection',
  async run(ctx: SuiteContext): Promise<void> {
    const db = await ensureConsultationDb({ profiles: ctx.profiles, consultations: ctx.consultations, seed: ctx.seed, log: ctx.log });
    ctx.log(`database ${db.cached ? 'cached' : 'built'}: ${db.meta.followUps.toLocaleString('en')} follow-ups`);
    const { core, problems } = await openBenchCore(db.dataDir);
    const raw = await RawDb.open(db.file, { readonly: true });
    try {
      for (const spec of await specs(raw)) {
        const name = `followUps.${spec.name}`;
        if (!wanted(ctx, name)) continue;
        await invoke(core, spec.channel, spec.input); // warm the caches (settings, region names)
        const { value, statements } = await captureStatements(core, () => invoke(core, spec.channel, spec.input));
        const reads: Statement[] = statements.filter((s) => /^\s*SELECT/i.test(s.sql));
        ctx.log(`  ${name}: ${spec.what} (${reads.length} statements)`);
        if (ctx.explain) {
          for (const st of reads) {
            for (const r of await raw.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${st.sql}`, st.params)) ctx.log(`      ${r.detail}`);
          }
        }
        const figure = await measure({
          name,
          n: db.meta.followUps,
          inputs: [spec.input],
          subject: (input) => invoke(core, spec.channel, input),
          floor: () => replay(raw, reads),
          iterations: ctx.iterations,
          warmup: ctx.warmup,
          budgetMs: ctx.budgetMs,
        });
        const target = figure.p95_ms < FOLLOW_UP_TARGET_P95_MS ? 'under' : 'OVER';
        ctx.report({ ...figure, note: `${spec.describe(value)}; p95 ${target} the ${FOLLOW_UP_TARGET_P95_MS} ms target` });
      }
      for (const p of problems.filter((x) => !/SQLITE_INTERRUPT/.test(x))) ctx.log(`core logged ${p}`);
    } finally {
      await raw.close();
      await core.close();
    }
  },
};

/**
 * The reports at the size of eight years of a busy clinic: 350,000 profiles, 1,000,000
 * consultations, and (generate-reports.ts) 3,000 trainings with about 75,000 participants and
 * 60,000 impact milestones:
 *
 * - dashboard: reports:dashboard for the last 12 months (Beranda), office-wide and for the busiest
 *   kabupaten/kota; target p95 under 200 ms (the issue's);
 * - activity-month: reports:activity for the last full month;
 * - impact-quarter: reports:impact for the last full quarter;
 * - data-checks-month: reports:dataChecks for the last full month.
 *
 * The floor is the very statements the core's connection ran for the same call (captured from an
 * unmeasured call after a warm-up), replayed on a raw sqlite3 connection.
 */
import type { Core } from '../../src/main/core';
import { ensureReportsDb } from '../generate-reports';
import { captureStatements, openBenchCore } from '../lib/core';
import { RawDb, replay, type Statement } from '../lib/floor';
import { measure, wanted, type Figure, type Suite, type SuiteContext } from '../lib/suite';

/** The target for the dashboard. */
export const DASHBOARD_TARGET_P95_MS = 200;

interface Spec {
  name: string;
  what: string;
  channel: 'reports:dashboard' | 'reports:activity' | 'reports:impact' | 'reports:dataChecks';
  input: Record<string, unknown>;
  targets: Figure['targets'];
  describe(answer: unknown): string;
}

async function invoke(core: Core, channel: string, input: unknown): Promise<unknown> {
  const reply = await core.router.invoke(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

async function specs(raw: RawDb): Promise<Spec[]> {
  const [busiest] = await raw.all<{ code: string }>(
    `SELECT regency_code AS code FROM business WHERE deleted_at IS NULL AND regency_code IS NOT NULL GROUP BY regency_code ORDER BY count(*) DESC LIMIT 1`,
  );
  const dashboard = (a: unknown) => {
    const d = a as { totals: { consultations: number; businessesServed: number }; trainings: { participants: number }; impact: { jobsCreated: number } };
    return `${d.totals.consultations.toLocaleString('en')} consultations, ${d.totals.businessesServed.toLocaleString('en')} businesses, ${d.trainings.participants.toLocaleString('en')} participants, ${d.impact.jobsCreated} jobs created`;
  };
  const activity = (a: unknown) => {
    const r = a as { totals: { consultations: number; businessesServed: number; participants: number }; byConsultant: unknown[] };
    return `${r.totals.consultations.toLocaleString('en')} consultations, ${r.totals.businessesServed.toLocaleString('en')} businesses, ${r.byConsultant.length} consultants, ${r.totals.participants} participants`;
  };
  const impact = (a: unknown) => {
    const r = a as { milestones: number; businesses: number };
    return `${r.milestones.toLocaleString('en')} milestones of ${r.businesses.toLocaleString('en')} businesses`;
  };
  const checks = (a: unknown) =>
    (a as { checks: Array<{ kind: string; count: number }> }).checks.map((c) => `${c.kind.replace(/_/g, ' ')} ${c.count}`).join(', ');
  const dashboardTargets = { p95Ms: DASHBOARD_TARGET_P95_MS, ratio: 2 };
  return [
    { name: 'dashboard-12-months', what: 'Beranda, Dec 2025 – Nov 2026, whole office', channel: 'reports:dashboard', input: { from: '2025-12-01', to: '2026-11-30' }, targets: dashboardTargets, describe: dashboard },
    {
      name: 'dashboard-12-months-regency',
      what: `Beranda, Dec 2025 – Nov 2026, kabupaten/kota ${busiest?.code}`,
      channel: 'reports:dashboard',
      input: { from: '2025-12-01', to: '2026-11-30', regencyCode: busiest?.code },
      targets: dashboardTargets,
      describe: dashboard,
    },
    { name: 'activity-month', what: 'Laporan Kegiatan, October 2026', channel: 'reports:activity', input: { period: { kind: 'month', year: 2026, month: 10 } }, targets: { ratio: 2 }, describe: activity },
    { name: 'impact-quarter', what: 'Laporan Dampak, Q3 2026', channel: 'reports:impact', input: { period: { kind: 'quarter', year: 2026, quarter: 3 } }, targets: { ratio: 2 }, describe: impact },
    { name: 'data-checks-month', what: 'data checks, October 2026', channel: 'reports:dataChecks', input: { period: { kind: 'month', year: 2026, month: 10 } }, targets: { ratio: 2 }, describe: checks },
  ];
}

export const reportsSuite: Suite = {
  name: 'reports',
  description: 'reports:dashboard (12 months), the monthly activity report, the quarterly impact scorecard and the data checks via core.router.invoke, against the statements the core ran on a raw sqlite3 connection',
  async run(ctx: SuiteContext): Promise<void> {
    const db = await ensureReportsDb({ profiles: ctx.profiles, consultations: ctx.consultations, seed: ctx.seed, log: ctx.log });
    ctx.log(
      `database ${db.cached ? 'cached' : 'built'}: ${db.meta.trainings.toLocaleString('en')} trainings, ${db.meta.participants.toLocaleString('en')} participants, ${db.meta.milestones.toLocaleString('en')} milestones`,
    );
    const { core, problems } = await openBenchCore(db.dataDir);
    const raw = await RawDb.open(db.file, { readonly: true });
    try {
      for (const spec of await specs(raw)) {
        const name = `reports.${spec.name}`;
        if (!wanted(ctx, name)) continue;
        await invoke(core, spec.channel, spec.input); // warm the caches (settings, region names)
        const { value, statements } = await captureStatements(core, () => invoke(core, spec.channel, spec.input));
        const reads: Statement[] = statements.filter((s) => /^\s*(SELECT|WITH)/i.test(s.sql));
        ctx.log(`  ${name}: ${spec.what} (${reads.length} statements)`);
        if (ctx.explain) {
          for (const st of reads) {
            ctx.log(`    ${st.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
            for (const r of await raw.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${st.sql}`, st.params)) ctx.log(`      ${r.detail}`);
          }
        }
        const figure = await measure({
          name,
          n: db.consultations,
          inputs: [spec.input],
          subject: (input) => invoke(core, spec.channel, input),
          floor: () => replay(raw, reads),
          iterations: ctx.iterations,
          warmup: ctx.warmup,
          budgetMs: ctx.budgetMs,
        });
        ctx.report({ ...figure, targets: spec.targets, note: spec.describe(value) });
      }
      for (const p of problems.filter((x) => !/SQLITE_INTERRUPT/.test(x))) ctx.log(`core logged ${p}`);
    } finally {
      await raw.close();
      await core.close();
    }
  },
};

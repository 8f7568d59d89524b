import { afterEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/shared/contract';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew } from './helpers/consultation';

let desk: Desk | undefined;

afterEach(async () => {
  await desk?.t.dispose();
  desk = undefined;
});

/** The month bars chart `total`; the service areas are a breakdown that can add up to more. */
async function dashboardBothWays(d: Desk, from: string, to: string): Promise<Dashboard[]> {
  const reports = d.t.core.services.reports.dashboard;
  const out: Dashboard[] = [];
  for (const aggregates of [true, false]) {
    reports.monthAggregates = aggregates;
    out.push(await d.call('reports:dashboard', { from, to }));
  }
  reports.monthAggregates = true;
  return out;
}

describe('Beranda: consultations per month', () => {
  it('counts a consultation with two service areas once in its month, and once in each of its areas', async () => {
    desk = await openDesk();
    const sri = await desk.create(profile({ name: 'Kue Bu Sri' }));
    const base = { referrals: [], actionItems: [] };
    await finalizeNew(desk, consultationValues(sri.id, desk.consultantId, { ...base, date: '2026-05-04', serviceAreas: ['pemasaran', 'legalitas'] }));
    await finalizeNew(desk, consultationValues(sri.id, desk.consultantId, { ...base, date: '2026-05-11', serviceAreas: ['pemasaran'] }));
    await finalizeNew(desk, consultationValues(sri.id, desk.consultantId, { ...base, date: '2026-06-02', serviceAreas: ['produksi', 'sdm', 'digital'] }));

    for (const d of await dashboardBothWays(desk, '2026-05-01', '2026-06-30')) {
      const [may, june] = d.consultationsByMonth;
      expect(may).toMatchObject({ month: '2026-05', total: 2, areas: { pemasaran: 2, legalitas: 1 } });
      expect(june).toMatchObject({ month: '2026-06', total: 1, areas: { produksi: 1, sdm: 1, digital: 1 } });
      // The month totals add up to the consultations of the period, each once.
      expect(d.consultationsByMonth.reduce((sum, m) => sum + m.total, 0)).toBe(3);
      expect(d.totals.consultations).toBe(3);
    }
  });
});

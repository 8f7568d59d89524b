import { describe, expect, it } from 'vitest';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { dashboardEn, dashboardId } from '../../../../src/renderer/src/features/dashboard/i18n';
import { DASHBOARD_PERIODS } from '../../../../src/renderer/src/features/dashboard/period';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('dashboard catalogues', () => {
  it('have identical key sets in Indonesian and English, and name every period', () => {
    expect(keys(dashboardEn).sort()).toEqual(keys(dashboardId).sort());
    for (const period of DASHBOARD_PERIODS) {
      expect(dashboardId.periods[period]).toBeTruthy();
      expect(dashboardEn.periods[period]).toBeTruthy();
    }
  });

  it('are part of the app catalogue under "dashboard"', () => {
    expect(resources.id.translation.dashboard).toBe(dashboardId);
    expect(resources.en.translation.dashboard).toBe(dashboardEn);
  });
});

import { describe, expect, it } from 'vitest';
import { CAPITAL_SOURCES, DATA_CHECK_KINDS, PERMIT_KINDS } from '../../../../src/shared/contract';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { reportsEn, reportsId } from '../../../../src/renderer/src/features/reports/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  return Object.values(node as Record<string, unknown>).flatMap(strings);
}

describe('report catalogues', () => {
  it('have identical key sets in Indonesian and English, and no empty strings', () => {
    expect(keys(reportsEn).sort()).toEqual(keys(reportsId).sort());
    for (const text of [...strings(reportsId), ...strings(reportsEn)]) expect(text.trim()).not.toBe('');
  });

  it('are part of the app catalogue under "reports", with the nav item', () => {
    expect(resources.id.translation.reports).toBe(reportsId);
    expect(resources.en.translation.reports).toBe(reportsEn);
    expect(resources.id.translation.nav.reports).toBe('Laporan');
  });

  it('name and explain every data check, capital source and permit kind', () => {
    for (const kind of DATA_CHECK_KINDS) {
      expect(reportsId.checks.kinds[kind].title).toBeTruthy();
      expect(reportsId.checks.kinds[kind].description).toBeTruthy();
    }
    for (const source of CAPITAL_SOURCES) expect(reportsId.capitalSources[source]).toBeTruthy();
    for (const kind of PERMIT_KINDS) expect(reportsId.permitKinds[kind]).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { i18n, resources } from '../../../../src/renderer/src/app/i18n';
import { milestoneSentence } from '../../../../src/renderer/src/features/impact';
import { impactEn, impactId } from '../../../../src/renderer/src/features/impact/i18n';
import { everyKind, milestone } from './fixtures';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('milestoneSentence', () => {
  it('reads each kind in Indonesian, amounts and counts formatted id-ID', () => {
    const t = i18n.getFixedT('id');
    expect(everyKind().map((m) => milestoneSentence(m, t))).toEqual([
      '3 tenaga kerja baru (2 L, 1 P)',
      'Omzet Rp5.000.000 → Rp8.500.000 per bulan',
      'Modal KUR Rp25.000.000',
      'Izin P-IRT diperoleh',
      'Pasar baru: Rest area tol — KM 19',
      'Usaha mulai berjalan',
    ]);
    expect(milestoneSentence(milestone({ jobKind: 'kept', men: 1200, women: 0 }), t)).toBe('1.200 tenaga kerja dipertahankan (1.200 L, 0 P)');
    expect(milestoneSentence(milestone({ kind: 'capital', capitalSource: 'grant', amount: 7_500_000 }), t)).toBe('Modal hibah Rp7.500.000');
    expect(milestoneSentence(milestone({ kind: 'market', channel: 'marketplace', channelName: null }), t)).toBe('Pasar baru: Marketplace');
  });

  it('reads them in English too, with Rupiah still written the Indonesian way', () => {
    const t = i18n.getFixedT('en');
    expect(everyKind().map((m) => milestoneSentence(m, t))).toEqual([
      '3 new jobs (2 M, 1 F)',
      'Sales Rp5.000.000 → Rp8.500.000 per month',
      'KUR capital Rp25.000.000',
      'P-IRT permit obtained',
      'New market: Toll rest area — KM 19',
      'Business started',
    ]);
  });
});

describe('impact catalogues', () => {
  it('have identical key sets in Indonesian and English, with no empty strings, joined under "impact"', () => {
    expect(keys(impactEn).sort()).toEqual(keys(impactId).sort());
    for (const key of keys(impactId)) expect(key.length).toBeGreaterThan(0);
    expect(resources.id.translation.impact).toBe(impactId);
    expect(resources.en.translation.impact).toBe(impactEn);
  });

  it('have a sentence for every validation key the impact core returns', () => {
    for (const key of ['businessUnknown', 'consultationUnknown', 'trainingNotAttended', 'dateFuture', 'jobsZero', 'positive', 'money']) {
      expect(resources.id.translation.v[key as keyof typeof resources.id.translation.v], key).toBeTruthy();
      expect(resources.en.translation.v[key as keyof typeof resources.en.translation.v], key).toBeTruthy();
    }
  });
});

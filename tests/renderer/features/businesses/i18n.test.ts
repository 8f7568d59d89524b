import { describe, expect, it } from 'vitest';
import {
  BUSINESS_SORTS,
  BUSINESS_STATUSES,
  DUPLICATE_NOTES,
  DUPLICATE_REASONS,
  GENDERS,
  LEGAL_FORMS,
  PERMIT_FILTERS,
  SALES_CHANNELS,
  SCALES,
} from '../../../../src/shared/contract';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { businessesEn, businessesId } from '../../../../src/renderer/src/features/businesses/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(catalogue: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe('business catalogues', () => {
  it('have identical key sets in Indonesian and English, and no empty strings', () => {
    expect(keys(businessesEn).sort()).toEqual(keys(businessesId).sort());
    for (const catalogue of [businessesId, businessesEn]) {
      for (const key of keys(catalogue)) expect(lookup(catalogue, key), key).not.toBe('');
    }
  });

  it('are part of the app catalogue under "businesses"', () => {
    expect(resources.id.translation.businesses).toBe(businessesId);
    expect(resources.en.translation.businesses).toBe(businessesEn);
  });

  it('name every value of the contract enums the screens show', () => {
    const groups: Array<[string, readonly string[]]> = [
      ['statuses', BUSINESS_STATUSES],
      ['legalForms', LEGAL_FORMS],
      ['channels', SALES_CHANNELS],
      ['genders', GENDERS],
      ['scales', SCALES],
      ['permitFilters', PERMIT_FILTERS],
      ['list.sorts', BUSINESS_SORTS],
      ['duplicates.reasons', DUPLICATE_REASONS],
      ['duplicates.notes', DUPLICATE_NOTES],
    ];
    for (const [group, values] of groups) {
      for (const value of values) {
        for (const catalogue of [businessesId, businessesEn]) expect(typeof lookup(catalogue, `${group}.${value}`), `${group}.${value}`).toBe('string');
      }
    }
  });

  it('label the timeline kinds in Indonesian', () => {
    expect(businessesId.timeline.kinds).toMatchObject({
      create: 'Dibuat',
      update: 'Diubah',
      delete: 'Dihapus',
      restore: 'Dipulihkan',
      merge: 'Digabungkan',
      merged_into: 'Digabungkan ke profil lain',
      reveal_nik: 'NIK ditampilkan',
      export_personal: 'Data pribadi diekspor',
      erase_personal: 'Data pribadi dihapus',
      not_duplicate: 'Ditandai bukan duplikat',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCES, GENDERS, IMPORT_FIELDS, IMPORT_ROW_STATES, TRAINING_TOPICS } from '../../../../src/shared/contract';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { NAV_ITEMS } from '../../../../src/renderer/src/app/nav';
import { trainingsEn, trainingsId } from '../../../../src/renderer/src/features/trainings/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(catalogue: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe('training catalogues', () => {
  it('have identical key sets in Indonesian and English, and no empty strings', () => {
    expect(keys(trainingsEn).sort()).toEqual(keys(trainingsId).sort());
    for (const catalogue of [trainingsId, trainingsEn]) {
      for (const key of keys(catalogue)) expect(lookup(catalogue, key), key).not.toBe('');
    }
  });

  it('are part of the app catalogue under "trainings", with "Pelatihan" in the navbar after Tindak Lanjut', () => {
    expect(resources.id.translation.trainings).toBe(trainingsId);
    expect(resources.en.translation.trainings).toBe(trainingsEn);
    const paths = NAV_ITEMS.map((item) => item.path);
    expect(paths.indexOf('/pelatihan')).toBe(paths.indexOf('/tindak-lanjut') + 1);
    expect(resources.id.translation.nav.trainings).toBe('Pelatihan');
  });

  it('name every value of the contract enums the screens show', () => {
    const groups: Array<[string, readonly string[]]> = [
      ['topics', TRAINING_TOPICS],
      ['funding', FUNDING_SOURCES],
      ['import.fields', IMPORT_FIELDS],
      ['import.states', IMPORT_ROW_STATES],
      ['participants.genders', GENDERS],
    ];
    for (const [group, values] of groups) {
      for (const value of values) {
        for (const catalogue of [trainingsId, trainingsEn]) expect(typeof lookup(catalogue, `${group}.${value}`), `${group}.${value}`).toBe('string');
      }
    }
    expect(trainingsId.import.states).toEqual({
      new: 'Baru',
      duplicate_in_sheet: 'Ganda di lembar',
      already_participant: 'Sudah peserta',
      invalid: 'Tidak sah',
      blank: 'Kosong',
    });
  });

  it('have a sentence for every validation key the training contract returns', () => {
    for (const key of ['trainingTooLong', 'rangeReversed', 'regionChain', 'ageRange', 'prospectWithBusiness', 'mapName', 'nothingChosen', 'weeksRange', 'phone']) {
      expect(lookup(resources.id.translation.v, key), key).toBeTruthy();
      expect(lookup(resources.en.translation.v, key), key).toBeTruthy();
    }
  });
});

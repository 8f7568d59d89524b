import { describe, expect, it } from 'vitest';
import { PROCESSING_RECORD_FIELDS, RETENTION_KINDS } from '../../../../src/shared/contract';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { privacyDutiesEn, privacyDutiesId } from '../../../../src/renderer/src/features/privacy-duties/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('UU PDP duties catalogues', () => {
  it('have identical key sets in Indonesian and English, none empty', () => {
    expect(keys(privacyDutiesEn).sort()).toEqual(keys(privacyDutiesId).sort());
    for (const key of keys(privacyDutiesId)) expect(key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], privacyDutiesId), key).not.toBe('');
  });

  it('are part of the app catalogue and name every kind of record and every section of the record of processing', () => {
    expect(resources.id.translation.privacyDuties).toBe(privacyDutiesId);
    expect(resources.en.translation.privacyDuties).toBe(privacyDutiesEn);
    for (const kind of RETENTION_KINDS) expect(privacyDutiesId.kinds[kind] && privacyDutiesId.kindHints[kind], kind).toBeTruthy();
    for (const field of PROCESSING_RECORD_FIELDS) expect(privacyDutiesEn.settings.fields[field], field).toBeTruthy();
    // The field messages the contract's schemas answer with.
    expect(resources.id.translation.v.retentionMonths).toMatch(/bulan/);
    expect(resources.en.translation.v.occurredAfterDiscovered).toBeTruthy();
  });
});

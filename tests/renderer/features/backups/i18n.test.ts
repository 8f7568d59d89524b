import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS, BACKUP_TIERS } from '../../../../src/shared/contract/backups';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { backupsEn, backupsId } from '../../../../src/renderer/src/features/backups/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('backups catalogues', () => {
  it('have identical key sets in Indonesian and English, none empty', () => {
    expect(keys(backupsEn).sort()).toEqual(keys(backupsId).sort());
    for (const key of keys(backupsId)) expect(key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], backupsId), key).not.toBe('');
  });

  it('are part of the app catalogue under "backups" and name every reason and tier', () => {
    expect(resources.id.translation.backups).toBe(backupsId);
    expect(resources.en.translation.backups).toBe(backupsEn);
    for (const reason of BACKUP_REASONS) expect(backupsId.reasons[reason], reason).toBeTruthy();
    for (const tier of BACKUP_TIERS) expect(backupsId.tiers[tier], tier).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { EXPORT_CONTENTS, TRANSFER_PHASES, TRANSFER_TABLES } from '../../../../src/shared/contract';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { transferEn, transferId } from '../../../../src/renderer/src/features/transfer/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('transfer catalogues', () => {
  it('have identical key sets in Indonesian and English', () => {
    expect(keys(transferEn).sort()).toEqual(keys(transferId).sort());
  });

  it('are part of the app catalogue under "transfer" and name every phase, table and content', () => {
    expect(resources.id.translation.transfer).toBe(transferId);
    expect(resources.en.translation.transfer).toBe(transferEn);
    for (const phase of TRANSFER_PHASES) expect(transferId.phases[phase], phase).toBeTruthy();
    for (const table of TRANSFER_TABLES) expect(transferId.tables[table], table).toBeTruthy();
    for (const content of EXPORT_CONTENTS) expect(transferId.contents[content], content).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_BUCKETS } from '../../../../src/shared/contract';
import { resources } from '../../../../src/renderer/src/app/i18n';
import { followUpsEn, followUpsId } from '../../../../src/renderer/src/features/follow-ups/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('follow-up catalogues', () => {
  it('have identical key sets in Indonesian and English, and no empty strings', () => {
    expect(keys(followUpsEn).sort()).toEqual(keys(followUpsId).sort());
    for (const key of keys(followUpsId)) expect(key).not.toBe('');
  });

  it('are part of the app catalogue under "followUps" and name every tab', () => {
    expect(resources.id.translation.followUps).toBe(followUpsId);
    expect(resources.en.translation.followUps).toBe(followUpsEn);
    for (const bucket of FOLLOW_UP_BUCKETS) expect(followUpsId.tabs[bucket]).toBeTruthy();
  });

  it('have a sentence for every validation key the follow-up core returns', () => {
    const keysUsed = ['snoozePast', 'outcomeTooLong', 'dueInPast', 'agendaTooLong', 'leadTooLong', 'idleDaysRange', 'time', 'rangeReversed', 'businessUnknown', 'consultantUnknown'];
    for (const key of keysUsed) {
      expect(resources.id.translation.v[key as keyof typeof resources.id.translation.v], key).toBeTruthy();
      expect(resources.en.translation.v[key as keyof typeof resources.en.translation.v], key).toBeTruthy();
    }
  });
});

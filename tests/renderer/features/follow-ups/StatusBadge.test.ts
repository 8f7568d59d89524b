import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../src/renderer/src/features/follow-ups/list/StatusBadge';
import { dueInstant } from '../../../../src/shared/domain/follow-up-due';
import { item } from './fixtures';

describe('follow-up status on screen', () => {
  it('reads one due by the end of 7 Dec (no time) as open all that day and overdue from 00:00 WITA on the 8th', () => {
    const f = item({ dueDate: '2026-12-07', dueTime: null, snoozedUntil: null, effectiveAt: dueInstant('2026-12-07', null, 'Asia/Makassar') });
    expect(statusOf(f, Date.parse('2026-12-07T01:20:00.000Z'))).toBe('open'); // 09:20 WITA
    expect(statusOf(f, Date.parse('2026-12-07T15:59:00.000Z'))).toBe('open'); // 23:59 WITA
    expect(statusOf(f, Date.parse('2026-12-07T16:00:00.000Z'))).toBe('overdue'); // 00:00 WITA
  });

  it('reads one due at 09:00 as overdue at 09:20', () => {
    const f = item({ dueDate: '2026-12-07', dueTime: '09:00', snoozedUntil: null, effectiveAt: dueInstant('2026-12-07', '09:00', 'Asia/Makassar') });
    expect(statusOf(f, Date.parse('2026-12-07T01:20:00.000Z'))).toBe('overdue');
  });
});

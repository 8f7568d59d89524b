import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpItem } from '../../src/shared/contract';
import { createCore } from '../../src/main/core';
import { createTestPlatform } from '../../src/harness/test-platform';
import { openDesk, profile, type Desk } from './helpers/business';

/** A clock the test moves by hand; each reading adds a millisecond so writes never share a time. */
function handClock(startIso: string) {
  let t = Date.parse(startIso);
  return {
    clock: () => new Date(t++),
    set(iso: string) {
      t = Date.parse(iso);
    },
    advance(ms: number) {
      t += ms;
    },
  };
}

/** The engine's behaviour must not depend on the PC's own zone: the office zone (WITA) decides. */
describe.each(['UTC', 'Asia/Jakarta'])('reminder engine with the process in %s', (processZone) => {
  let desk: Desk;
  let time: ReturnType<typeof handClock>;

  beforeAll(() => {
    process.env['TZ'] = processZone;
    // The zone took effect for this process: a WITA office day is not the process's day.
    expect(new Date('2026-06-15T00:00:00Z').getTimezoneOffset()).toBe(processZone === 'UTC' ? 0 : -420);
  });
  afterEach(() => desk?.t.dispose());

  async function open(nowIso: string): Promise<Desk> {
    time = handClock(nowIso);
    desk = await openDesk({ clock: time.clock });
    return desk;
  }

  async function followUp(businessId: string, dueDate: string, dueTime: string | null = null, title = 'Cek label halal'): Promise<FollowUpItem> {
    return desk.call('followUps:create', { businessId, title, dueDate, dueTime, assignee: 'consultant' });
  }

  const engine = () => desk.t.core.services.reminders;
  const tab = async (bucket: 'overdue' | 'today' | 'week' | 'later' | 'closed') =>
    (await desk.call('followUps:list', { bucket })).rows.map((r) => r.title);

  it('reminds at 08:00 office time when no time is given, once, and is due by the end of that day', async () => {
    // 29 Nov 2026, 07:00 WITA = 28 Nov 23:00 UTC: in UTC the PC still thinks it is the 28th.
    await open('2026-11-28T23:00:00.000Z');
    const b = await desk.create(profile());
    const f = await followUp(b.id, '2026-11-29');
    expect(f.dueAt).toBe('2026-11-29T15:59:59.999Z'); // 23:59:59.999 WITA
    expect(await tab('today')).toEqual(['Cek label halal']);
    expect(await engine().check()).toEqual([]);

    time.set('2026-11-29T00:00:00.000Z'); // 08:00 WITA
    const fired = await engine().check();
    expect(fired.map((x) => x.id)).toEqual([f.id]);
    expect(desk.t.platform.notifications).toEqual([
      { title: 'Tindak lanjut jatuh tempo hari ini', body: 'Cek label halal — Kue Bu Sri', route: `/tindak-lanjut/${f.id}` },
    ]);
    expect(await engine().check()).toEqual([]); // never twice
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 1, week: 0, later: 0 });
    expect(desk.t.platform.badgeCount).toBe(0);

    time.set('2026-11-29T16:00:00.000Z'); // 30 Nov, 00:00 WITA
    expect(await engine().check()).toEqual([]);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 1, today: 0, week: 0, later: 0 });
    expect(desk.t.platform.badgeCount).toBe(1);
  });

  it('fires the lead time early', async () => {
    await open('2026-11-29T00:00:00.000Z');
    await desk.call('settings:updateReminders', { leadMinutes: 30, idleDays: 90 });
    const b = await desk.create(profile());
    const f = await followUp(b.id, '2026-11-29', '14:00'); // 06:00 UTC
    time.set('2026-11-29T05:29:00.000Z');
    expect(await engine().check()).toEqual([]);
    time.set('2026-11-29T05:30:00.000Z');
    expect((await engine().check()).map((x) => x.id)).toEqual([f.id]);
    // It fired, but is only overdue once its due time passes.
    expect(await tab('today')).toEqual(['Cek label halal']);
  });

  it('moves an existing reminder when the lead time changes', async () => {
    await open('2026-11-29T00:00:00.000Z');
    const b = await desk.create(profile());
    const f = await followUp(b.id, '2026-11-30', '10:00');
    await desk.call('settings:updateReminders', { leadMinutes: 120, idleDays: 90 });
    time.set('2026-11-30T00:00:00.000Z'); // 08:00 WITA: two hours before 10:00
    expect((await engine().check()).map((x) => x.id)).toEqual([f.id]);
  });

  it('fires a snoozed follow-up again when the snooze runs out, and refuses a snooze into the past', async () => {
    await open('2026-11-29T00:00:00.000Z');
    const b = await desk.create(profile());
    const f = await followUp(b.id, '2026-11-29', '08:00');
    time.advance(60_000);
    expect(await engine().check()).toHaveLength(1);
    expect(await tab('overdue')).toEqual(['Cek label halal']);

    const past = await desk.fail('followUps:snooze', { id: f.id, until: '2026-11-28T00:00:00.000Z' });
    expect(past.fields?.['until']?.key).toBe('v.snoozePast');
    const unchanged = await desk.call('followUps:get', { id: f.id });
    expect(unchanged.snoozedUntil).toBeNull();

    const snoozed = await desk.call('followUps:snooze', { id: f.id, preset: 'hour' });
    expect(Date.parse(snoozed.snoozedUntil!) - Date.parse('2026-11-29T00:01:00.000Z')).toBeGreaterThanOrEqual(3_600_000);
    expect(await tab('overdue')).toEqual([]);
    expect(await tab('today')).toEqual(['Cek label halal']);
    time.advance(30 * 60_000);
    expect(await engine().check()).toEqual([]);
    time.advance(31 * 60_000);
    expect((await engine().check()).map((x) => x.id)).toEqual([f.id]);
    expect(desk.t.platform.notifications).toHaveLength(2);
  });

  it('snoozes a follow-up without a time to a day: reminded at the snooze’s end, due by the end of that office day', async () => {
    await open('2026-11-30T12:00:00.000Z'); // 30 Nov, 20:00 WITA
    const b = await desk.create(profile());
    const f = await followUp(b.id, '2026-11-30');
    expect(await tab('today')).toEqual(['Cek label halal']);
    const snoozed = await desk.call('followUps:snooze', { id: f.id, preset: 'tomorrow' });
    expect(snoozed).toMatchObject({ snoozedUntil: '2026-12-01T00:00:00.000Z', effectiveAt: '2026-12-01T15:59:59.999Z' });
    time.set('2026-12-01T00:00:00.000Z'); // 1 Dec, 08:00 WITA: the snooze ends and the reminder fires
    expect((await engine().check()).map((x) => x.id)).toEqual([f.id]);
    time.set('2026-12-01T08:00:00.000Z'); // 16:00 WITA: still due today, not late
    expect([await tab('overdue'), await tab('today')]).toEqual([[], ['Cek label halal']]);
    time.set('2026-12-01T16:00:00.000Z'); // 2 Dec, 00:00 WITA
    expect(await tab('overdue')).toEqual(['Cek label halal']);
  });

  it('snoozes to tomorrow 08:00 and next week 08:00 in office time, across a month end', async () => {
    await open('2026-11-30T12:00:00.000Z'); // 30 Nov, 20:00 WITA
    const b = await desk.create(profile());
    const f = await followUp(b.id, '2026-11-30', '09:00');
    expect((await desk.call('followUps:snooze', { id: f.id, preset: 'tomorrow' })).snoozedUntil).toBe('2026-12-01T00:00:00.000Z');
    expect((await desk.call('followUps:snooze', { id: f.id, preset: 'nextWeek' })).snoozedUntil).toBe('2026-12-07T00:00:00.000Z');
  });

  it('re-arms a rescheduled follow-up, never fires a done or cancelled one, and refuses to complete a cancelled one', async () => {
    await open('2026-12-30T00:00:00.000Z');
    const b = await desk.create(profile());
    const moved = await followUp(b.id, '2026-12-30', '09:00', 'Ajukan KUR');
    const done = await followUp(b.id, '2026-12-30', '09:00', 'Foto produk');
    const cancelled = await followUp(b.id, '2026-12-30', '09:00', 'Daftar marketplace');
    await desk.call('followUps:complete', { id: done.id, outcome: 'Foto sudah diunggah ke katalog.' });
    await desk.call('followUps:cancel', { id: cancelled.id, reason: 'Pemilik menunda rencana.' });

    // Across the year end: 31 Dec 2026 -> 2 Jan 2027, due by its end, reminded at 08:00 WITA.
    const r = await desk.call('followUps:reschedule', { id: moved.id, dueDate: '2027-01-02' });
    expect(r.dueAt).toBe('2027-01-02T15:59:59.999Z');
    time.set('2026-12-31T02:00:00.000Z');
    expect(await engine().check()).toEqual([]);
    expect(await tab('week')).toEqual(['Ajukan KUR']);
    expect((await tab('closed')).sort()).toEqual(['Daftar marketplace', 'Foto produk']);

    const refused = await desk.fail('followUps:complete', { id: cancelled.id, outcome: 'Selesai juga.' });
    expect(refused.code).toBe('CONFLICT');
    const still = await desk.call('followUps:get', { id: cancelled.id });
    expect([still.status, still.outcome]).toEqual(['cancelled', null]);

    time.set('2027-01-02T00:00:00.000Z');
    expect((await engine().check()).map((x) => x.title)).toEqual(['Ajukan KUR']);
  });

  it('refuses an outcome over the limit, leaving the follow-up open', async () => {
    await open('2026-11-29T00:00:00.000Z');
    const b = await desk.create(profile());
    const f = await followUp(b.id, '2026-11-30');
    const err = await desk.fail('followUps:complete', { id: f.id, outcome: 'x'.repeat(1001) });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.['outcome']?.key).toBe('v.outcomeTooLong');
    expect((await desk.call('followUps:get', { id: f.id })).status).toBe('open');
  });

  it('sorts follow-ups into today, this week and later by the office calendar at a month end', async () => {
    await open('2026-01-31T01:00:00.000Z'); // 31 Jan, 09:00 WITA
    const b = await desk.create(profile());
    await followUp(b.id, '2026-01-31', '17:00', 'today');
    await followUp(b.id, '2026-02-01', null, 'tomorrow');
    await followUp(b.id, '2026-02-07', '23:59', 'seventh day');
    await followUp(b.id, '2026-02-08', '00:00', 'eighth day');
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 1, week: 2, later: 1 });
    expect(await tab('week')).toEqual(['tomorrow', 'seventh day']);
    expect(await tab('later')).toEqual(['eighth day']);
  });
});

describe('reminders across a restart', () => {
  it('reports at the next start what fell due while the app was closed, grouped', async () => {
    const time = handClock('2026-11-27T00:00:00.000Z');
    const desk = await openDesk({ clock: time.clock });
    const b = await desk.create(profile());
    for (const title of ['Cek izin P-IRT', 'Kirim contoh label', 'Hubungi bank', 'Foto produk']) {
      await desk.call('followUps:create', { businessId: b.id, title, dueDate: '2026-11-27', dueTime: '10:00', assignee: 'business' });
    }
    const dataDir = desk.t.dataDir;
    await desk.t.core.close(); // the app closes at 08:00; the follow-ups fall due at 10:00

    time.set('2026-11-28T00:00:00.000Z'); // the next morning
    const platform = createTestPlatform();
    const core = await createCore({ dataDir, platform, clock: time.clock, logger: { info() {}, warn() {}, error() {} } });
    try {
      await expect.poll(() => platform.notifications.length, { timeout: 5000 }).toBe(1);
      expect(platform.notifications[0]).toMatchObject({ title: '4 tindak lanjut jatuh tempo', route: '/tindak-lanjut?tab=overdue' });
      expect(platform.notifications[0]!.body).toContain('…dan 1 lainnya');
      expect(platform.badgeCount).toBe(4);
    } finally {
      await core.close();
      await desk.t.dispose();
    }
  });
});

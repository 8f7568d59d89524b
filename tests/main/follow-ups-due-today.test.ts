import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpBucket, FollowUpItem } from '../../src/shared/contract';
import { openDesk, profile, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { exportTo } from './helpers/transfer';

/** A clock the test moves by hand; each reading adds a millisecond so writes never share a time. */
function handClock(startIso: string) {
  let t = Date.parse(startIso);
  return {
    clock: () => new Date(t++),
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

/** 7 Dec 2026 in Samarinda (WITA, UTC+8), as UTC instants. */
const AT_0920 = '2026-12-07T01:20:00.000Z';
const AT_2359 = '2026-12-07T15:59:00.000Z';
const AT_MIDNIGHT = '2026-12-07T16:00:00.000Z'; // 8 Dec, 00:00 WITA
const TODAY = '2026-12-07';

/**
 * A follow-up with only a date is due by the end of that office day; one with a time, at that
 * time. The PC runs in UTC, where 09:20 WITA is still 01:20 and 00:00 WITA is 16:00 the day before.
 */
describe('a follow-up due today', () => {
  let desk: Desk;
  let time: ReturnType<typeof handClock>;

  beforeAll(() => {
    process.env['TZ'] = 'UTC';
    expect(new Date(AT_0920).getTimezoneOffset()).toBe(0);
  });
  afterEach(() => desk?.t.dispose());

  async function open(nowIso: string): Promise<Desk> {
    time = handClock(nowIso);
    desk = await openDesk({ clock: time.clock });
    return desk;
  }

  const add = (businessId: string, title: string, dueDate: string, dueTime: string | null = null): Promise<FollowUpItem> =>
    desk.call('followUps:create', { businessId, title, dueDate, dueTime, assignee: 'consultant' });
  const engine = () => desk.t.core.services.reminders;
  const tab = async (bucket: FollowUpBucket) => {
    const page = await desk.call('followUps:list', { bucket });
    return { total: page.total, titles: page.rows.map((r) => r.title) };
  };
  /** Every open tab's count agrees with its list, and the badge with the overdue tab. */
  async function expectCountsMatchLists(): Promise<void> {
    const counts = await desk.call('followUps:counts', {});
    for (const bucket of ['overdue', 'today', 'week', 'later'] as const) {
      const list = await tab(bucket);
      expect([bucket, counts[bucket]]).toEqual([bucket, list.total]);
      expect([bucket, list.titles.length]).toEqual([bucket, list.total]);
    }
    await engine().check();
    expect(desk.t.platform.badgeCount).toBe(counts.overdue);
  }

  it('made at 09:20 without a time: in Hari ini, not overdue, reminded once at once in "hari ini" words', async () => {
    await open(AT_0920);
    const events: unknown[] = [];
    desk.t.core.events.subscribe((name, payload) => {
      if (name === 'reminder:due' || name === 'followUps:changed') events.push({ name, payload });
    });
    const b = await desk.create(profile());
    const f = await add(b.id, 'Telepon soal KUR', TODAY);

    expect(f.dueAt).toBe('2026-12-07T15:59:59.999Z');
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 1, week: 0, later: 0 });
    expect(await tab('today')).toEqual({ total: 1, titles: ['Telepon soal KUR'] });
    expect(await tab('overdue')).toEqual({ total: 0, titles: [] });
    const agenda = await desk.call('followUps:agenda', { from: TODAY, to: TODAY });
    expect(agenda.map((a) => a.title)).toEqual(['Telepon soal KUR']);
    const dashboard = await desk.call('reports:dashboard', { from: '2026-12-01', to: TODAY });
    expect(dashboard.followUps).toMatchObject({ open: 1, overdue: 0, today: 1 });

    // Its morning reminder time (08:00 WITA) has passed: it fires now, once.
    expect((await engine().check()).map((x) => x.id)).toEqual([f.id]);
    expect(await engine().check()).toEqual([]);
    expect(desk.t.platform.notifications).toEqual([
      { title: 'Tindak lanjut jatuh tempo hari ini', body: 'Telepon soal KUR — Kue Bu Sri', route: `/tindak-lanjut/${f.id}` },
    ]);
    expect(JSON.stringify(desk.t.platform.notifications)).not.toMatch(/terlambat/i);
    expect(events).toContainEqual({
      name: 'reminder:due',
      payload: { items: [{ id: f.id, title: 'Telepon soal KUR', businessName: 'Kue Bu Sri', effectiveAt: f.effectiveAt }], overdue: 0 },
    });
    expect(events).toContainEqual({ name: 'followUps:changed', payload: { overdue: 0, today: 1 } });
    expect(desk.t.platform.badgeCount).toBe(0);
    await expectCountsMatchLists();
  });

  it('is still today at 23:59 and overdue from 00:00 the next day, without a second reminder', async () => {
    await open(AT_0920);
    const b = await desk.create(profile());
    const f = await add(b.id, 'Kirim foto produk', TODAY);
    await engine().check();

    time.set(AT_2359);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 1, week: 0, later: 0 });
    expect(await engine().check()).toEqual([]);
    await expectCountsMatchLists();

    time.set(AT_MIDNIGHT);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 1, today: 0, week: 0, later: 0 });
    expect(await tab('overdue')).toEqual({ total: 1, titles: ['Kirim foto produk'] });
    expect(await engine().check()).toEqual([]);
    expect(desk.t.platform.notifications).toHaveLength(1);
    const dashboard = await desk.call('reports:dashboard', { from: '2026-12-01', to: '2026-12-08' });
    expect(dashboard.followUps).toMatchObject({ overdue: 1, today: 0 });
    expect((await desk.call('followUps:get', { id: f.id })).effectiveAt).toBe('2026-12-07T15:59:59.999Z');
    await expectCountsMatchLists();
  });

  it('one with a time of 09:00 made at 09:20 is overdue at once', async () => {
    await open(AT_0920);
    const b = await desk.create(profile());
    const f = await add(b.id, 'Rapat pagi', TODAY, '09:00');
    expect(f.dueAt).toBe('2026-12-07T01:00:00.000Z');
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 1, today: 0, week: 0, later: 0 });
    expect(await tab('overdue')).toEqual({ total: 1, titles: ['Rapat pagi'] });
    expect((await engine().check()).map((x) => x.id)).toEqual([f.id]);
    expect(desk.t.platform.notifications[0]!.title).toBe('Tindak lanjut jatuh tempo');
    await expectCountsMatchLists();
  });

  it('one without a time for a later day is reminded on the morning of that day, less the lead time', async () => {
    await open(AT_0920);
    await desk.call('settings:updateReminders', { leadMinutes: 60, idleDays: 90 });
    const b = await desk.create(profile());
    const f = await add(b.id, 'Cek stok', '2026-12-08');
    expect(await tab('week')).toEqual({ total: 1, titles: ['Cek stok'] });

    time.set('2026-12-07T22:59:00.000Z'); // 8 Dec, 06:59 WITA
    expect(await engine().check()).toEqual([]);
    expect(await tab('today')).toEqual({ total: 1, titles: ['Cek stok'] });
    time.set('2026-12-07T23:00:00.000Z'); // 07:00 WITA: 08:00 less an hour
    expect((await engine().check()).map((x) => x.id)).toEqual([f.id]);
    expect(desk.t.platform.notifications[0]!.title).toBe('Tindak lanjut jatuh tempo hari ini');
  });

  it('counts and lists agree in every tab, Minggu ini included, at the edges of the days', async () => {
    await open(AT_0920);
    const b = await desk.create(profile());
    await add(b.id, 'hari ini', TODAY);
    await add(b.id, 'hari ini 17.00', TODAY, '17:00');
    await add(b.id, 'besok', '2026-12-08');
    await add(b.id, 'hari ketujuh', '2026-12-14');
    await add(b.id, 'hari kedelapan', '2026-12-15');
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 2, week: 2, later: 1 });
    expect(await tab('today')).toEqual({ total: 2, titles: ['hari ini 17.00', 'hari ini'] });
    expect(await tab('week')).toEqual({ total: 2, titles: ['besok', 'hari ketujuh'] });
    await expectCountsMatchLists();

    time.set(AT_2359);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 1, today: 1, week: 2, later: 1 });
    await expectCountsMatchLists();

    time.set(AT_MIDNIGHT);
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 2, today: 1, week: 2, later: 0 });
    expect(await tab('week')).toEqual({ total: 2, titles: ['hari ketujuh', 'hari kedelapan'] });
    await expectCountsMatchLists();
    // The agenda puts each on the office day it is due.
    const agenda = await desk.call('followUps:agenda', { from: '2026-12-08', to: '2026-12-15' });
    expect(agenda.map((a) => [a.title, a.dueDate])).toEqual([
      ['besok', '2026-12-08'],
      ['hari ketujuh', '2026-12-14'],
      ['hari kedelapan', '2026-12-15'],
    ]);
  });

  it('follows the office zone: a WIB office is due an hour later in UTC', async () => {
    await open(AT_0920);
    const settings = await desk.call('settings:get');
    const { updatedAt: _u, updatedBy: _b, ...office } = settings.office;
    await desk.call('settings:updateOffice', { ...office, officeName: office.officeName!, deskCode: office.deskCode!, timeZone: 'Asia/Jakarta' });
    const b = await desk.create(profile());
    const f = await add(b.id, 'Kunjungan', TODAY); // 08:20 WIB
    expect(f.dueAt).toBe('2026-12-07T16:59:59.999Z');
    time.set(AT_MIDNIGHT); // 23:00 WIB: still the 7th there
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 1, week: 0, later: 0 });
    time.set('2026-12-07T17:00:00.000Z'); // 00:00 WIB
    expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 1, today: 0, week: 0, later: 0 });
  });

  it('imported from a desk that still says 08:00, it is scheduled again by this desk’s rule', async () => {
    await open(AT_0920);
    const b = await desk.create(profile());
    const f = await add(b.id, 'Antar sampel', TODAY);
    // What a desk of the previous version wrote for it: due, and overdue, from 08:00 WITA.
    await desk.t.core.ds.query(`UPDATE follow_up SET due_at = ?, effective_at = ? WHERE id = ?`, ['2026-12-07T00:00:00.000Z', '2026-12-07T00:00:00.000Z', f.id]);
    const target = tempDir('klinik-export-');
    try {
      const res = await exportTo(desk, target, { contents: ['package'], personalData: 'full', personalDataReason: 'Pindah meja', password: 'Rahasia-Kaltim-1' });
      expect(res.status).toBe('done');
      const zip = res.files.find((x) => x.name.endsWith('.zip'))!;

      const other = await openDesk({ clock: handClock(AT_0920).clock });
      try {
        const preview = await other.call('transfer:previewImport', { jobId: randomUUID(), path: join(res.folder!, zip.name), password: 'Rahasia-Kaltim-1' });
        await other.call('transfer:applyImport', { jobId: randomUUID(), previewId: preview.previewId });
        await expect.poll(async () => (await other.call('followUps:get', { id: f.id })).effectiveAt).toBe('2026-12-07T15:59:59.999Z');
        expect(await other.call('followUps:counts', {})).toEqual({ overdue: 0, today: 1, week: 0, later: 0 });
      } finally {
        await other.t.dispose();
      }
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { distinctProfile, openDesk, profile, steppingClock, type Desk } from './helpers/business';

/** 15 June 2026, 10:00 WITA. */
const NOW = '2026-06-15T02:00:00.000Z';

describe('follow-ups by hand, filters, agenda, idle businesses', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  const add = (businessId: string, title: string, dueDate: string, extra: Record<string, unknown> = {}) =>
    desk.call('followUps:create', { businessId, title, dueDate, assignee: 'consultant', ...extra });

  it('adds a follow-up by hand to any business, audited, assigned to the consultant on duty', async () => {
    desk = await openDesk({ now: NOW });
    const b = await desk.create(profile());
    const f = await add(b.id, 'Tanya hasil pameran', '2026-06-20', { dueTime: '13:30' });
    expect(f).toMatchObject({ businessName: 'Kue Bu Sri', consultantId: desk.consultantId, status: 'open', dueAt: '2026-06-20T05:30:00.000Z' });
    const audit = await desk.call('audit:list', { limit: 50, entity: 'follow_up' });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['create', f.id]]);
  });

  it('refuses an unknown business, a due date already past, and a bad time, writing nothing', async () => {
    desk = await openDesk({ now: NOW });
    const b = await desk.create(profile());
    const unknown = await desk.fail('followUps:create', { businessId: '3f1c1c4e-1111-4a1a-9a1a-111111111111', title: 'x', dueDate: '2026-06-20', assignee: 'business' });
    expect(unknown.fields?.['businessId']?.key).toBe('v.businessUnknown');
    const past = await desk.fail('followUps:create', { businessId: b.id, title: 'x', dueDate: '2026-06-14', assignee: 'business' });
    expect(past.fields?.['dueDate']?.key).toBe('v.dueInPast');
    const time = await desk.fail('followUps:create', { businessId: b.id, title: 'x', dueDate: '2026-06-20', dueTime: '25:00', assignee: 'business' });
    expect(time.fields?.['dueTime']?.key).toBe('v.time');
    const [{ n }] = await desk.t.core.ds.query(`SELECT count(*) AS n FROM follow_up`);
    expect(n).toBe(0);
  });

  it('audits every change: complete, snooze, reschedule, cancel', async () => {
    desk = await openDesk({ now: NOW });
    const b = await desk.create(profile());
    const a = await add(b.id, 'A', '2026-06-16');
    const c = await add(b.id, 'C', '2026-06-16');
    await desk.call('followUps:snooze', { id: a.id, preset: 'tomorrow' });
    await desk.call('followUps:reschedule', { id: a.id, dueDate: '2026-06-18' });
    await desk.call('followUps:complete', { id: a.id, outcome: 'Sudah ditelepon' });
    await desk.call('followUps:cancel', { id: c.id, reason: 'Tidak relevan lagi' });
    const actions = (await desk.call('audit:list', { limit: 50, entity: 'follow_up' })).map((e) => `${e.action}:${e.entityId === a.id ? 'A' : 'C'}`);
    expect(actions.sort()).toEqual(['cancel:C', 'complete:A', 'create:A', 'create:C', 'reschedule:A', 'snooze:A'].sort());
    // A rescheduled follow-up is no longer snoozed.
    expect((await desk.call('followUps:get', { id: a.id })).snoozedUntil).toBeNull();
  });

  it('filters by consultant, business and kabupaten/kota', async () => {
    desk = await openDesk({ now: NOW });
    const other = await desk.call('consultants:create', { name: 'Budi Hartono', nip: null, phone: null });
    const samarinda = await desk.create(distinctProfile(0, { name: 'Amplang Samarinda' }));
    const balikpapan = await desk.create(
      distinctProfile(1, { name: 'Kerupuk Balikpapan', regencyCode: '64.71', districtCode: null }),
    );
    await add(samarinda.id, 'S1', '2026-06-16');
    await add(balikpapan.id, 'B1', '2026-06-16', { consultantId: other.id });
    const titles = async (q: Record<string, unknown>) => (await desk.call('followUps:list', { bucket: 'week', ...q })).rows.map((r) => r.title);
    expect(await titles({})).toEqual(['S1', 'B1']);
    expect(await titles({ consultantId: other.id })).toEqual(['B1']);
    expect(await titles({ businessId: samarinda.id })).toEqual(['S1']);
    expect(await titles({ regencyCode: '64.71' })).toEqual(['B1']);
    expect(await desk.call('followUps:counts', { consultantId: desk.consultantId })).toEqual({ overdue: 0, today: 0, week: 1, later: 0 });
    // Each tab's count is the rows the list shows under the same filters.
    for (const q of [{ businessId: samarinda.id }, { regencyCode: '64.71' }, { businessId: samarinda.id, consultantId: other.id }]) {
      expect((await desk.call('followUps:counts', q)).week).toBe((await desk.call('followUps:list', { bucket: 'week', ...q })).total);
    }
  });

  it('gives the agenda of open follow-ups by the day they come up, and refuses a reversed or too long range', async () => {
    desk = await openDesk({ now: NOW });
    const b = await desk.create(profile());
    await add(b.id, 'later', '2026-07-01');
    await add(b.id, 'soon', '2026-06-16');
    const closed = await add(b.id, 'closed', '2026-06-17');
    await desk.call('followUps:complete', { id: closed.id, outcome: 'ok' });
    const agenda = await desk.call('followUps:agenda', { from: '2026-06-15', to: '2026-07-01' });
    expect(agenda.map((f) => [f.title, f.dueDate])).toEqual([
      ['soon', '2026-06-16'],
      ['later', '2026-07-01'],
    ]);
    expect((await desk.fail('followUps:agenda', { from: '2026-07-01', to: '2026-06-01' })).fields?.['to']?.key).toBe('v.rangeReversed');
    expect((await desk.fail('followUps:agenda', { from: '2026-01-01', to: '2026-06-01' })).fields?.['to']?.key).toBe('v.agendaTooLong');
  });

  it('lists businesses idle for the office’s idle days as check-in candidates, until something happens', async () => {
    let t = Date.parse('2026-01-01T02:00:00.000Z');
    const clock = () => new Date(t++);
    desk = await openDesk({ clock });
    const quiet = await desk.create(distinctProfile(0, { name: 'Sablon Sepi' }));
    const busy = await desk.create(distinctProfile(1, { name: 'Es Krim Ramai' }));
    t = Date.parse('2026-03-01T02:00:00.000Z');
    const f = await add(busy.id, 'Cek penjualan', '2026-03-02');
    await desk.call('followUps:complete', { id: f.id, outcome: 'Naik 10%' });
    t = Date.parse('2026-04-15T03:00:00.000Z'); // 104 days after creation, 45 after the follow-up

    const idle = await desk.call('followUps:idle', {});
    expect(idle.days).toBe(90);
    expect(idle.rows.map((r) => [r.name, r.idleDays])).toEqual([['Sablon Sepi', 104]]);

    await desk.call('settings:updateReminders', { leadMinutes: 0, idleDays: 30 });
    expect((await desk.call('followUps:idle', {})).rows.map((r) => r.name)).toEqual(['Sablon Sepi', 'Es Krim Ramai']);

    // A check-in follow-up takes it off the list.
    await add(quiet.id, 'Sudah mulai produksi lagi?', '2026-04-20');
    expect((await desk.call('followUps:idle', {})).rows.map((r) => r.name)).toEqual(['Es Krim Ramai']);
    expect((await desk.fail('settings:updateReminders', { leadMinutes: 0, idleDays: 3 })).fields?.['idleDays']?.key).toBe('v.idleDaysRange');
  });

  it('moves open follow-ups when the office changes its time zone', async () => {
    desk = await openDesk({ clock: steppingClock(NOW) });
    const b = await desk.create(profile());
    const f = await add(b.id, 'Kunjungan', '2026-06-20');
    expect(f.dueAt).toBe('2026-06-20T15:59:59.999Z');
    const settings = await desk.call('settings:get');
    const { updatedAt: _u, updatedBy: _b, ...office } = settings.office;
    await desk.call('settings:updateOffice', { ...office, officeName: office.officeName!, deskCode: office.deskCode!, timeZone: 'Asia/Jakarta' });
    expect((await desk.call('followUps:get', { id: f.id })).dueAt).toBe('2026-06-20T16:59:59.999Z');
  });
});

describe('follow-ups of a deleted business', () => {
  it('leave the tabs and their counts while the business is deleted, and come back when it is restored', async () => {
    const desk = await openDesk({ now: NOW });
    try {
      const kept = await desk.create(distinctProfile(0, { name: 'Amplang Tetap' }));
      const gone = await desk.create(distinctProfile(1, { name: 'Kerupuk Dihapus' }));
      for (const b of [kept, gone]) {
        await desk.call('followUps:create', { businessId: b.id, title: `Cek ${b.name}`, dueDate: '2026-06-16', assignee: 'consultant' });
      }
      await desk.call('businesses:delete', { id: gone.id });
      expect(await desk.call('followUps:counts', {})).toEqual({ overdue: 0, today: 0, week: 1, later: 0 });
      const week = await desk.call('followUps:list', { bucket: 'week' });
      expect([week.total, week.rows.map((r) => r.businessName)]).toEqual([1, ['Amplang Tetap']]);
      await desk.call('businesses:restore', { id: gone.id });
      expect((await desk.call('followUps:counts', {})).week).toBe(2);
    } finally {
      await desk.t.dispose();
    }
  });
});

describe('idle businesses at scale', () => {
  it('keeps each business’s last activity by trigger, and stops counting idle ones past 1,000', async () => {
    let t = Date.parse('2026-01-01T02:00:00.000Z');
    const desk = await openDesk({ clock: () => new Date(t++) });
    try {
      const b = await desk.create(profile());
      const activity = async () =>
        ((await desk.t.core.ds.query(`SELECT last_activity_at AS at FROM business WHERE id = ?`, [b.id])) as Array<{ at: string }>)[0]!.at;
      expect(await activity()).toBe(b.createdAt);
      t = Date.parse('2026-02-01T02:00:00.000Z');
      const f = await desk.call('followUps:create', { businessId: b.id, title: 'Cek', dueDate: '2026-02-10', assignee: 'business' });
      expect(await activity()).toBe(f.updatedAt);
      // 1,005 more businesses, written straight into the table as an import would: the trigger stamps them too.
      await desk.t.core.ds.query(`
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1005)
        INSERT INTO business (id, name, name_key, status, created_at, updated_at)
        SELECT printf('00000000-0000-4000-8000-%012d', i), 'Usaha ' || i, 'usaha ' || i, 'aktif', '2025-06-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z' FROM n`);
      t = Date.parse('2026-06-01T02:00:00.000Z');
      const idle = await desk.call('followUps:idle', { page: 1, pageSize: 5 });
      expect([idle.total, idle.capped, idle.rows.length]).toEqual([1000, true, 5]);
      expect(idle.rows[0]!.lastActivityAt).toBe('2025-06-01T00:00:00.000Z');
    } finally {
      await desk.t.dispose();
    }
  });
});

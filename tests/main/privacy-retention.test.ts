import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/main/context';
import { distinctProfile, openDesk, type Desk } from './helpers/business';
import { TEST_PIN } from './helpers/core';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { addParticipant, createTraining, distinctParticipant } from './helpers/training';

/**
 * Retention (UU PDP art. 43–44): a period per kind of record set in Pengaturan, the records past it
 * listed (and raised once a month by the reminder engine), and anonymisation that ends the personal
 * data while the reports stay as they were.
 */

/** A clock that moves a second per reading and can be set to another day. */
function movableClock(startIso: string): Clock & { set(iso: string): void } {
  let t = Date.parse(startIso);
  const clock = (() => {
    const now = new Date(t);
    t += 1000;
    return now;
  }) as Clock & { set(iso: string): void };
  clock.set = (iso) => {
    t = Date.parse(iso);
  };
  return clock;
}

let desk: Desk | undefined;
afterEach(async () => {
  await desk?.t.dispose();
  desk = undefined;
});

const OLD_DAY = '2019-01-10';
const NOW = '2026-06-15T02:00:00.000Z';

/** In January 2019: two businesses with consultations and a training with two participants; then a business today. */
async function seed(clock: ReturnType<typeof movableClock>) {
  desk = await openDesk({ clock });
  const d = desk;
  const old1 = await d.create(distinctProfile(0, { name: 'Amplang Bu Sri', regencyCode: '64.72', districtCode: '64.72.01', kbliCode: '10710' }));
  const old2 = await d.create(distinctProfile(1, { name: 'Bengkel Pak Budi', ownerGender: 'L', ownerBirthDate: '1970-05-01', ownerNik: '6472010105700002', regencyCode: '64.71', districtCode: '64.71.01', kbliCode: '45201' }), [old1.id]);
  const c1 = await finalizeNew(d, consultationValues(old1.id, d.consultantId, { date: OLD_DAY, actionItems: [] }));
  const c2 = await finalizeNew(d, consultationValues(old2.id, d.consultantId, { date: OLD_DAY, channel: 'telepon', actionItems: [] }));
  const training = await createTraining(d, { startDate: '2019-01-07', endDate: '2019-01-08' });
  const p1 = await addParticipant(d, training.id, distinctParticipant(0, { birthDate: '2000-05-01' }));
  const p2 = await addParticipant(d, training.id, distinctParticipant(1, { gender: 'L', birthDate: '1985-02-03' }));
  clock.set(NOW);
  const recent = await d.create(distinctProfile(2, { name: 'Es Krim Baru' }), [old1.id, old2.id]);
  return { d, old1, old2, c1, c2, training, p1, p2, recent };
}

const quarter = { period: { kind: 'quarter' as const, year: 2019, quarter: 1 } };

describe('retention periods', () => {
  it('start from the defaults and are set per kind, with the change in the history', async () => {
    desk = await openDesk();
    expect((await desk.call('privacy:retention')).periods).toEqual([
      { kind: 'businessOwner', months: 60 },
      { kind: 'consultation', months: 120 },
      { kind: 'participant', months: 36 },
    ]);
    const after = await desk.call('privacy:setRetention', { periods: { businessOwner: 84, consultation: 120, participant: 24 } });
    expect(after.periods.map((p) => p.months)).toEqual([84, 120, 24]);
    expect(after.updatedAt).not.toBeNull();
    const history = await desk.call('audit:list', { limit: 10, entity: 'retention_period' });
    expect(history[0]!.changes).toEqual({ businessOwner: [60, 84], participant: [36, 24] });
  });

  it('a period of zero or less months is refused with its field named, and nothing changes', async () => {
    desk = await openDesk();
    for (const months of [0, -12, 1.5]) {
      const error = await desk.fail('privacy:setRetention', { periods: { businessOwner: 60, consultation: months, participant: 36 } });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual({ 'periods.consultation': { key: 'v.retentionMonths' } });
    }
    expect((await desk.call('privacy:retention')).periods.find((p) => p.kind === 'consultation')!.months).toBe(120);
    expect(await desk.t.core.ds.query(`SELECT count(*) AS n FROM audit_log WHERE entity = 'retention_period'`)).toEqual([{ n: 0 }]);
  });
});

describe('records past retention', () => {
  it('are listed per kind from where their period starts, the recent ones not', async () => {
    const clock = movableClock(`${OLD_DAY}T02:00:00.000Z`);
    const s = await seed(clock);
    let due = await s.d.call('privacy:retentionDue');
    const byKind = (k: string) => due.kinds.find((x) => x.kind === k)!;
    expect(byKind('businessOwner')).toMatchObject({ months: 60, cutoff: '2021-06-15', total: 2 });
    expect(byKind('businessOwner').items.map((i) => i.label)).toEqual(['Amplang Bu Sri', 'Bengkel Pak Budi']);
    expect(byKind('businessOwner').items[0]!.since).toBe(OLD_DAY);
    expect(byKind('participant')).toMatchObject({ months: 36, total: 2 });
    expect(byKind('participant').items.map((i) => i.context)).toEqual(['Pelatihan Sablon Kaos', 'Pelatihan Sablon Kaos']);
    // Ten years for a consultation's narrative: not yet.
    expect(byKind('consultation').total).toBe(0);
    await s.d.call('privacy:setRetention', { periods: { businessOwner: 60, consultation: 60, participant: 36 } });
    due = await s.d.call('privacy:retentionDue');
    expect(byKind('consultation').items.map((i) => i.id).sort()).toEqual([s.c1.id, s.c2.id].sort());
    // Nothing personal in the list beyond the name it is known by.
    expect(JSON.stringify(due)).not.toMatch(/6472015203900001|0813|Sri Wahyuni/);
  });

  it('the reminder engine raises the list once a month, and again the next month', async () => {
    const clock = movableClock(`${OLD_DAY}T02:00:00.000Z`);
    const s = await seed(clock);
    const engine = s.d.t.core.services.reminders;
    const raised = () => s.d.t.platform.notifications.filter((n) => n.route === '/kewajiban-pdp/retensi');
    await engine.check();
    expect(raised()).toEqual([
      { title: 'Data melewati masa retensi', body: expect.stringContaining('4 catatan sudah melewati masa simpannya'), route: '/kewajiban-pdp/retensi' },
    ]);
    await engine.check();
    clock.set('2026-06-30T14:00:00.000Z');
    await engine.check();
    expect(raised()).toHaveLength(1);
    // 1 July in Samarinda (WITA) is still 30 June in UTC.
    clock.set('2026-06-30T16:30:00.000Z');
    await engine.check();
    expect(raised()).toHaveLength(2);
  });

  it('anonymising ends names, NIK, phone, address, e-mail and birth dates, and keeps regions, sector, dates and counts: the reports stay', async () => {
    const clock = movableClock(`${OLD_DAY}T02:00:00.000Z`);
    const s = await seed(clock);
    await s.d.call('privacy:setRetention', { periods: { businessOwner: 60, consultation: 60, participant: 36 } });
    const activityBefore = await s.d.call('reports:activity', quarter);
    const impactBefore = await s.d.call('reports:impact', quarter);
    expect(activityBefore.totals.consultations).toBe(2);

    // Ending personal data cannot be taken back: an admin, with the PIN just entered.
    expect((await s.d.fail('privacy:anonymise', { kind: 'businessOwner', ids: [s.old1.id] })).code).toBe('PIN_REQUIRED');
    await s.d.call('session:confirmPin', { pin: TEST_PIN });
    const due = await s.d.call('privacy:retentionDue');
    for (const kind of due.kinds) {
      const ids = kind.items.map((i) => i.id);
      // The recent business, not past its period, is skipped even when asked for.
      const res = await s.d.call('privacy:anonymise', { kind: kind.kind, ids: kind.kind === 'businessOwner' ? [...ids, s.recent.id] : ids });
      expect(res).toEqual({ anonymised: ids.length, skipped: kind.kind === 'businessOwner' ? 1 : 0 });
    }

    const db = s.d.t.core.ds;
    const businesses = await db.query(
      `SELECT name, owner_name, owner_nik, owner_phone, owner_email, owner_birth_date, address, owner_gender, province_code, regency_code, district_code, kbli_code, created_at, personal_data_erased_at
       FROM business WHERE id IN (?, ?) ORDER BY name`,
      [s.old1.id, s.old2.id],
    );
    for (const b of businesses) {
      expect(b).toMatchObject({ owner_name: null, owner_nik: null, owner_phone: null, owner_email: null, owner_birth_date: null, address: null });
      expect(b.personal_data_erased_at).not.toBeNull();
    }
    expect(businesses.map((b: Record<string, unknown>) => [b.name, b.owner_gender, b.regency_code, b.district_code, b.kbli_code, String(b.created_at).slice(0, 10)])).toEqual([
      ['Amplang Bu Sri', 'P', '64.72', '64.72.01', '10710', OLD_DAY],
      ['Bengkel Pak Budi', 'L', '64.71', '64.71.01', '45201', OLD_DAY],
    ]);
    const recent = await db.query(`SELECT owner_name, owner_nik FROM business WHERE id = ?`, [s.recent.id]);
    expect(recent[0].owner_nik).not.toBeNull();

    const participants = await db.query(`SELECT name, phone, birth_date, age, gender FROM training_participant ORDER BY gender`);
    expect(participants.map((p: Record<string, unknown>) => [p.phone, p.birth_date, p.gender])).toEqual([
      [null, null, 'L'],
      [null, null, 'P'],
    ]);
    // The age at the training stays for the youth figures.
    expect(participants.map((p: Record<string, unknown>) => Number(p.age))).toEqual([33, 18]);
    for (const p of participants) expect(p.name).not.toMatch(/Rina|Yusuf/);

    const consultations = await db.query(`SELECT consultation_date, channel, contact_minutes, complaint, diagnosis, advice FROM consultation ORDER BY channel`);
    expect(consultations).toEqual([
      { consultation_date: OLD_DAY, channel: 'datang_langsung', contact_minutes: 60, complaint: null, diagnosis: null, advice: null },
      { consultation_date: OLD_DAY, channel: 'telepon', contact_minutes: 60, complaint: null, diagnosis: null, advice: null },
    ]);
    const snapshots = await db.query(`SELECT snapshot FROM consultation_revision`);
    for (const r of snapshots) expect(r.snapshot).not.toContain('amplang turun');

    // The reports: every figure as before. Only the owners' ages are no longer known, since the
    // owner's birth date is what the erasure ends (the youth share counts those with an age known).
    const activityAfter = await s.d.call('reports:activity', quarter);
    expect({ ...activityAfter, youthOwners: null, generatedAt: null }).toEqual({ ...activityBefore, youthOwners: null, generatedAt: null });
    expect(activityAfter.youthOwners).toMatchObject({ count: 0, known: 0, total: activityBefore.youthOwners.total });
    expect(activityAfter.youthParticipants).toEqual(activityBefore.youthParticipants);
    expect(await s.d.call('reports:impact', quarter)).toEqual(impactBefore);

    // Nothing is left past its period; the history says what ended, and why, without names.
    const left = await s.d.call('privacy:retentionDue');
    expect(left.kinds.map((k) => k.total)).toEqual([0, 0, 0]);
    const erased = await db.query(`SELECT entity, changes FROM audit_log WHERE action = 'erase_personal' ORDER BY entity`);
    expect(erased.map((e: { entity: string }) => e.entity)).toEqual(['business', 'business', 'consultation', 'consultation', 'training_participant', 'training_participant']);
    for (const e of erased) expect(e.changes).toContain('Masa retensi berakhir');
    expect(JSON.stringify(s.d.t.logs)).not.toMatch(/Sri Wahyuni|6472015203900001|0813-5500/);
  });

  it('many records are anonymised a few dozen per transaction, each chunk in the history', async () => {
    const clock = movableClock(`${OLD_DAY}T02:00:00.000Z`);
    desk = await openDesk({ clock });
    const d = desk;
    const training = await createTraining(d, { startDate: '2019-01-07', endDate: '2019-01-08', capacity: null });
    for (let i = 0; i < 60; i++) await addParticipant(d, training.id, distinctParticipant(i, { birthDate: null, age: 20 }));
    clock.set(NOW);
    await d.call('session:confirmPin', { pin: TEST_PIN });
    const due = (await d.call('privacy:retentionDue')).kinds.find((k) => k.kind === 'participant')!;
    expect(due.total).toBe(60);
    expect(await d.call('privacy:anonymise', { kind: 'participant', ids: due.items.map((i) => i.id) })).toEqual({ anonymised: 60, skipped: 0 });
    const chunks = await d.t.core.ds.query(`SELECT changes FROM audit_log WHERE action = 'anonymise' ORDER BY rowid`);
    expect(chunks.map((c: { changes: string }) => JSON.parse(c.changes).count[1])).toEqual([50, 10]);
    expect(await d.t.core.ds.query(`SELECT count(*) AS n FROM training_participant WHERE phone IS NOT NULL`)).toEqual([{ n: 0 }]);
  });
});

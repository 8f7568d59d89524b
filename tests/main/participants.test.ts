import { afterEach, describe, expect, it } from 'vitest';
import { distinctProfile, openDesk, profile, TEST_NOW, type Desk } from './helpers/business';
import { addParticipant, createTraining, distinctParticipant, participantValues, trainingCounts } from './helpers/training';

const UNKNOWN_ID = '3f1c1c4e-1111-4a1a-9a1a-111111111111';

describe('participants: add, list, update, remove', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  it('adds a participant with a masked phone and an age counted at the training start, audited without personal values', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-09' });
    // 20 April 2001: 25 on 8 June 2026.
    const p = await addParticipant(desk, t.id);
    expect(p).toMatchObject({
      trainingId: t.id,
      name: 'Rina Marlina',
      gender: 'P',
      birthDate: '2001-04-20',
      age: 25,
      minor: false,
      phone: '0812-••••-5432',
      regencyCode: '64.72',
      hasBusiness: false,
      businessId: null,
      convertedAt: null,
      attendedDays: [],
      checkInFollowUpId: null,
    });
    expect(await desk.call('participants:list', { trainingId: t.id })).toEqual([p]);
    const [entry] = await desk.call('audit:list', { limit: 5, entity: 'training_participant' });
    expect(entry).toMatchObject({ action: 'create', entityId: p.id });
    const logged = JSON.stringify(entry!.changes);
    expect(logged).not.toContain('Rina');
    expect(logged).not.toContain('9876');
    expect(logged).not.toContain('2001-04-20');
    expect(entry!.changes?.['trainingId']).toEqual([null, t.id]);
  });

  it('counts the age on the training start from the birth date, else takes the age told; under 18 on the office today is a minor', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-09' });
    const consent = { guardianName: 'Hj. Aminah', guardianConsentDate: '2026-06-01' };
    // Turned 18 the day after the training started: 17 at the training, an adult on the office's today (15 June).
    const almost = await addParticipant(desk, t.id, distinctParticipant(0, { birthDate: '2008-06-09' }));
    expect(almost).toMatchObject({ age: 17, minor: false });
    const child = await addParticipant(desk, t.id, distinctParticipant(1, { birthDate: '2008-06-20', ...consent }));
    expect(child).toMatchObject({ age: 17, minor: true, consentMissing: false });
    const told = await addParticipant(desk, t.id, distinctParticipant(2, { birthDate: null, age: 16, ...consent }));
    expect(told).toMatchObject({ age: 16, minor: true, birthDate: null });
    const unknown = await addParticipant(desk, t.id, distinctParticipant(3, { birthDate: null, age: null, phone: null }));
    expect(unknown).toMatchObject({ age: null, minor: false, phone: null });
  });

  it('links a participant who runs a business to its profile; an unknown or deleted one is refused on businessId', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const b = await desk.create(profile());
    const gone = await desk.create(distinctProfile(1, { name: 'Usaha Tutup' }));
    await desk.call('businesses:delete', { id: gone.id });
    const t = await createTraining(desk);
    const p = await addParticipant(desk, t.id, { hasBusiness: true, businessId: b.id, businessName: 'Kue Bu Sri' });
    expect(p).toMatchObject({ hasBusiness: true, businessId: b.id });
    const before = await trainingCounts(desk);
    for (const businessId of [UNKNOWN_ID, gone.id]) {
      const error = await desk.fail('participants:add', { trainingId: t.id, participant: participantValues({ hasBusiness: true, businessId }) });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'participant.businessId': { key: 'v.businessUnknown' } } });
    }
    expect(await trainingCounts(desk)).toEqual(before);
  });

  it('lists by name, and updates a participant with the changes audited (personal values hidden)', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const yusuf = await addParticipant(desk, t.id, distinctParticipant(1));
    const rina = await addParticipant(desk, t.id, distinctParticipant(0));
    expect((await desk.call('participants:list', { trainingId: t.id })).map((p) => p.id)).toEqual([rina.id, yusuf.id]);
    const updated = await desk.call('participants:update', {
      id: rina.id,
      participant: distinctParticipant(0, { name: 'Rina Marlina Sari', phone: '0813-1111-2222', notes: 'Ingin usaha sablon', hasBusiness: true, businessName: 'Sablon Rina' }),
    });
    expect(updated).toMatchObject({ name: 'Rina Marlina Sari', phone: '0813-••••-2222', notes: 'Ingin usaha sablon', hasBusiness: true, businessId: null });
    const [entry] = await desk.call('audit:list', { limit: 5, entity: 'training_participant' });
    expect(entry).toMatchObject({ action: 'update', entityId: rina.id });
    expect(Object.keys(entry!.changes ?? {}).sort()).toEqual(['businessName', 'hasBusiness', 'name', 'notes', 'phone']);
    expect(entry!.changes?.['name']).toEqual(['•••', '•••']);
    expect(entry!.changes?.['phone']).toEqual(['•••', '•••']);
    expect(entry!.changes?.['hasBusiness']).toEqual([false, true]);
    expect((await desk.fail('participants:update', { id: UNKNOWN_ID, participant: participantValues() })).code).toBe('NOT_FOUND');
  });

  it('removes a participant softly: gone from the list and counts, open check-in cancelled, row kept', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const a = await addParticipant(desk, t.id, distinctParticipant(0));
    const b = await addParticipant(desk, t.id, distinctParticipant(1));
    await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 2, title: 'Sudah mulai usaha?' });
    const checkIn = (await desk.call('participants:list', { trainingId: t.id })).find((p) => p.id === a.id)!.checkInFollowUpId!;
    expect(await desk.call('participants:remove', { id: a.id })).toEqual({ ok: true });
    expect((await desk.call('participants:list', { trainingId: t.id })).map((p) => p.id)).toEqual([b.id]);
    expect((await desk.call('trainings:get', { id: t.id })).participantCount).toBe(1);
    expect(await desk.call('followUps:get', { id: checkIn })).toMatchObject({ status: 'cancelled' });
    const [row] = await desk.t.core.ds.query(`SELECT deleted_at FROM training_participant WHERE id = ?`, [a.id]);
    expect(row.deleted_at).not.toBeNull();
    expect((await desk.fail('participants:remove', { id: a.id })).code).toBe('NOT_FOUND');
    const actions = (await desk.call('audit:list', { limit: 50 })).map((e) => `${e.entity}:${e.action}`);
    expect(actions).toContain('training_participant:delete');
    expect(actions).toContain('follow_up:cancel');
  });

  it('reveals the full phone on request, and audits every reveal', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const p = await addParticipant(desk, t.id);
    expect(await desk.call('participants:revealPhone', { id: p.id })).toEqual({ phone: '+6281298765432' });
    const reveals = (await desk.call('audit:list', { limit: 20, entity: 'training_participant' })).filter((e) => e.action === 'reveal_phone');
    expect(reveals.map((e) => e.entityId)).toEqual([p.id]);
    expect(reveals[0]!.changes).toBeNull();
    expect((await desk.fail('participants:revealPhone', { id: UNKNOWN_ID })).code).toBe('NOT_FOUND');
  });
});

describe('participants: bad input is refused on its field, nothing written', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['no name', { name: '' }, 'name', 'v.required'],
    ['name too long', { name: 'x'.repeat(121) }, 'name', 'v.tooLong'],
    ['unknown gender', { gender: 'X' }, 'gender', 'v.invalidChoice'],
    ['bad birth date', { birthDate: '2001-13-01' }, 'birthDate', 'v.date'],
    ['born after the training', { birthDate: '2026-07-01' }, 'birthDate', 'v.ageRange'],
    ['younger than 10 at the training', { birthDate: '2017-01-01' }, 'birthDate', 'v.ageRange'],
    ['age under 10', { birthDate: null, age: 9 }, 'age', 'v.ageRange'],
    ['age over 100', { birthDate: null, age: 101 }, 'age', 'v.ageRange'],
    ['fractional age', { birthDate: null, age: 20.5 }, 'age', 'v.wholeNumber'],
    ['phone not recognised', { phone: '12345' }, 'phone', 'v.phone'],
    ['regency code shape', { regencyCode: '64' }, 'regencyCode', 'v.region'],
    ['regency that does not exist', { regencyCode: '64.99' }, 'regencyCode', 'v.region'],
    ['hasBusiness missing', { hasBusiness: undefined }, 'hasBusiness', 'v.required'],
    ['business id not an id', { hasBusiness: true, businessId: 'abc' }, 'businessId', 'v.invalidId'],
    ['calon wirausaha with a business', { hasBusiness: false, businessId: UNKNOWN_ID }, 'businessId', 'v.prospectWithBusiness'],
    ['unknown business', { hasBusiness: true, businessId: UNKNOWN_ID }, 'businessId', 'v.businessUnknown'],
    ['notes too long', { notes: 'x'.repeat(201) }, 'notes', 'v.tooLong'],
    ['unknown field', { nik: '6472015203900003' }, 'nik', 'v.unknownField'],
  ];

  it('add and update: each bad field answers under participant.<field>', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const p = await addParticipant(desk, t.id);
    const before = await trainingCounts(desk);
    for (const [name, change, path, key] of cases) {
      const participant = { ...participantValues(), ...change };
      const added = await desk.fail('participants:add', { trainingId: t.id, participant });
      expect(added.code, name).toBe('VALIDATION');
      expect(added.fields?.[`participant.${path}`]?.key, name).toBe(key);
      const updated = await desk.fail('participants:update', { id: p.id, participant });
      expect(updated.fields?.[`participant.${path}`]?.key, name).toBe(key);
    }
    expect(await trainingCounts(desk)).toEqual(before);
    expect(await desk.call('participants:list', { trainingId: t.id })).toEqual([p]);
  });

  it('refuses a participant for an unknown training', async () => {
    desk = await openDesk({ now: TEST_NOW });
    expect((await desk.fail('participants:add', { trainingId: UNKNOWN_ID, participant: participantValues() })).code).toBe('NOT_FOUND');
    expect((await desk.fail('participants:add', { trainingId: 'x', participant: participantValues() })).fields?.['trainingId']?.key).toBe('v.invalidId');
  });
});

describe('participants:setAttendance', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  it('records who came each day, replacing that day only, audited once per call', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-10' });
    const a = await addParticipant(desk, t.id, distinctParticipant(0));
    const b = await addParticipant(desk, t.id, distinctParticipant(1));
    const c = await addParticipant(desk, t.id, distinctParticipant(2));
    await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [a.id, b.id, b.id] });
    const list = await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-09', presentIds: [a.id] });
    const days = (rows: typeof list) => Object.fromEntries(rows.map((p) => [p.id, p.attendedDays]));
    expect(days(list)).toEqual({ [a.id]: ['2026-06-08', '2026-06-09'], [b.id]: ['2026-06-08'], [c.id]: [] });
    // Setting day one again: b is absent now, c present; day two stays.
    const again = await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [a.id, c.id] });
    expect(days(again)).toEqual({ [a.id]: ['2026-06-08', '2026-06-09'], [b.id]: [], [c.id]: ['2026-06-08'] });
    expect((await desk.call('trainings:get', { id: t.id })).attendedCount).toBe(2);
    const entries = (await desk.call('audit:list', { limit: 20, entity: 'training' })).filter((e) => e.action === 'attendance');
    expect(entries).toHaveLength(3);
    expect(entries[0]!.changes).toEqual({ day: [null, '2026-06-08'], present: [2, 2] });
    // An empty list marks everyone absent that day.
    const none = await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-09', presentIds: [] });
    expect(none.find((p) => p.id === a.id)?.attendedDays).toEqual(['2026-06-08']);
  });

  it('refuses a day outside the training, and a participant of another training or removed, changing nothing', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-09' });
    const other = await createTraining(desk, { title: 'Kue', topic: 'kue', topicText: null });
    const a = await addParticipant(desk, t.id, distinctParticipant(0));
    const removed = await addParticipant(desk, t.id, distinctParticipant(1));
    const stranger = await addParticipant(desk, other.id, distinctParticipant(2));
    await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [a.id, removed.id] });
    await desk.call('participants:remove', { id: removed.id });
    const before = await trainingCounts(desk);

    for (const day of ['2026-06-07', '2026-06-10']) {
      const error = await desk.fail('participants:setAttendance', { trainingId: t.id, day, presentIds: [a.id] });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { day: { key: 'v.trainingDay' } } });
    }
    expect((await desk.fail('participants:setAttendance', { trainingId: t.id, day: '2026-06-31', presentIds: [] })).fields?.['day']?.key).toBe('v.date');
    const foreign = await desk.fail('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [a.id, stranger.id] });
    expect(foreign).toMatchObject({ code: 'VALIDATION', fields: { 'presentIds.1': { key: 'v.participantUnknown' } } });
    const gone = await desk.fail('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [removed.id] });
    expect(gone.fields?.['presentIds.0']?.key).toBe('v.participantUnknown');
    expect(await trainingCounts(desk)).toEqual(before);
    expect((await desk.call('participants:list', { trainingId: t.id }))[0]!.attendedDays).toEqual(['2026-06-08']);
    expect((await desk.fail('participants:setAttendance', { trainingId: UNKNOWN_ID, day: '2026-06-08', presentIds: [] })).code).toBe('NOT_FOUND');
  });
});

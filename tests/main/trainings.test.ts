import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, profile, TEST_NOW, type Desk } from './helpers/business';
import { addParticipant, createTraining, distinctParticipant, trainingCounts, trainingValues } from './helpers/training';

describe('trainings: create, read, update, delete', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  it('creates a training with its days, place names and counts, audited', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-10' });
    expect(t).toMatchObject({
      title: 'Pelatihan Sablon Kaos',
      topic: 'sablon',
      topicText: 'sablon kaos anak',
      regencyCode: '64.72',
      regencyName: expect.stringMatching(/samarinda/i),
      districtCode: '64.72.01',
      districtName: expect.any(String),
      venue: 'Aula Dinas Koperasi dan UKM',
      trainers: ['Agus Setiawan', 'Dewi Lestari'],
      organiser: 'Dinas Koperasi dan UKM Kota Samarinda',
      fundingSource: 'apbd',
      capacity: 30,
      days: ['2026-06-08', '2026-06-09', '2026-06-10'],
      participantCount: 0,
      attendedCount: 0,
      prospectCount: 0,
      deletedAt: null,
    });
    expect(await desk.call('trainings:get', { id: t.id })).toEqual(t);
    const audit = await desk.call('audit:list', { limit: 20, entity: 'training' });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['create', t.id]]);
    expect(audit[0]!.changes?.['title']).toEqual([null, 'Pelatihan Sablon Kaos']);
    expect(audit[0]!.changes?.['endDate']).toEqual([null, '2026-06-10']);
  });

  it('counts live participants, those present on some day, and calon wirausaha', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const b = await desk.create(profile());
    const t = await createTraining(desk);
    const a = await addParticipant(desk, t.id, distinctParticipant(0));
    await addParticipant(desk, t.id, distinctParticipant(1, { hasBusiness: true, businessId: b.id }));
    await addParticipant(desk, t.id, distinctParticipant(2, { hasBusiness: true, businessName: 'Sablon Bayu' }));
    const gone = await addParticipant(desk, t.id, distinctParticipant(3));
    await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [a.id, gone.id] });
    await desk.call('participants:remove', { id: gone.id });
    expect(await desk.call('trainings:get', { id: t.id })).toMatchObject({ participantCount: 3, attendedCount: 1, prospectCount: 1 });
  });

  it('updates a training, audits what changed, and refuses a stale copy without changing anything', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const updated = await desk.call('trainings:update', {
      id: t.id,
      expectedUpdatedAt: t.updatedAt,
      training: trainingValues({ title: 'Sablon Kaos Lanjutan', endDate: '2026-06-11', trainers: ['Agus Setiawan'] }),
    });
    expect(updated).toMatchObject({ title: 'Sablon Kaos Lanjutan', days: ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11'], trainers: ['Agus Setiawan'] });
    expect(updated.updatedAt > t.updatedAt).toBe(true);
    const [entry] = await desk.call('audit:list', { limit: 5, entity: 'training' });
    expect(entry).toMatchObject({ action: 'update', entityId: t.id });
    expect(Object.keys(entry!.changes ?? {}).sort()).toEqual(['endDate', 'title', 'trainers']);
    expect(entry!.changes?.['title']).toEqual(['Pelatihan Sablon Kaos', 'Sablon Kaos Lanjutan']);

    const before = await trainingCounts(desk);
    const stale = await desk.fail('trainings:update', { id: t.id, expectedUpdatedAt: t.updatedAt, training: trainingValues({ title: 'Ditimpa' }) });
    expect(stale.code).toBe('CONFLICT');
    expect((await desk.call('trainings:get', { id: t.id })).title).toBe('Sablon Kaos Lanjutan');
    expect(await trainingCounts(desk)).toEqual(before);
  });

  it('refuses new dates that would leave recorded attendance outside the training', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-10' });
    const p = await addParticipant(desk, t.id);
    await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-10', presentIds: [p.id] });
    const later = await desk.fail('trainings:update', { id: t.id, expectedUpdatedAt: t.updatedAt, training: trainingValues({ startDate: '2026-06-08', endDate: '2026-06-09' }) });
    expect(later.code).toBe('VALIDATION');
    expect(later.fields?.['training.endDate']).toEqual({ key: 'v.attendanceOutside', params: { day: '2026-06-10' } });
    const earlier = await desk.fail('trainings:update', { id: t.id, expectedUpdatedAt: t.updatedAt, training: trainingValues({ startDate: '2026-06-11', endDate: '2026-06-12' }) });
    expect(earlier.fields?.['training.startDate']?.key).toBe('v.attendanceOutside');
    expect((await desk.call('trainings:get', { id: t.id })).endDate).toBe('2026-06-10');
    // Within the attended days, the dates may change.
    const ok = await desk.call('trainings:update', { id: t.id, expectedUpdatedAt: t.updatedAt, training: trainingValues({ startDate: '2026-06-09', endDate: '2026-06-10' }) });
    expect(ok.days).toEqual(['2026-06-09', '2026-06-10']);
  });

  it('soft-deletes a training with its participants and check-ins; restore brings back exactly those', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const keep = await createTraining(desk, { title: 'Pelatihan Kue Basah', topic: 'kue', topicText: null });
    const a = await addParticipant(desk, t.id, distinctParticipant(0));
    const b = await addParticipant(desk, t.id, distinctParticipant(1));
    const removedBefore = await addParticipant(desk, t.id, distinctParticipant(2));
    await desk.call('participants:remove', { id: removedBefore.id });
    await desk.call('participants:setAttendance', { trainingId: t.id, day: '2026-06-08', presentIds: [a.id] });
    await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 4, title: 'Sudah mulai usaha?' });
    const openCheckIns = async () =>
      Number(((await desk.t.core.ds.query(`SELECT count(*) AS n FROM follow_up WHERE training_id = ? AND deleted_at IS NULL`, [t.id])) as [{ n: number }])[0].n);
    expect(await openCheckIns()).toBe(2);

    const deleted = await desk.call('trainings:delete', { id: t.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await desk.call('trainings:list', {})).rows.map((r) => r.id)).toEqual([keep.id]);
    expect((await desk.fail('participants:list', { trainingId: t.id })).code).toBe('NOT_FOUND');
    expect((await desk.fail('participants:add', { trainingId: t.id, participant: distinctParticipant(4) })).code).toBe('NOT_FOUND');
    expect((await desk.fail('participants:update', { id: a.id, participant: distinctParticipant(0) })).code).toBe('NOT_FOUND');
    expect(await openCheckIns()).toBe(0);
    expect((await desk.call('followUps:list', { bucket: 'later' })).rows).toEqual([]);
    // The deleted training still tells how many would come back.
    expect(await desk.call('trainings:get', { id: t.id })).toMatchObject({ participantCount: 2, attendedCount: 1 });

    const restored = await desk.call('trainings:restore', { id: t.id });
    expect(restored).toMatchObject({ deletedAt: null, participantCount: 2, attendedCount: 1, prospectCount: 2 });
    const back = await desk.call('participants:list', { trainingId: t.id });
    expect(back.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(back.find((p) => p.id === a.id)?.attendedDays).toEqual(['2026-06-08']);
    expect(await openCheckIns()).toBe(2);
    const actions = (await desk.call('audit:list', { limit: 50, entity: 'training' })).filter((e) => e.entityId === t.id).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['restore', 'delete']);
  });

  it('answers NOT_FOUND for an unknown training, and deleting twice changes nothing', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const unknown = '3f1c1c4e-1111-4a1a-9a1a-111111111111';
    expect((await desk.fail('trainings:get', { id: unknown })).code).toBe('NOT_FOUND');
    expect((await desk.fail('trainings:update', { id: unknown, expectedUpdatedAt: TEST_NOW, training: trainingValues() })).code).toBe('NOT_FOUND');
    const t = await createTraining(desk);
    const first = await desk.call('trainings:delete', { id: t.id });
    const second = await desk.call('trainings:delete', { id: t.id });
    expect(second.deletedAt).toBe(first.deletedAt);
    expect((await desk.fail('trainings:update', { id: t.id, expectedUpdatedAt: first.updatedAt, training: trainingValues() })).code).toBe('NOT_FOUND');
  });
});

describe('trainings:list', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  async function seed() {
    desk = await openDesk({ now: TEST_NOW });
    const sablon = await createTraining(desk, { startDate: '2026-03-02', endDate: '2026-03-04' });
    const kue = await createTraining(desk, {
      title: 'Kue Kering Lebaran',
      topic: 'kue',
      topicText: null,
      startDate: '2026-04-10',
      endDate: '2026-04-10',
      venue: 'Balai Kelurahan Sempaja',
      trainers: ['Hj. Nurhayati'],
    });
    const balikpapan = await createTraining(desk, {
      title: 'Es Krim Rumahan',
      topic: 'es_krim',
      topicText: null,
      startDate: '2026-05-20',
      endDate: '2026-05-22',
      regencyCode: '64.71',
      districtCode: null,
      venue: 'Gedung Koperasi Balikpapan',
      trainers: ['Agus Setiawan'],
    });
    return { sablon, kue, balikpapan };
  }

  const ids = async (q: Record<string, unknown>) => (await desk.call('trainings:list', q)).rows.map((r) => r.id);

  it('lists newest start first, filtered by words in title, venue or trainers, topic, kabupaten/kota', async () => {
    const { sablon, kue, balikpapan } = await seed();
    expect(await ids({})).toEqual([balikpapan.id, kue.id, sablon.id]);
    expect(await ids({ search: 'kue lebaran' })).toEqual([kue.id]);
    expect(await ids({ search: 'sempaja' })).toEqual([kue.id]);
    expect(await ids({ search: 'agus' })).toEqual([balikpapan.id, sablon.id]);
    expect(await ids({ search: 'NURHAYATI' })).toEqual([kue.id]);
    expect(await ids({ search: 'agus es' })).toEqual([balikpapan.id]);
    // Words match from their start: "lestari" finds Dewi Lestari, "estari" does not.
    expect(await ids({ search: 'lestari' })).toEqual([sablon.id]);
    expect(await ids({ search: 'estari' })).toEqual([]);
    expect(await ids({ search: 'kaos anak' })).toEqual([sablon.id]);
    expect(await ids({ search: '100%' })).toEqual([]);
    expect(await ids({ topic: 'kue' })).toEqual([kue.id]);
    expect(await ids({ regencyCode: '64.71' })).toEqual([balikpapan.id]);
  });

  it('keeps trainings with any day inside [from, to]', async () => {
    const { sablon, kue, balikpapan } = await seed();
    expect(await ids({ from: '2026-03-04', to: '2026-04-10' })).toEqual([kue.id, sablon.id]);
    expect(await ids({ from: '2026-03-05', to: '2026-04-09' })).toEqual([]);
    expect(await ids({ from: '2026-05-22' })).toEqual([balikpapan.id]);
    expect(await ids({ to: '2026-03-02' })).toEqual([sablon.id]);
    const reversed = await desk.fail('trainings:list', { from: '2026-05-01', to: '2026-04-01' });
    expect(reversed).toMatchObject({ code: 'VALIDATION', fields: { to: { key: 'v.rangeReversed' } } });
  });

  it('pages with the total of the whole filter, and leaves deleted trainings out', async () => {
    const { sablon, kue, balikpapan } = await seed();
    const page1 = await desk.call('trainings:list', { pageSize: 2 });
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.rows.map((r) => r.id)).toEqual([balikpapan.id, kue.id]);
    const page2 = await desk.call('trainings:list', { pageSize: 2, page: 2 });
    expect(page2.rows.map((r) => r.id)).toEqual([sablon.id]);
    await desk.call('trainings:delete', { id: kue.id });
    const after = await desk.call('trainings:list', {});
    expect(after.total).toBe(2);
    expect(after.rows.map((r) => r.id)).toEqual([balikpapan.id, sablon.id]);
  });
});

describe('trainings: bad input is refused on its field, nothing written', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['no title', { title: '   ' }, 'title', 'v.required'],
    ['title too long', { title: 'x'.repeat(201) }, 'title', 'v.tooLong'],
    ['unknown topic', { topic: 'batik' }, 'topic', 'v.invalidChoice'],
    ['lainnya without its name', { topic: 'lainnya', topicText: '' }, 'topicText', 'v.required'],
    ['bad start date', { startDate: '2026-02-30' }, 'startDate', 'v.date'],
    ['missing end date', { endDate: undefined }, 'endDate', 'v.required'],
    ['end before start', { startDate: '2026-06-09', endDate: '2026-06-08' }, 'endDate', 'v.rangeReversed'],
    ['longer than 31 days', { startDate: '2026-06-01', endDate: '2026-07-02' }, 'endDate', 'v.trainingTooLong'],
    ['regency code shape', { regencyCode: '6472', districtCode: null }, 'regencyCode', 'v.region'],
    ['district outside its regency', { regencyCode: '64.71', districtCode: '64.72.01' }, 'districtCode', 'v.regionChain'],
    ['district without regency', { regencyCode: null, districtCode: '64.72.01' }, 'districtCode', 'v.regionChain'],
    ['regency that does not exist', { regencyCode: '64.99', districtCode: null }, 'regencyCode', 'v.region'],
    ['district that does not exist', { regencyCode: '64.72', districtCode: '64.72.99' }, 'districtCode', 'v.region'],
    ['blank trainer', { trainers: ['Agus', ' '] }, 'trainers.1', 'v.required'],
    ['too many trainers', { trainers: Array.from({ length: 11 }, (_, i) => `Pelatih ${i}`) }, 'trainers', 'v.tooBig'],
    ['unknown funding source', { fundingSource: 'swasta' }, 'fundingSource', 'v.invalidChoice'],
    ['zero capacity', { capacity: 0 }, 'capacity', 'v.positive'],
    ['fractional capacity', { capacity: 2.5 }, 'capacity', 'v.wholeNumber'],
    ['capacity as text', { capacity: '30' }, 'capacity', 'v.invalidType'],
    ['notes too long', { notes: 'x'.repeat(5001) }, 'notes', 'v.tooLong'],
    ['unknown field', { budget: 1000 }, 'budget', 'v.unknownField'],
  ];

  it.each(cases)('create: %s', async (_name, change, path, key) => {
    desk = await openDesk({ now: TEST_NOW });
    const before = await trainingCounts(desk);
    const error = await desk.fail('trainings:create', { ...trainingValues(), ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[path]?.key).toBe(key);
    expect(await trainingCounts(desk)).toEqual(before);
  });

  it('update: the same checks answer under training.<field>, and the training is unchanged', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const before = await trainingCounts(desk);
    for (const [, change, path, key] of cases) {
      const error = await desk.fail('trainings:update', { id: t.id, expectedUpdatedAt: t.updatedAt, training: { ...trainingValues(), ...change } });
      expect(error.code, path).toBe('VALIDATION');
      expect(error.fields?.[`training.${path}`]?.key, path).toBe(key);
    }
    expect(await desk.call('trainings:get', { id: t.id })).toEqual(t);
    expect(await trainingCounts(desk)).toEqual(before);
  });
});


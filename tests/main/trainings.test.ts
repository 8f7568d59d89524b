import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, TEST_NOW, type Desk } from './helpers/business';
import { addParticipant, createTraining, trainingCounts, trainingValues } from './helpers/training';

describe('trainings: create, read, update, delete', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  it('creates a training with its days, place names and counts, audited', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-10' });
    expect(t).toMatchObject({
      title: 'Pelatihan Sablon Kaos',
      topic: 'sablon',
      regencyCode: '64.72',
      regencyName: expect.stringMatching(/samarinda/i),
      districtCode: '64.72.01',
      districtName: expect.any(String),
      trainers: ['Agus Setiawan', 'Dewi Lestari'],
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
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, profile, TEST_NOW, type Desk } from './helpers/business';
import { addParticipant, createTraining } from './helpers/training';

let desk: Desk | undefined;

afterEach(async () => {
  await desk?.t.dispose();
  desk = undefined;
});

describe('a participant linked to a business profile', () => {
  it("carries the profile's name when none was told, and the profile's current name after it is renamed", async () => {
    desk = await openDesk({ now: TEST_NOW });
    const b = await desk.create(profile({ name: 'Kue Bu Sri' }));
    const t = await createTraining(desk);
    const p = await addParticipant(desk, t.id, { hasBusiness: true, businessId: b.id, businessName: null });
    expect(p).toMatchObject({ businessId: b.id, businessName: 'Kue Bu Sri' });

    const full = await desk.call('businesses:get', { id: b.id });
    await desk.call('businesses:update', { id: b.id, expectedUpdatedAt: full.updatedAt, keepNik: true, profile: profile({ name: 'Kue Ibu Sri Samarinda' }) });
    const [listed] = await desk.call('participants:list', { trainingId: t.id });
    expect(listed).toMatchObject({ businessId: b.id, businessName: 'Kue Ibu Sri Samarinda' });
  });
});

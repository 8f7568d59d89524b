import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { profile } from './helpers/business';
import { openDesk, type Desk } from './helpers/business';
import { consultationValues, toDraft } from './helpers/consultation';

describe('what a committed write changed, and what a call read', () => {
  let desk: Desk | undefined;
  afterEach(async () => {
    await desk?.t.dispose();
    desk = undefined;
  });

  const changes = (d: Desk) => {
    const seen: string[][] = [];
    d.t.core.events.subscribe((name, payload) => {
      if (name === 'data:changed') seen.push((payload as { tables: string[] }).tables);
    });
    return seen;
  };

  it('names the tables a finalisation wrote, with those its triggers keep (report totals, search index)', async () => {
    desk = await openDesk();
    const business = await desk.create(profile());
    const seen = changes(desk);
    const id = randomUUID();
    const values = consultationValues(business.id, desk.consultantId);
    await desk.call('consultations:saveDraft', { id, values: toDraft(values) });
    await desk.call('consultations:finalize', { id, values });
    const finalize = seen.at(-1)!;
    expect(finalize).toEqual(expect.arrayContaining(['consultation', 'follow_up', 'audit_log', 'report_month_area', 'report_business_month']));
    await desk.call('businesses:update', { id: business.id, expectedUpdatedAt: business.updatedAt, profile: { ...profile(), name: 'Kue Bu Sri Baru' } });
    expect(seen.at(-1)).toEqual(expect.arrayContaining(['business', 'business_fts']));
  });

  it('says nothing for a call that only read, nor for a write that was refused and rolled back', async () => {
    desk = await openDesk();
    const business = await desk.create(profile());
    const seen = changes(desk);
    await desk.call('businesses:list', {});
    await desk.fail('businesses:update', { id: business.id, expectedUpdatedAt: '2020-01-01T00:00:00.000Z', profile: profile() });
    await expect(
      desk.t.core.ds.transaction(async (m) => {
        await m.query(`UPDATE business SET name = 'x' WHERE id = ?`, [business.id]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(seen).toEqual([]);
  });

  it('answers the tables a call read when the shell asks, and only then', async () => {
    desk = await openDesk();
    await desk.create(profile());
    const tracked = await desk.t.core.router.invoke('businesses:list', {}, { trackReads: true });
    expect(tracked.ok && tracked.reads).toEqual(expect.arrayContaining(['business']));
    const plain = await desk.t.core.router.invoke('businesses:list', {});
    expect(plain).not.toHaveProperty('reads');
  });
});

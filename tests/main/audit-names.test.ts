import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, profile, type Desk } from './helpers/business';
import { participantValues, trainingValues } from './helpers/training';

describe('the change history names the records and regions it points at', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  it('gives a business’s name, a training’s title, a consultant’s name and kecamatan/kelurahan names, never a participant’s', async () => {
    desk = await openDesk({ now: '2026-06-15T02:00:00.000Z' });
    const [{ code: village, name: villageName }] = await desk.t.core.ds.query(`SELECT code, name FROM region WHERE parent_code = '64.72.01' LIMIT 1`);
    const [{ name: districtName }] = await desk.t.core.ds.query(`SELECT name FROM region WHERE code = '64.72.01'`);
    const b = await desk.create(profile({ villageCode: village }));
    const followUp = await desk.call('followUps:create', { businessId: b.id, title: 'Cek label', dueDate: '2026-06-20', assignee: 'consultant', consultantId: desk.consultantId });
    const training = await desk.call('trainings:create', trainingValues());
    const participant = await desk.call('participants:add', { trainingId: training.id, participant: participantValues({ businessId: b.id, hasBusiness: true }) });
    const [{ name: consultantName }] = await desk.t.core.ds.query(`SELECT name FROM consultant WHERE id = ?`, [desk.consultantId]);

    const entries = await desk.call('audit:list', { limit: 50 });
    const of = (entity: string, id: string) => entries.find((e) => e.entity === entity && e.entityId === id && e.action === 'create')!;
    expect(of('business', b.id).names).toMatchObject({ '64': expect.any(String), '64.72': 'Kota Samarinda', '64.72.01': districtName, [village]: villageName });
    expect(of('follow_up', followUp.id).names).toMatchObject({ [b.id]: 'Kue Bu Sri' });
    const joined = of('training_participant', participant.id);
    expect(joined.names).toMatchObject({ [training.id]: 'Pelatihan Sablon Kaos', [b.id]: 'Kue Bu Sri' });
    expect(Object.values(joined.names)).not.toContain(participantValues().name);
    // A change that points at a consultant (a follow-up handed over, say) names them.
    const { audit } = desk.t.core.services;
    await desk.t.core.ds.transaction((m) => audit.record(m, { action: 'update', entity: 'follow_up', entityId: followUp.id, changes: { consultantId: [null, desk.consultantId] } }));
    expect((await desk.call('audit:list', { limit: 1 }))[0]!.names).toEqual({ [desk.consultantId]: consultantName });
  });
});

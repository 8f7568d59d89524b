import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, Consultant, ConsultantUpdateInput, Session } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import { makeCore, setUpDesk, type TestCore } from './helpers/core';

const VALID_NIP = '198503152010012003';
const OTHER_NIP = '199001012015031001';

function expectOk<T>(res: Envelope<unknown>): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.value as T;
}
function expectError(res: Envelope<unknown>) {
  if (res.ok) throw new Error(`expected an error, got ${JSON.stringify(res.value)}`);
  return res.error;
}

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

let clockNow = new Date('2025-11-28T01:00:00.000Z');
async function deskOnDuty() {
  clockNow = new Date('2025-11-28T01:00:00.000Z');
  t = await makeCore({ clock: () => new Date(clockNow) });
  const dutyId = await setUpDesk(t.core);
  return { core: t.core, dutyId };
}

const rows = async (c: TestCore['core']) =>
  (await c.ds.query(`SELECT id, name, nip, phone, active, updated_by AS updatedBy FROM consultant ORDER BY name`)) as Array<
    Record<string, unknown>
  >;
const create = async (c: TestCore['core'], input: { name: string; nip?: string | null; phone?: string | null }) =>
  c.router.invoke('consultants:create', input);
const update = async (c: TestCore['core'], input: ConsultantUpdateInput) => c.router.invoke('consultants:update', input);
const toUpdate = (x: Consultant, over: Partial<ConsultantUpdateInput> = {}): ConsultantUpdateInput => ({
  id: x.id,
  name: x.name,
  nip: x.nip,
  phone: x.phone,
  active: x.active,
  ...over,
});

describe('consultants:create', () => {
  it('creates an active consultant with a valid 18-digit NIP and a normalised phone, updatedBy the consultant on duty', async () => {
    const { core, dutyId } = await deskOnDuty();
    const created = expectOk<Consultant>(await create(core, { name: 'Budi Santoso', nip: VALID_NIP, phone: '+62 813-5000-1234' }));
    expect(created).toMatchObject({ name: 'Budi Santoso', nip: VALID_NIP, phone: '+6281350001234', active: true });
    expect(created.createdAt).toBe('2025-11-28T01:00:00.000Z');
    const stored = (await rows(core)).find((r) => r['id'] === created.id);
    expect(stored).toMatchObject({ nip: VALID_NIP, phone: '+6281350001234', active: 1, updatedBy: dutyId });
  });

  it('accepts a NIP typed with spaces and stores its 18 digits', async () => {
    const { core } = await deskOnDuty();
    const created = expectOk<Consultant>(await create(core, { name: 'Dewi Lestari', nip: '19850315 201001 2 003' }));
    expect(created.nip).toBe(VALID_NIP);
  });

  it('refuses a NIP whose birth date does not exist (30 February) with v.nip and inserts nothing', async () => {
    const { core } = await deskOnDuty();
    const before = await rows(core);
    const err = expectError(await create(core, { name: 'Budi Santoso', nip: '198502302010012003' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.['nip']).toEqual({ key: 'v.nip' });
    expect(await rows(core)).toEqual(before);
  });

  it('refuses a NIP with letters, a wrong gender digit or a zero serial with v.nip', async () => {
    const { core } = await deskOnDuty();
    for (const nip of ['19850315201001200A', '198503152010013003', '198503152010012000', '1985031520100120031']) {
      const err = expectError(await create(core, { name: 'Budi Santoso', nip }));
      expect({ nip, key: err.fields?.['nip']?.key }).toEqual({ nip, key: 'v.nip' });
    }
    expect(await rows(core)).toHaveLength(1);
  });

  it('refuses a second consultant with the same NIP as DUPLICATE on fields.nip, inserting nothing', async () => {
    const { core } = await deskOnDuty();
    expectOk(await create(core, { name: 'Budi Santoso', nip: VALID_NIP }));
    const before = await rows(core);
    const err = expectError(await create(core, { name: 'Budi Kembar', nip: VALID_NIP }));
    expect(err.code).toBe('DUPLICATE');
    expect(err.fields?.['nip']).toEqual({ key: 'v.nipTaken' });
    expect(await rows(core)).toEqual(before);
  });

  it('allows several consultants without a NIP', async () => {
    const { core } = await deskOnDuty();
    expectOk(await create(core, { name: 'Andi', nip: null }));
    expectOk(await create(core, { name: 'Bunga', nip: '' }));
    expect((await rows(core)).filter((r) => r['nip'] === null)).toHaveLength(3);
  });

  it('refuses an empty name (v.required) and a 10,000-character name (v.tooLong with max 120)', async () => {
    const { core } = await deskOnDuty();
    expect(expectError(await create(core, { name: '  ' })).fields?.['name']).toEqual({ key: 'v.required' });
    expect(expectError(await create(core, { name: 'n'.repeat(10_000) })).fields?.['name']).toEqual({
      key: 'v.tooLong',
      params: { max: 120 },
    });
    expect(await rows(core)).toHaveLength(1);
  });

  it('refuses a create without a consultant on duty (NO_SESSION) and inserts nothing', async () => {
    const { core } = await deskOnDuty();
    await core.router.invoke('session:end', undefined);
    const before = await rows(core);
    expect(expectError(await create(core, { name: 'Budi Santoso' })).code).toBe('NO_SESSION');
    expect(await rows(core)).toEqual(before);
  });

  it('records the creation in the audit log with the phone hidden', async () => {
    const { core, dutyId } = await deskOnDuty();
    const created = expectOk<Consultant>(await create(core, { name: 'Budi Santoso', phone: '0813 5000 1234' }));
    const entries = expectOk<AuditEntry[]>(await core.router.invoke('audit:list', { entity: 'consultant' }));
    const entry = entries.find((e) => e.entityId === created.id && e.action === 'create');
    expect(entry).toMatchObject({ actorId: dutyId, changes: { name: [null, 'Budi Santoso'], phone: [null, '•••'] } });
    // Only the changes are searched: a random id may hold the same digits.
    expect(JSON.stringify(entry?.changes)).not.toMatch(/5000|1234/);
  });
});

describe('consultants:update', () => {
  it('changes name, NIP and phone, moves updatedAt, keeps createdAt and audits the change', async () => {
    const { core, dutyId } = await deskOnDuty();
    const created = expectOk<Consultant>(await create(core, { name: 'Budi Santoso', phone: '081350001234' }));
    clockNow = new Date('2025-11-29T02:00:00.000Z');
    const updated = expectOk<Consultant>(
      await update(core, toUpdate(created, { name: 'Budi Santoso, S.E.', nip: OTHER_NIP, phone: '0813 5000 9999' })),
    );
    expect(updated).toEqual({
      ...created,
      name: 'Budi Santoso, S.E.',
      nip: OTHER_NIP,
      phone: '+6281350009999',
      updatedAt: '2025-11-29T02:00:00.000Z',
    });
    expect((await rows(core)).find((r) => r['id'] === created.id)?.['updatedBy']).toBe(dutyId);
    const [entry] = expectOk<AuditEntry[]>(await core.router.invoke('audit:list', { entity: 'consultant', limit: 1 }));
    expect(entry).toMatchObject({
      action: 'update',
      entityId: created.id,
      actorId: dutyId,
      changes: { name: ['Budi Santoso', 'Budi Santoso, S.E.'], nip: [null, OTHER_NIP], phone: ['•••', '•••'] },
    });
  });

  it("refuses taking another consultant's NIP as DUPLICATE and leaves both unchanged", async () => {
    const { core } = await deskOnDuty();
    expectOk(await create(core, { name: 'Budi', nip: VALID_NIP }));
    const other = expectOk<Consultant>(await create(core, { name: 'Citra', nip: OTHER_NIP }));
    const before = await rows(core);
    const err = expectError(await update(core, toUpdate(other, { nip: VALID_NIP })));
    expect(err.code).toBe('DUPLICATE');
    expect(await rows(core)).toEqual(before);
  });

  it('keeps its own NIP on an update without calling it a duplicate', async () => {
    const { core } = await deskOnDuty();
    const budi = expectOk<Consultant>(await create(core, { name: 'Budi', nip: VALID_NIP }));
    expect(expectOk<Consultant>(await update(core, toUpdate(budi, { name: 'Budi S.' }))).nip).toBe(VALID_NIP);
  });

  it('answers NOT_FOUND for an unknown consultant id', async () => {
    const { core } = await deskOnDuty();
    const err = expectError(
      await update(core, { id: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'X', nip: null, phone: null, active: true }),
    );
    expect(err.code).toBe('NOT_FOUND');
  });

  it('refuses to deactivate the consultant on duty (CONFLICT) and keeps them active', async () => {
    const { core, dutyId } = await deskOnDuty();
    const [self] = expectOk<Consultant[]>(await core.router.invoke('consultants:list', {}));
    const err = expectError(await update(core, toUpdate(self!, { active: false })));
    expect(err.code).toBe('CONFLICT');
    expect(err.fields?.['active']).toEqual({ key: 'v.cannotDeactivateSelf' });
    expect((await rows(core)).find((r) => r['id'] === dutyId)?.['active']).toBe(1);
  });

  it('refuses an update without a consultant on duty (NO_SESSION)', async () => {
    const { core } = await deskOnDuty();
    const budi = expectOk<Consultant>(await create(core, { name: 'Budi' }));
    await core.router.invoke('session:end', undefined);
    expect(expectError(await update(core, toUpdate(budi, { name: 'Budi Baru' }))).code).toBe('NO_SESSION');
    expect((await rows(core)).find((r) => r['id'] === budi.id)?.['name']).toBe('Budi');
  });
});

describe('inactive consultants', () => {
  it('are left out of list({includeInactive:false}), kept in the default list, and cannot start a session (NOT_FOUND)', async () => {
    const { core, dutyId } = await deskOnDuty();
    const budi = expectOk<Consultant>(await create(core, { name: 'Budi Santoso' }));
    const deactivated = expectOk<Consultant>(await update(core, toUpdate(budi, { active: false })));
    expect(deactivated.active).toBe(false);

    const activeOnly = expectOk<Consultant[]>(await core.router.invoke('consultants:list', { includeInactive: false }));
    expect(activeOnly.map((c) => c.id)).toEqual([dutyId]);
    const all = expectOk<Consultant[]>(await core.router.invoke('consultants:list', undefined));
    expect(all.map((c) => c.id).sort()).toEqual([dutyId, budi.id].sort());

    const err = expectError(await core.router.invoke('session:start', { consultantId: budi.id, pin: '1357' }));
    expect(err.code).toBe('NOT_FOUND');
    const session = expectOk<Session>(await core.router.invoke('session:get', undefined));
    expect(session.consultant?.id).toBe(dutyId);
  });

  it('can be reactivated and then start a session', async () => {
    const { core } = await deskOnDuty();
    const budi = expectOk<Consultant>(await create(core, { name: 'Budi Santoso' }));
    expectOk(await update(core, toUpdate(budi, { active: false })));
    expectOk(await update(core, toUpdate(budi, { active: true })));
    const session = expectOk<Session>(await core.router.invoke('session:start', { consultantId: budi.id, pin: '1357' }));
    expect(session.consultant?.id).toBe(budi.id);
  });
});

describe('consultants:list', () => {
  it('lists consultants sorted by name', async () => {
    const { core } = await deskOnDuty();
    for (const name of ['Maria', 'Agus', 'Komang']) expectOk(await create(core, { name }));
    const list = expectOk<Consultant[]>(await core.router.invoke('consultants:list', {}));
    expect(list.map((c) => c.name)).toEqual(['Agus', 'Komang', 'Maria', 'Siti Rahmawati']);
  });
});

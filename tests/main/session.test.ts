import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, Consultant, FirstRunInput, Session, Settings } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import type { EventName } from '../../src/shared/events';
import { TEST_PIN, makeCore, type TestCore } from './helpers/core';

function expectOk<T>(res: Envelope<unknown>): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.value as T;
}
function expectError(res: Envelope<unknown>) {
  if (res.ok) throw new Error(`expected an error, got ${JSON.stringify(res.value)}`);
  return res.error;
}

function firstRunInput(over: Partial<FirstRunInput> = {}): FirstRunInput {
  return {
    officeName: 'Klinik Bisnis KUMKM Kaltim',
    deskCode: 'smd1',
    timeZone: 'Asia/Makassar',
    consultant: { name: 'Siti Rahmawati', nip: '198503152010012003', phone: '0812-3456-7890', pin: TEST_PIN },
    ...over,
  };
}

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

const getSession = async (c: TestCore['core']) => expectOk<Session>(await c.router.invoke('session:get', undefined));
const consultantCount = async (c: TestCore['core']) =>
  ((await c.ds.query(`SELECT COUNT(*) AS n FROM consultant`)) as Array<{ n: number }>)[0]?.n;

describe('first-run setup', () => {
  it('turns needsSetup from true to false, puts the new consultant on duty and stores office name, desk code and time zone', async () => {
    t = await makeCore();
    expect(await getSession(t.core)).toEqual({ consultant: null, needsSetup: true, locked: true, freshUntil: null });

    const value = expectOk<Session>(
      await t.core.router.invoke('session:firstRun', firstRunInput({ timeZone: 'Asia/Jakarta' })),
    );
    expect(value.needsSetup).toBe(false);
    expect(value.consultant).toMatchObject({
      name: 'Siti Rahmawati',
      nip: '198503152010012003',
      phone: '+6281234567890',
      active: true,
      role: 'admin',
      hasPin: true,
    });
    expect(value.locked).toBe(false);
    expect(await getSession(t.core)).toEqual(value);

    const settings = expectOk<Settings>(await t.core.router.invoke('settings:get', undefined));
    expect(settings.office).toMatchObject({
      officeName: 'Klinik Bisnis KUMKM Kaltim',
      deskCode: 'SMD1',
      timeZone: 'Asia/Jakarta',
      updatedBy: value.consultant?.id,
    });
  });

  it('refuses a second first-run with CONFLICT and changes nothing', async () => {
    t = await makeCore();
    const first = expectOk<Session>(await t.core.router.invoke('session:firstRun', firstRunInput()));
    const settingsBefore = expectOk<Settings>(await t.core.router.invoke('settings:get', undefined));

    const err = expectError(
      await t.core.router.invoke(
        'session:firstRun',
        firstRunInput({ officeName: 'Kantor Penyusup', deskCode: 'EVIL', consultant: { name: 'Penyusup', pin: '9999' } }),
      ),
    );
    expect(err.code).toBe('CONFLICT');
    expect(await consultantCount(t.core)).toBe(1);
    expect(expectOk<Settings>(await t.core.router.invoke('settings:get', undefined))).toEqual(settingsBefore);
    // The consultant who set the desk up is still the one on duty.
    expect((await getSession(t.core)).consultant?.id).toBe(first.consultant?.id);
  });

  it('refuses invalid setup data with VALIDATION on dotted paths and leaves the desk unset', async () => {
    t = await makeCore();
    const err = expectError(
      await t.core.router.invoke(
        'session:firstRun',
        firstRunInput({ deskCode: 'S', timeZone: 'Europe/Berlin' as never, consultant: { name: '', nip: '123', phone: 'abc', pin: '12' } }),
      ),
    );
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({
      deskCode: { key: 'v.deskCode' },
      timeZone: { key: 'v.invalidChoice' },
      'consultant.name': { key: 'v.required' },
      'consultant.nip': { key: 'v.nip' },
      'consultant.phone': { key: 'v.phone' },
      'consultant.pin': { key: 'v.pinFormat' },
    });
    expect(await getSession(t.core)).toEqual({ consultant: null, needsSetup: true, locked: true, freshUntil: null });
    expect(await consultantCount(t.core)).toBe(0);
  });

  it("announces the office with 'settings:changed' and the new session with 'session:changed'", async () => {
    t = await makeCore();
    const seen: Array<{ name: EventName; payload: unknown }> = [];
    // The tables each commit changed are announced too; this test is about the settings and session events.
    t.core.events.subscribe((name, payload) => name !== 'data:changed' && seen.push({ name, payload }));
    const value = expectOk<Session>(await t.core.router.invoke('session:firstRun', firstRunInput()));
    const settings = expectOk<Settings>(await t.core.router.invoke('settings:get', undefined));
    expect(settings.office.officeName).toBe(firstRunInput().officeName);
    expect(seen).toEqual([
      { name: 'settings:changed', payload: settings },
      { name: 'session:changed', payload: value },
    ]);
  });
});

describe('desk session', () => {
  async function deskWithTwo() {
    t = await makeCore();
    const first = expectOk<Session>(await t.core.router.invoke('session:firstRun', firstRunInput()));
    const budi = expectOk<Consultant>(await t.core.router.invoke('consultants:create', { name: 'Budi Santoso' }));
    return { core: t.core, sitiId: first.consultant!.id, budiId: budi.id };
  }

  it('ends the session: no consultant on duty, setup still done, changes refused with NO_SESSION', async () => {
    const { core } = await deskWithTwo();
    const ended = expectOk<Session>(await core.router.invoke('session:end', undefined));
    expect(ended).toEqual({ consultant: null, needsSetup: false, locked: true, freshUntil: null });
    const before = await consultantCount(core);
    expect(expectError(await core.router.invoke('consultants:create', { name: 'Citra' })).code).toBe('NO_SESSION');
    expect(await consultantCount(core)).toBe(before);
  });

  it('starts a session for another active consultant, who then becomes the actor of changes', async () => {
    const { core, budiId, sitiId } = await deskWithTwo();
    // Budi has no PIN yet: the one he signs in with becomes his.
    const started = expectOk<Session>(await core.router.invoke('session:start', { consultantId: budiId, pin: '1357' }));
    expect(started.consultant).toMatchObject({ id: budiId, role: 'konsultan', hasPin: true });
    const settings = expectOk<Settings>(
      await core.router.invoke('settings:setLanguage', { language: 'en' }),
    );
    expect(settings.office.updatedBy).toBe(budiId);
    // The audit log is an admin's to read: Siti signs in again.
    expectOk(await core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN }));
    const entries = expectOk<AuditEntry[]>(await core.router.invoke('audit:list', { limit: 5 }));
    expect(entries[1]).toMatchObject({ actorId: budiId, actorName: 'Budi Santoso', entity: 'office_profile' });
    expect(entries[2]).toMatchObject({ action: 'session.start', entityId: budiId });
  });

  it('answers NOT_FOUND for an unknown consultant id and keeps the current session', async () => {
    const { core, sitiId } = await deskWithTwo();
    const err = expectError(await core.router.invoke('session:start', { consultantId: '0f8fad5b-d9cb-469f-a165-70867728950e', pin: '1234' }));
    expect(err.code).toBe('NOT_FOUND');
    expect((await getSession(core)).consultant?.id).toBe(sitiId);
  });

  it('refuses a consultant id that is not a UUID with v.invalidId', async () => {
    const { core } = await deskWithTwo();
    const err = expectError(await core.router.invoke('session:start', { consultantId: "1' OR '1'='1", pin: '1234' }));
    expect(err.fields?.['consultantId']).toEqual({ key: 'v.invalidId' });
  });

  it('is held by the core: a reopened core starts locked with nobody on duty', async () => {
    const { core } = await deskWithTwo();
    const dataDir = t!.dataDir;
    await core.close();
    t = await makeCore({ dataDir });
    expect(await getSession(t.core)).toEqual({ consultant: null, needsSetup: false, locked: true, freshUntil: null });
  });
});

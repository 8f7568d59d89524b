import { afterEach, describe, expect, it } from 'vitest';
import type { Consultant, Session } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import { hashPin, verifyPin, waitAfterFailures } from '../../src/main/modules/consultants/pin';
import { TEST_PIN, makeCore, setUpDesk, type TestCore } from './helpers/core';

function ok<T>(res: Envelope<unknown>): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.value as T;
}
function refused(res: Envelope<unknown>) {
  if (res.ok) throw new Error(`expected a refusal, got ${JSON.stringify(res.value)}`);
  return res.error;
}

/** A clock the test moves. */
function steppingClock(start = '2026-12-01T01:00:00.000Z') {
  let now = Date.parse(start);
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('PIN hashing', () => {
  it('stores scrypt with its parameters and a random salt: the same PIN hashes differently, and verifies', async () => {
    const a = await hashPin('1234');
    const b = await hashPin('1234');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPin('1234', a)).toBe(true);
    expect(await verifyPin('1235', a)).toBe(false);
    expect(await verifyPin('1234', 'plain-1234')).toBe(false);
    expect(await verifyPin('1234', a.replace('scrypt$32768', 'scrypt$99999999'))).toBe(false);
  });

  it('earns no wait for the first three wrong PINs, then 30 s doubling, at most 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 12].map(waitAfterFailures)).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000, 900_000]);
  });
});

describe('signing in with a PIN', () => {
  async function desk() {
    const time = steppingClock();
    t = await makeCore({ clock: time.clock });
    const sitiId = await setUpDesk(t.core);
    const budi = ok<Consultant>(await t.core.router.invoke('consultants:create', { name: 'Budi Santoso', nip: null, phone: null }));
    return { core: t.core, time, sitiId, budiId: budi.id };
  }

  it('starts locked with nobody on duty; the right PIN unlocks, and the session never carries a hash', async () => {
    const { core, sitiId } = await desk();
    ok(await core.router.invoke('session:end', undefined));
    expect(ok<Session>(await core.router.invoke('session:get', undefined))).toMatchObject({ consultant: null, locked: true });
    const session = ok<Session>(await core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN }));
    expect(session).toMatchObject({ locked: false, consultant: { id: sitiId, role: 'admin', hasPin: true } });
    const raw = JSON.stringify([session, ok(await core.router.invoke('consultants:list', undefined))]);
    expect(raw).not.toMatch(/scrypt|pinHash|pin_hash|salt/i);
  });

  it.each([
    ['a wrong PIN', '1111', 'v.pinWrong', 'VALIDATION'],
    ['an empty PIN', '', 'v.pinRequired', 'VALIDATION'],
    ['a PIN of three digits', '123', 'v.pinFormat', 'VALIDATION'],
    ['a PIN of nine digits', '123456789', 'v.pinFormat', 'VALIDATION'],
    ['a PIN with a letter', '12a4', 'v.pinFormat', 'VALIDATION'],
  ])('refuses %s with a field message and leaves the desk locked', async (_what, pin, key, code) => {
    const { core, sitiId } = await desk();
    ok(await core.router.invoke('session:lock', undefined));
    const error = refused(await core.router.invoke('session:start', { consultantId: sitiId, pin }));
    expect(error.code).toBe(code);
    expect(error.fields?.['pin']?.key).toBe(key);
    expect(ok<Session>(await core.router.invoke('session:get', undefined))).toMatchObject({ locked: true, consultant: { id: sitiId } });
  });

  it('locks keeping the consultant on duty; the same PIN unlocks; nothing but the open channels answers meanwhile', async () => {
    const { core, sitiId } = await desk();
    const locked = ok<Session>(await core.router.invoke('session:lock', undefined));
    expect(locked).toMatchObject({ locked: true, freshUntil: null, consultant: { id: sitiId } });
    expect(refused(await core.router.invoke('businesses:list', {})).code).toBe('LOCKED');
    ok(await core.router.invoke('settings:get', undefined));
    const unlocked = ok<Session>(await core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN }));
    expect(unlocked).toMatchObject({ locked: false, consultant: { id: sitiId } });
    ok(await core.router.invoke('businesses:list', {}));
  });

  it('makes the PIN a consultant without one signs in with theirs; later only that PIN opens', async () => {
    const { core, budiId } = await desk();
    ok(await core.router.invoke('session:lock', undefined));
    expect(ok<Session>(await core.router.invoke('session:start', { consultantId: budiId, pin: '97531' })).consultant).toMatchObject({ id: budiId, hasPin: true, role: 'konsultan' });
    ok(await core.router.invoke('session:lock', undefined));
    expect(refused(await core.router.invoke('session:start', { consultantId: budiId, pin: '13579' })).fields?.['pin']?.key).toBe('v.pinWrong');
    ok(await core.router.invoke('session:start', { consultantId: budiId, pin: '97531' }));
  });

  it('slows wrong PINs down after three, and a restart of the core on the same file does not end the wait', async () => {
    const time = steppingClock();
    t = await makeCore({ clock: time.clock });
    const sitiId = await setUpDesk(t.core);
    ok(await t.core.router.invoke('session:lock', undefined));
    for (let i = 0; i < 2; i++) expect(refused(await t.core.router.invoke('session:start', { consultantId: sitiId, pin: '0000' })).fields?.['pin']?.key).toBe('v.pinWrong');
    const third = refused(await t.core.router.invoke('session:start', { consultantId: sitiId, pin: '0000' }));
    expect(third).toMatchObject({ code: 'CONFLICT', key: 'session.pinWait', params: { seconds: 30 } });

    // Restart: a new core on the same database file, the clock 10 s on.
    const dataDir = t.dataDir;
    await t.core.close();
    time.advance(10_000);
    t = await makeCore({ clock: time.clock, dataDir });
    // Even the right PIN waits until the time is up: the wait is in the database, not in memory.
    const waiting = refused(await t.core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN }));
    expect(waiting).toMatchObject({ code: 'CONFLICT', key: 'session.pinWait', params: { seconds: 20 }, fields: { pin: { key: 'v.pinWait', params: { seconds: 20 } } } });
    time.advance(20_000);
    // The fourth wrong PIN earns a longer wait (60 s).
    expect(refused(await t.core.router.invoke('session:start', { consultantId: sitiId, pin: '0000' })).params).toEqual({ seconds: 60 });
    time.advance(60_000);
    ok(await t.core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN }));
    // The right PIN ends the count: the next wrong one is a plain wrong PIN again.
    ok(await t.core.router.invoke('session:lock', undefined));
    expect(refused(await t.core.router.invoke('session:start', { consultantId: sitiId, pin: '0000' })).fields?.['pin']?.key).toBe('v.pinWrong');
    const counted = await t.core.ds.query(`SELECT failed_pin_count FROM consultant_access WHERE consultant_id = ?`, [sitiId]);
    expect(counted).toEqual([{ failed_pin_count: 1 }]);
  });

  it('lets PINs tried side by side take turns: three at once earn the wait, none slips past the count', async () => {
    const { core, sitiId } = await desk();
    ok(await core.router.invoke('session:lock', undefined));
    const all = await Promise.all(Array.from({ length: 5 }, () => core.router.invoke('session:start', { consultantId: sitiId, pin: '0000' })));
    expect(all.map((r) => (r.ok ? 'ok' : r.error.key))).toEqual(['session.wrongPin', 'session.wrongPin', 'session.pinWait', 'session.pinWait', 'session.pinWait']);
    expect(await core.ds.query(`SELECT failed_pin_count FROM consultant_access WHERE consultant_id = ?`, [sitiId])).toEqual([{ failed_pin_count: 3 }]);
  });

  it('asks for the PIN again two minutes after it was entered, before revealing a NIK; confirmPin makes it fresh', async () => {
    const { core, time, sitiId } = await desk();
    const session = ok<Session>(await core.router.invoke('session:get', undefined));
    expect(session.freshUntil).toBe(new Date(Date.parse('2026-12-01T01:00:00.000Z') + 120_000).toISOString());
    time.advance(121_000);
    expect(ok<Session>(await core.router.invoke('session:get', undefined)).freshUntil).toBeNull();
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(refused(await core.router.invoke('businesses:revealNik', { id })).code).toBe('PIN_REQUIRED');
    expect(refused(await core.router.invoke('session:confirmPin', { pin: '9999' })).fields?.['pin']?.key).toBe('v.pinWrong');
    expect(refused(await core.router.invoke('businesses:revealNik', { id })).code).toBe('PIN_REQUIRED');
    ok(await core.router.invoke('session:confirmPin', { pin: TEST_PIN }));
    // Past the guard: the handler answers (no such business).
    expect(refused(await core.router.invoke('businesses:revealNik', { id })).code).toBe('NOT_FOUND');
    expect(sitiId).toBeTruthy();
  });

  it('changes the own PIN only with the current one; the old PIN no longer opens', async () => {
    const { core, sitiId } = await desk();
    const wrong = refused(await core.router.invoke('session:changePin', { currentPin: '0000', newPin: '55667788' }));
    expect(wrong.fields).toEqual({ currentPin: { key: 'v.pinWrong' } });
    const same = refused(await core.router.invoke('session:changePin', { currentPin: TEST_PIN, newPin: TEST_PIN }));
    expect(same.fields).toEqual({ newPin: { key: 'v.pinSame' } });
    ok(await core.router.invoke('session:changePin', { currentPin: TEST_PIN, newPin: '55667788' }));
    ok(await core.router.invoke('session:lock', undefined));
    expect(refused(await core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN })).code).toBe('VALIDATION');
    ok(await core.router.invoke('session:start', { consultantId: sitiId, pin: '55667788' }));
  });

  it('lets an admin give a consultant a new PIN, which also ends their wait; a konsultan may not', async () => {
    const { core, time, sitiId, budiId } = await desk();
    ok(await core.router.invoke('session:lock', undefined));
    ok(await core.router.invoke('session:start', { consultantId: budiId, pin: '4321' }));
    expect(refused(await core.router.invoke('consultants:resetPin', { consultantId: sitiId, pin: '1111' })).code).toBe('FORBIDDEN');
    ok(await core.router.invoke('session:lock', undefined));
    for (let i = 0; i < 3; i++) await core.router.invoke('session:start', { consultantId: budiId, pin: '0000' });
    ok(await core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN }));
    time.advance(1_000);
    expect(ok<Consultant>(await core.router.invoke('consultants:resetPin', { consultantId: budiId, pin: '8642' }))).toMatchObject({ id: budiId, hasPin: true });
    ok(await core.router.invoke('session:lock', undefined));
    ok(await core.router.invoke('session:start', { consultantId: budiId, pin: '8642' }));
  });

  it('keeps at least one active admin: the last one can be neither made konsultan nor deactivated', async () => {
    const { core, sitiId, budiId } = await desk();
    const siti = { id: sitiId, name: 'Siti Rahmawati', nip: null, phone: null, active: true };
    expect(refused(await core.router.invoke('consultants:update', { ...siti, role: 'konsultan' }))).toMatchObject({ code: 'CONFLICT', fields: { role: { key: 'v.lastAdmin' } } });
    ok(await core.router.invoke('consultants:update', { id: budiId, name: 'Budi Santoso', nip: null, phone: null, active: true, role: 'admin' }));
    // With Budi admin too, Siti may step down; she is then refused an admin's channel.
    expect(ok<Consultant>(await core.router.invoke('consultants:update', { ...siti, role: 'konsultan' })).role).toBe('konsultan');
    expect(refused(await core.router.invoke('settings:updateLock', { lockAfterMinutes: 5 })).code).toBe('FORBIDDEN');
  });
});

describe('idle minutes', () => {
  it('are an office setting an admin changes, 1 to 240, stored with the office', async () => {
    t = await makeCore();
    await setUpDesk(t.core);
    expect(ok<{ lockAfterMinutes: number }>(await t.core.router.invoke('settings:get', undefined)).lockAfterMinutes).toBe(10);
    expect(refused(await t.core.router.invoke('settings:updateLock', { lockAfterMinutes: 0 })).fields).toEqual({ lockAfterMinutes: { key: 'v.lockMinutesRange' } });
    expect(ok<{ lockAfterMinutes: number }>(await t.core.router.invoke('settings:updateLock', { lockAfterMinutes: 5 })).lockAfterMinutes).toBe(5);
    expect(await t.core.ds.query(`SELECT lock_after_minutes FROM office_profile`)).toEqual([{ lock_after_minutes: 5 }]);
  });
});

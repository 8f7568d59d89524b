import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type Consultant } from '../../src/shared/contract';
import { CHANNEL_GUARDS, guardNeeds } from '../../src/shared/contract/guards';
import type { Envelope } from '../../src/shared/errors';
import { TEST_PIN, makeCore, setUpDesk, type TestCore } from './helpers/core';

/**
 * Every contract channel is classified in CHANNEL_GUARDS (the compiler also refuses a missing one),
 * and each guarded one is refused through the real router: on a locked desk, with nobody on duty,
 * to a konsultan when it is an admin's, and without a fresh PIN when it asks for one. A refused
 * call runs no handler: nothing is written (the audit log, where every write leaves a line, stays
 * as it was).
 */

const rules = CHANNELS.map((channel) => ({ channel, rule: CHANNEL_GUARDS[channel] }));
const guarded = rules.filter(({ rule }) => guardNeeds(typeof rule === 'object' ? rule.access : rule, undefined).access !== 'open').map((r) => r.channel);
const open = rules.filter(({ channel }) => !guarded.includes(channel)).map((r) => r.channel);
const adminOnly = rules.filter(({ rule }) => (typeof rule === 'object' ? rule.access : guardNeeds(rule, undefined).access) === 'admin').map((r) => r.channel);
const freshPin = rules.filter(({ rule }) => typeof rule === 'string' && guardNeeds(rule, undefined).freshPin).map((r) => r.channel);

const code = (res: Envelope<unknown>) => (res.ok ? 'ok' : res.error.code);

let t: TestCore;
let sitiId: string;
let budiId: string;
let clockMs = Date.parse('2026-12-01T01:00:00.000Z');
const auditLines = async () => ((await t.core.ds.query(`SELECT count(*) AS n FROM audit_log`)) as Array<{ n: number }>)[0]!.n;

beforeAll(async () => {
  t = await makeCore({ clock: () => new Date(clockMs) });
  sitiId = await setUpDesk(t.core);
  const res = await t.core.router.invoke('consultants:create', { name: 'Budi Santoso', nip: null, phone: null, role: 'konsultan' });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  budiId = (res.value as Consultant).id;
  // Budi sets his PIN by signing in once.
  await t.core.router.invoke('session:start', { consultantId: budiId, pin: '97531' });
});
afterAll(() => t.dispose());

describe('every contract channel has a guard', () => {
  it('classifies each channel of the contract, and nothing that is not one', () => {
    expect(CHANNELS.filter((c) => !(c in CHANNEL_GUARDS))).toEqual([]);
    expect(Object.keys(CHANNEL_GUARDS).filter((c) => !CHANNELS.includes(c as Channel))).toEqual([]);
  });

  it('leaves open only the lock screen, first run and what they show', () => {
    expect([...open].sort()).toEqual(['consultants:list', 'regions:children', 'session:firstRun', 'session:get', 'session:lock', 'session:start', 'settings:get']);
  });

  it('asks an admin for settings, consultants, restore, erasure and updates', () => {
    for (const channel of ['settings:updateOffice', 'settings:updateLock', 'consultants:create', 'consultants:update', 'consultants:resetPin', 'backups:restore', 'backups:restoreFile', 'businesses:erasePersonalData'] as const) {
      expect(adminOnly).toContain(channel);
    }
    for (const channel of ['businesses:revealNik', 'businesses:exportPersonalData', 'businesses:erasePersonalData', 'backups:restore', 'backups:restoreFile'] as const) {
      expect(freshPin).toContain(channel);
    }
  });
});

describe('the router refuses a guarded channel', () => {
  it.each(guarded)('%s on a locked desk (LOCKED), running nothing', async (channel) => {
    await t.core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN });
    await t.core.router.invoke('session:lock', undefined);
    const before = await auditLines();
    expect(code(await t.core.router.invoke(channel, undefined))).toBe('LOCKED');
    expect(await auditLines()).toBe(before);
  });

  it.each(guarded)('%s with nobody on duty (NO_SESSION)', async (channel) => {
    await t.core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN });
    await t.core.router.invoke('session:end', undefined);
    const before = await auditLines();
    expect(code(await t.core.router.invoke(channel, undefined))).toBe('NO_SESSION');
    expect(await auditLines()).toBe(before);
  });

  it.each(adminOnly)('%s to a konsultan (FORBIDDEN)', async (channel) => {
    await t.core.router.invoke('session:lock', undefined);
    expect(code(await t.core.router.invoke('session:start', { consultantId: budiId, pin: '97531' }))).toBe('ok');
    const before = await auditLines();
    expect(code(await t.core.router.invoke(channel, undefined))).toBe('FORBIDDEN');
    expect(await auditLines()).toBe(before);
  });

  it.each(freshPin)('%s two minutes after the PIN was entered, even to an admin (PIN_REQUIRED)', async (channel) => {
    await t.core.router.invoke('session:lock', undefined);
    expect(code(await t.core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN }))).toBe('ok');
    clockMs += 2 * 60_000 + 1_000;
    const before = await auditLines();
    expect(code(await t.core.router.invoke(channel, undefined))).toBe('PIN_REQUIRED');
    expect(await auditLines()).toBe(before);
  });

  it('transfer:export with personal data in full without a fresh PIN, but not a masked one', async () => {
    await t.core.router.invoke('session:lock', undefined);
    await t.core.router.invoke('session:start', { consultantId: sitiId, pin: TEST_PIN });
    clockMs += 2 * 60_000 + 1_000;
    const input = {
      jobId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      targetDir: '/nonexistent-export-target',
      scope: { kind: 'all' as const },
      contents: ['csv' as const],
      personalData: 'full' as const,
      personalDataReason: 'Permintaan dinas',
    };
    expect(code(await t.core.router.invoke('transfer:export', input))).toBe('PIN_REQUIRED');
    // Masked, no fresh PIN is asked for.
    expect(guardNeeds(CHANNEL_GUARDS['transfer:export'], { ...input, personalData: 'masked' })).toEqual({ access: 'unlocked', freshPin: false });
  });

  it('answers the open channels on a locked desk', async () => {
    await t.core.router.invoke('session:lock', undefined);
    for (const channel of ['session:get', 'settings:get', 'consultants:list'] as const) {
      expect(code(await t.core.router.invoke(channel, undefined))).toBe('ok');
    }
  });
});

/** Every key an output schema can answer with, walking zod 4's definitions (objects, arrays, unions, wrappers). */
function outputKeys(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  const keys: string[] = [];
  if (def['type'] === 'object') {
    for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>)) keys.push(key, ...outputKeys(value, seen));
  }
  for (const field of ['element', 'innerType', 'in', 'out', 'valueType', 'left', 'right']) keys.push(...outputKeys(def[field], seen));
  if (Array.isArray(def['options'])) for (const option of def['options']) keys.push(...outputKeys(option, seen));
  return keys;
}

describe('no answer carries a PIN or its hash', () => {
  it("has no output schema of any channel with a key for a PIN, its hash, its salt or its wrong tries", async () => {
    const { contract } = await import('../../src/shared/contract');
    const all = Object.entries(contract).flatMap(([channel, spec]) => outputKeys(spec.output).map((key) => `${channel}: ${key}`));
    // The walk reaches the consultant's fields (it would find a hash there).
    expect(all).toContain('consultants:list: hasPin');
    expect(all.filter((entry) => /(pin_?hash|salt|: pin$|: pinCode$|failedPin|pinLocked)/i.test(entry))).toEqual([]);
  });
});

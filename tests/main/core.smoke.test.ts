import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setUpDesk, type TestCore } from './helpers/core';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('core', () => {
  it('opens a fresh database, runs first-run setup and lists the consultant', async () => {
    t = await makeCore();
    const before = await t.core.router.invoke('session:get', undefined);
    expect(before).toEqual({ ok: true, value: { consultant: null, needsSetup: true, locked: true, freshUntil: null } });
    const id = await setUpDesk(t.core);
    const list = await t.core.router.invoke('consultants:list', {});
    expect(list.ok && (list.value as Array<{ id: string; phone: string }>)[0]).toMatchObject({ id, phone: '+6281234567890' });
  });
});

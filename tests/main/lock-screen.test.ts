import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { PowerMonitor } from 'electron';
import type { Session } from '../../src/shared/contract';
import { lockWithScreen } from '../../src/main/electron/lock-screen';
import { makeCore, setUpDesk, type TestCore } from './helpers/core';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

/** Electron's powerMonitor is an EventEmitter; the Electron E2E emits the real one (tests/electron/lock.spec.ts). */
const fakePowerMonitor = () => new EventEmitter() as unknown as Pick<PowerMonitor, 'on'> & EventEmitter;

describe('locking with the OS screen', () => {
  it.each(['lock-screen', 'suspend'])("locks the desk through the router on powerMonitor's %s, announcing it", async (event) => {
    t = await makeCore();
    const core = t.core;
    await setUpDesk(core);
    const announced: unknown[] = [];
    core.events.subscribe((name, payload) => name === 'session:changed' && announced.push(payload));
    const monitor = fakePowerMonitor();
    const errors: unknown[] = [];
    const locked = new Promise<void>((resolve) => core.events.subscribe((name) => name === 'session:changed' && resolve()));
    lockWithScreen(monitor, () => core.router.invoke('session:lock', undefined), (err) => errors.push(err));
    monitor.emit(event);
    await locked;
    const res = await core.router.invoke('session:get', undefined);
    expect(res.ok && (res.value as Session).locked).toBe(true);
    expect(announced).toEqual([expect.objectContaining({ locked: true })]);
    expect(errors).toEqual([]);
  });
});

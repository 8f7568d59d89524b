import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KlinikApi } from '../../src/shared/api';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** Fakes for the two Electron objects the preload touches; the real module never loads. */
const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: [] as Array<{ key: string; value: unknown }>,
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { echoed: channel, input } })),
      on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => fake.exposed.push({ key, value }),
  },
  ipcRenderer: fake.ipcRenderer,
}));

/** What main would do with webContents.send(channel, payload). */
function emitFromMain(channel: string, payload: unknown) {
  for (const listener of fake.listeners.get(channel) ?? []) (listener as IpcListener)({ sender: 'ipc-event' }, payload);
}

let api: KlinikApi;
beforeAll(async () => {
  await import('../../src/preload/index');
  api = fake.exposed[0]?.value as KlinikApi;
});
beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
  fake.ipcRenderer.on.mockClear();
  fake.ipcRenderer.removeListener.mockClear();
});

describe('preload', () => {
  it("exposes exactly one key, 'api', holding exactly invoke and on, frozen", () => {
    expect(fake.exposed.map((e) => e.key)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      (api as unknown as Record<string, unknown>)['ipcRenderer'] = fake.ipcRenderer;
    }).toThrow(TypeError);
  });

  it('never hands ipcRenderer itself (or its send/sendSync) to the page', () => {
    const values = Object.values(api);
    expect(values).not.toContain(fake.ipcRenderer);
    expect(values).not.toContain(fake.ipcRenderer.invoke);
    expect(values).not.toContain(fake.ipcRenderer.send);
    expect(values).not.toContain(fake.ipcRenderer.sendSync);
  });

  it("forwards invoke of a contract channel ('settings:get') to ipcRenderer.invoke and returns its answer", async () => {
    const res = await api.invoke('settings:get');
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('settings:get', undefined);
    expect(res).toEqual({ ok: true, value: { echoed: 'settings:get', input: undefined } });

    const input = { consultantId: '0f8fad5b-d9cb-469f-a165-70867728950e', pin: '2468' };
    await api.invoke('session:start', input);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('session:start', input);
  });

  it.each(['fs:readFile', 'event:settings:changed', '__proto__', 'constructor', 'toString', ''])(
    'does not forward the non-contract channel %j and answers UNKNOWN_CHANNEL',
    async (channel) => {
      const res = await (api.invoke as (c: string, i?: unknown) => Promise<unknown>)(channel, { path: '/etc/passwd' });
      expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
      expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    },
  );

  it("subscribes on('settings:changed') to 'event:settings:changed', passes only the payload, and unsubscribes", () => {
    const cb = vi.fn();
    const off = api.on('settings:changed', cb);
    expect(fake.ipcRenderer.on).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.on.mock.calls[0]?.[0]).toBe('event:settings:changed');

    const payload = { language: 'en' };
    emitFromMain('event:settings:changed', payload);
    // The page sees the payload, never Electron's event object (it holds the sender).
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenCalledWith(payload);

    emitFromMain('event:session:changed', { consultant: null, needsSetup: true });
    expect(cb).toHaveBeenCalledTimes(1);

    off();
    const wrapped = fake.ipcRenderer.on.mock.calls[0]?.[1];
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith('event:settings:changed', wrapped);
    emitFromMain('event:settings:changed', payload);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it.each(['evil', 'toString', '__proto__', 'event:settings:changed'])(
    'throws on an unknown event %j and subscribes to nothing',
    (event) => {
      expect(() => (api.on as (e: string, cb: () => void) => () => void)(event, () => {})).toThrow();
      expect(fake.ipcRenderer.on).not.toHaveBeenCalled();
    },
  );
});

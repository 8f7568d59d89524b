import { isChannel } from '../shared/contract';
import type { KlinikApi } from '../shared/api';
import { eventChannel, isEventName } from '../shared/events';

/** The part of ipcRenderer the bridge uses; a fake stands in for it in tests. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.api`: invoke for contract channels only, on for contract events only.
 * Anything else is refused here, before it reaches main (which checks again).
 */
export function createBridge(ipc: IpcRendererLike): KlinikApi {
  const invoke = (channel: string, input: unknown): Promise<unknown> => {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah tidak dikenal.' } });
    }
    return ipc.invoke(channel, input);
  };
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event: ${event}`);
    const wrapped = (_e: unknown, payload: unknown) => listener(payload);
    ipc.on(eventChannel(event), wrapped);
    return () => {
      ipc.removeListener(eventChannel(event), wrapped);
    };
  };
  return { invoke: invoke as KlinikApi['invoke'], on: on as KlinikApi['on'] };
}

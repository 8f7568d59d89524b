import { act } from 'react';
import { vi } from 'vitest';
import type { z } from 'zod';
import { contract, type Channel, type Contract, type Input } from '../../src/shared/contract';
import type { KlinikApi } from '../../src/shared/api';
import type { Envelope } from '../../src/shared/errors';
import type { EventName, EventPayload } from '../../src/shared/events';

/** What a channel's handler may answer: the output before its schema parsed it, as in main. */
export type FakeReply<C extends Channel> = Envelope<z.input<Contract[C]['output']>>;
/** One fake handler per channel, typed by the contract. */
export type FakeHandlers = { [C in Channel]?: (input: Input<C>) => FakeReply<C> | Promise<FakeReply<C>> };

/** An ok envelope. */
export const ok = <T>(value: T) => ({ ok: true as const, value });

/**
 * Fixtures that did not fit their channel's output schema, since the last check: the fake answers
 * them as the router would (INTERNAL), and setup.ts fails the test that used them.
 */
const misfits: string[] = [];

/** The misfits seen since the last call, and forgets them. */
export function takeMisfits(): string[] {
  return misfits.splice(0);
}

/**
 * Installs a fake `window.api` whose channels answer from `handlers`, each answer parsed with the
 * channel's output schema as the router does (a fixture that does not fit the contract fails the
 * test); unknown channels fail. `emit` pushes an event as main would.
 */
export function installFakeApi(handlers: FakeHandlers = {}) {
  const answer = handlers as Record<string, ((input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>) | undefined>;
  const invoke = vi.fn(async (channel: string, input?: unknown): Promise<Envelope<unknown>> => {
    const handler = answer[channel];
    if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah tidak dikenal.' } };
    const reply = await handler(input);
    if (!reply || typeof reply !== 'object' || reply.ok !== true || !(channel in contract)) return reply;
    const parsed = contract[channel as Channel].output.safeParse(reply.value);
    if (parsed.success) return { ...reply, value: parsed.data };
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`).join('; ');
    misfits.push(`${channel}: ${issues}`);
    return { ok: false, error: { code: 'INTERNAL', message: `fixture for ${channel} does not fit the contract` } };
  });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = vi.fn((event: string, listener: (payload: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => void listeners.get(event)?.delete(listener);
  });
  window.api = { invoke, on } as unknown as KlinikApi;
  /** Pushes an event to the page, as main would. */
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    act(() => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  /** The inputs a channel was called with, in order. */
  const calls = <C extends Channel>(channel: C) => invoke.mock.calls.filter((c) => c[0] === channel).map((c) => c[1] as Input<C>);
  return { invoke, on, emit, calls };
}

export type FakeApi = ReturnType<typeof installFakeApi>;

/** The inputs `channel` was called with, in order. */
export const calls = (invoke: FakeApi['invoke'], channel: Channel) =>
  invoke.mock.calls.filter((c) => c[0] === channel).map((c) => c[1] as Record<string, unknown>);

import type { Channel, Input, Output } from '../../../shared/contract';
import { isErrorCode, type AppErrorShape, type ErrorCode, type FieldIssue } from '../../../shared/errors';
import type { EventName, EventPayload } from '../../../shared/events';
import { isMessageKey, type MessageKey, type MessageParams } from '../../../shared/messages';

/** A failed call, rebuilt from the error envelope so screens can `catch` it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, FieldIssue>;
  /** The core's sentence by key (`shared/messages`), written in the UI language by `describeError`. */
  readonly sentence?: { key: MessageKey; params?: MessageParams };

  constructor(code: ErrorCode, message: string, fields?: Record<string, FieldIssue>, sentence?: { key: MessageKey; params?: MessageParams }) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (fields) this.fields = fields;
    if (sentence) this.sentence = sentence;
  }

  /** The same error with its field issues placed elsewhere (e.g. without an input's prefix). */
  withFields(fields: Record<string, FieldIssue> | undefined): ApiError {
    return new ApiError(this.code, this.message, fields, this.sentence);
  }
}

/** Anything thrown by a call becomes an ApiError; transport failures read as INTERNAL. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('INTERNAL', err instanceof Error ? err.message : String(err));
}

/**
 * Anything thrown by a call, with its field issues keyed as the form knows them: main answers on the
 * input's own path (`profile.name`), the form's fields are top-level (`name`).
 */
export function withFormPaths(err: unknown, prefix: string): ApiError {
  const error = toApiError(err);
  if (!error.fields) return error;
  const strip = `${prefix}.`;
  return error.withFields(Object.fromEntries(Object.entries(error.fields).map(([path, issue]) => [path.startsWith(strip) ? path.slice(strip.length) : path, issue])));
}

function fromShape(shape: Partial<AppErrorShape> | undefined): ApiError {
  const code = isErrorCode(shape?.code) ? shape.code : 'INTERNAL';
  const message = typeof shape?.message === 'string' ? shape.message : '';
  const fields = shape?.fields && typeof shape.fields === 'object' ? shape.fields : undefined;
  const params = shape?.params && typeof shape.params === 'object' ? shape.params : undefined;
  const sentence = isMessageKey(shape?.key) ? { key: shape.key, ...(params ? { params } : {}) } : undefined;
  return new ApiError(code, message, fields, sentence);
}

/**
 * Asks the consultant for their PIN again (a dialog), resolving true once the core has it fresh,
 * false when they cancel. Set by the session feature; a call the core answers PIN_REQUIRED (a
 * channel that asks for a fresh PIN, `shared/contract/guards.ts`) asks through it and is sent once more.
 */
type FreshPinPrompt = () => Promise<boolean>;
let freshPinPrompt: FreshPinPrompt | null = null;

export function setFreshPinPrompt(prompt: FreshPinPrompt | null): void {
  freshPinPrompt = prompt;
}

export type InputArgs<C extends Channel> = undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>];

/** Calls one contract channel and returns its value, or throws an ApiError. */
export async function call<C extends Channel>(channel: C, ...args: InputArgs<C>): Promise<Output<C>> {
  return (await callReading(channel, ...args)).value;
}

/** `call`, also answering the tables the core read for it (when the transport says). */
export async function callReading<C extends Channel>(channel: C, ...args: InputArgs<C>): Promise<{ value: Output<C>; reads: string[] | undefined }> {
  try {
    return await callOnce(channel, ...args);
  } catch (err) {
    if (err instanceof ApiError && err.code === 'PIN_REQUIRED' && freshPinPrompt && (await freshPinPrompt())) {
      return callOnce(channel, ...args);
    }
    throw err;
  }
}

async function callOnce<C extends Channel>(channel: C, ...[input]: InputArgs<C>): Promise<{ value: Output<C>; reads: string[] | undefined }> {
  const api = typeof window === 'undefined' ? undefined : window.api;
  if (!api) throw new ApiError('INTERNAL', 'window.api is not available');
  let envelope: unknown;
  try {
    envelope = await api.invoke(channel, input as Input<C>);
  } catch (err) {
    throw toApiError(err);
  }
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new ApiError('INTERNAL', 'malformed reply');
  }
  const reply = envelope as { ok: boolean; value?: unknown; reads?: unknown; error?: Partial<AppErrorShape> };
  if (reply.ok) {
    const reads = Array.isArray(reply.reads) ? reply.reads.filter((t): t is string => typeof t === 'string') : undefined;
    return { value: reply.value as Output<C>, reads };
  }
  throw fromShape(reply.error);
}

/** Subscribes to a push event from main; returns the unsubscribe function. */
export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const api = typeof window === 'undefined' ? undefined : window.api;
  if (!api) return () => {};
  return api.on(event, listener);
}

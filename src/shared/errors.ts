import { messageText, type MessageKey, type MessageParams } from './messages';

/**
 * The error envelope that crosses every boundary (IPC, HTTP harness).
 * Codes are a small, fixed set; the renderer has a human message for each.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'INVALID_OUTPUT',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'NO_SESSION',
  'LOCKED',
  'FORBIDDEN',
  'PIN_REQUIRED',
  'STORAGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem: a message key from the i18n catalogue plus its parameters. */
export interface FieldIssue {
  key: string;
  params?: Record<string, string | number>;
}

export interface AppErrorShape {
  code: ErrorCode;
  /** A short Indonesian sentence, safe to show and to log. Never a stack trace. */
  message: string;
  /** The sentence's key in `shared/messages`, so each language writes it in its own words. */
  key?: MessageKey;
  /** The values the sentence names. */
  params?: MessageParams;
  /** Dotted field path -> issue, for VALIDATION errors. */
  fields?: Record<string, FieldIssue>;
}

/**
 * A reply. `reads`, when the transport asked for it, names the tables the call read: the renderer
 * refreshes a cached answer when a `data:changed` event names one of them.
 */
export type Envelope<T> = { ok: true; value: T; reads?: string[] } | { ok: false; error: AppErrorShape };

export interface AppErrorOptions {
  params?: MessageParams;
  fields?: Record<string, FieldIssue>;
}

/**
 * Thrown inside main by services; the router turns it into an envelope. It names its sentence by
 * key (`shared/messages`): the message is the Indonesian text, for the log and the envelope.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly params?: MessageParams;
  readonly fields?: Record<string, FieldIssue>;

  constructor(code: ErrorCode, key: MessageKey, options: AppErrorOptions = {}) {
    super(messageText('id', key, options.params));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    if (options.params) this.params = options.params;
    if (options.fields) this.fields = options.fields;
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      key: this.key,
      ...(this.params ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}


export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

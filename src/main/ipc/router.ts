import type { z } from 'zod';
import type { ChannelSpec } from '../../shared/contract/define';
import { guardNeeds, type AnyGuardRule } from '../../shared/contract/guards';
import { AppError, type AppErrorShape, type Envelope, type ErrorCode, type FieldIssue } from '../../shared/errors';
import type { MessageKey } from '../../shared/messages';
import { issuesToFields } from '../../shared/validation/issues';
import type { Logger } from '../context';
import { trackReads } from '../db/transactions';

type SpecMap = Record<string, ChannelSpec>;

export type HandlerMap<M extends SpecMap> = {
  [C in keyof M]: (input: z.output<M[C]['input']>) => Promise<z.input<M[C]['output']>> | z.input<M[C]['output']>;
};

export interface InvokeOptions {
  /** Answer the tables the call read (`reads`), for the renderer's cache; the shells ask, tests need not. */
  trackReads?: boolean;
}

/** What the router asks the desk's session to keep a channel's guard (`shared/contract/guards.ts`). */
export interface DeskAccess {
  /** A consultant on duty (null: nobody). */
  actorId(): string | null;
  /** Nobody on duty, or the desk locked. */
  locked(): boolean;
  /** Whether the last PIN entered is still fresh. */
  freshPin(): boolean;
  /** The role of the consultant on duty. */
  role(): Promise<'admin' | 'konsultan' | null>;
}

export interface RouterGuard {
  /** Channel -> rule: `CHANNEL_GUARDS`, typed there so that no channel is left out. */
  rules: Readonly<Record<string, unknown>>;
  desk: DeskAccess;
}

/**
 * Refuses the call unless the desk is in the state the channel's rule asks for. Who may call is
 * checked before the input is even parsed (a locked desk answers nothing else); a fresh PIN that
 * depends on the input (an export with personal data in full) is checked once it is parsed.
 */
async function checkGuard(guard: RouterGuard, channel: string, input: { parsed: false } | { parsed: true; value: unknown }): Promise<void> {
  const rule = guard.rules[channel] as AnyGuardRule | undefined;
  // A channel without a rule is refused: the compiler and a test see that none is missing.
  if (rule === undefined) throw new AppError('FORBIDDEN', 'session.adminOnly');
  if (input.parsed) {
    if (typeof rule === 'object' && guardNeeds(rule, input.value).freshPin && !guard.desk.freshPin()) {
      throw new AppError('PIN_REQUIRED', 'session.freshPinRequired');
    }
    return;
  }
  const needs = guardNeeds(typeof rule === 'object' ? rule.access : rule, undefined);
  if (needs.access === 'open') return;
  if (guard.desk.actorId() === null) throw new AppError('NO_SESSION', 'common.noSession');
  if (guard.desk.locked()) throw new AppError('LOCKED', 'session.locked');
  if (needs.access === 'admin' && (await guard.desk.role()) !== 'admin') throw new AppError('FORBIDDEN', 'session.adminOnly');
  if (needs.freshPin && !guard.desk.freshPin()) throw new AppError('PIN_REQUIRED', 'session.freshPinRequired');
}

/** An AppError thrown by a guard, as the envelope's error. */
async function refusedByGuard(guard: RouterGuard | undefined, channel: string, input: Parameters<typeof checkGuard>[2]): Promise<AppErrorShape | null> {
  if (!guard) return null;
  try {
    await checkGuard(guard, channel, input);
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.toShape();
    throw err;
  }
}

export interface Router {
  invoke(channel: string, input: unknown, options?: InvokeOptions): Promise<Envelope<unknown>>;
  readonly channels: readonly string[];
}

/** The router's own refusals, by code: their sentences live in `shared/messages` (common.*). */
const REFUSALS = {
  UNKNOWN_CHANNEL: 'common.unknownChannel',
  VALIDATION: 'common.invalidInput',
  INVALID_OUTPUT: 'common.invalidOutput',
  INTERNAL: 'common.internal',
  STORAGE: 'common.storage',
} as const satisfies Partial<Record<ErrorCode, MessageKey>>;

function refusal(code: keyof typeof REFUSALS, fields?: Record<string, FieldIssue>): AppErrorShape {
  return new AppError(code, REFUSALS[code], { fields }).toShape();
}

function isStorageError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|BUSY|LOCKED)|ENOSPC|EIO|EROFS)/.test(code);
}

/**
 * Looks up the channel, validates the input (no handler runs on bad input), keeps the channel's
 * guard (locked desk, admin only, fresh PIN), calls the handler, validates the output, and
 * answers an envelope. Nothing throws through it and no stack crosses.
 */
export function createRouter<M extends SpecMap>(contract: M, handlers: HandlerMap<M>, logger: Logger, guard?: RouterGuard): Router {
  const missing = Object.keys(contract).filter((c) => typeof handlers[c] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for channel(s): ${missing.join(', ')}`);

  return {
    channels: Object.keys(contract),
    async invoke(channel, rawInput, options = {}) {
      if (!Object.prototype.hasOwnProperty.call(contract, channel)) {
        logger.warn('unknown channel', { channel: String(channel).slice(0, 80) });
        return { ok: false, error: refusal('UNKNOWN_CHANNEL') };
      }
      const spec = contract[channel] as ChannelSpec;
      const handler = handlers[channel] as (input: unknown) => unknown;
      // Who may call it, once for every channel, before its input is looked at or its handler runs.
      const refused = await refusedByGuard(guard, channel, { parsed: false }).catch(() => refusal('INTERNAL'));
      if (refused) return { ok: false, error: refused };
      // reportInput lets a wrong type be told apart from a missing value; inputs are never logged.
      const parsed = spec.input.safeParse(rawInput, { reportInput: true });
      if (!parsed.success) {
        return { ok: false, error: refusal('VALIDATION', issuesToFields(parsed.error.issues)) };
      }
      const refusedInput = await refusedByGuard(guard, channel, { parsed: true, value: parsed.data }).catch(() => refusal('INTERNAL'));
      if (refusedInput) return { ok: false, error: refusedInput };
      let value: unknown;
      let reads: string[] | undefined;
      try {
        if (options.trackReads) {
          const tracked = await trackReads(async () => handler(parsed.data));
          value = tracked.result;
          reads = tracked.tables;
        } else value = await handler(parsed.data);
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: err.toShape() };
        // Detail stays in main's log; only the code and a plain sentence cross.
        logger.error('handler failed', { channel, error: err instanceof Error ? err.stack ?? err.message : String(err) });
        const code = isStorageError(err) ? 'STORAGE' : 'INTERNAL';
        return { ok: false, error: refusal(code) };
      }
      const out = spec.output.safeParse(value);
      if (!out.success) {
        logger.error('handler output failed its schema', { channel, issues: out.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`) });
        return { ok: false, error: refusal('INVALID_OUTPUT') };
      }
      return reads ? { ok: true, value: out.data, reads } : { ok: true, value: out.data };
    },
  };
}

/** Every member of a union at once: the type of all the maps joined. */
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (all: infer I) => void ? I : never;

/**
 * Joins the domain handler maps. Typed as all of them at once, so assigning the result to
 * `Handlers` fails to compile when a contract channel has no handler; a channel handled twice is
 * a bug caught at start-up.
 */
export function combineHandlers<M extends Array<Record<string, unknown>>>(...maps: M): AllOf<M[number]> {
  const all = {} as Record<string, unknown>;
  for (const map of maps) {
    for (const [name, fn] of Object.entries(map)) {
      if (name in all) throw new Error(`Channel handled twice: ${name}`);
      all[name] = fn;
    }
  }
  return all as AllOf<M[number]>;
}

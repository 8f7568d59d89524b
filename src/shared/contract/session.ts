import { z } from 'zod';
import { channel } from './define';
import { consultantDto, consultantFields, pin } from './consultants';
import { LIMITS, deskCode, id, isoDateTime, requiredText } from '../validation/fields';
import { TIME_ZONES } from './settings';

/** How long a PIN entered counts as fresh for the channels that ask for one again (reveal, restore...). */
export const FRESH_PIN_MS = 2 * 60_000;

/** Who is working at this desk now; that consultant is `updatedBy` and the audit actor. */
export const sessionDto = z.object({
  /** The consultant on duty, also while the desk is locked (the lock screen asks for their PIN). */
  consultant: consultantDto.nullable(),
  /** True on a fresh install: no consultant exists yet, so the first-run setup is shown. */
  needsSetup: z.boolean(),
  /** Nothing but the lock screen until a PIN is entered: at start, after idle minutes, when the OS locks. */
  locked: z.boolean(),
  /** Until when the last PIN entered counts as fresh (null: none entered, or no longer fresh). */
  freshUntil: isoDateTime.nullable(),
});
export type Session = z.infer<typeof sessionDto>;

export const firstRunInput = z
  .object({
    officeName: requiredText(LIMITS.line),
    deskCode,
    timeZone: z.enum(TIME_ZONES, { message: 'v.invalidChoice' }),
    consultant: z.object({ ...consultantFields, pin }).strict(),
  })
  .strict();
export type FirstRunInput = z.input<typeof firstRunInput>;

/**
 * Signing in, and unlocking: the consultant and their PIN. A consultant without a PIN yet (an
 * existing desk's after the upgrade, one from another desk) makes this PIN theirs.
 */
export const startInput = z.object({ consultantId: id, pin }).strict();
export type StartInput = z.input<typeof startInput>;

export const changePinInput = z.object({ currentPin: pin, newPin: pin }).strict();
export type ChangePinInput = z.input<typeof changePinInput>;

export const sessionContract = {
  'session:get': channel({ input: z.void(), output: sessionDto }),
  'session:start': channel({ input: startInput, output: sessionDto }),
  /** Locks the desk, keeping the consultant on duty (the screens stay as they are under the lock). */
  'session:lock': channel({ input: z.void(), output: sessionDto }),
  /** The PIN again, before a step that asks for a fresh one. */
  'session:confirmPin': channel({ input: z.object({ pin }).strict(), output: sessionDto }),
  /** The consultant on duty changes their own PIN. */
  'session:changePin': channel({ input: changePinInput, output: sessionDto }),
  'session:end': channel({ input: z.void(), output: sessionDto }),
  'session:firstRun': channel({ input: firstRunInput, output: sessionDto }),
};

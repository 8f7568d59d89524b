import { z } from 'zod';
import { channel } from './define';
import { consultantDto, consultantInput } from './consultants';
import { LIMITS, deskCode, id, requiredText } from '../validation/fields';
import { TIME_ZONES } from './settings';

/** Who is working at this desk now; that consultant is `updatedBy` and the audit actor. */
export const sessionDto = z.object({
  consultant: consultantDto.nullable(),
  /** True on a fresh install: no consultant exists yet, so the first-run setup is shown. */
  needsSetup: z.boolean(),
});
export type Session = z.infer<typeof sessionDto>;

export const firstRunInput = z
  .object({
    officeName: requiredText(LIMITS.line),
    deskCode,
    timeZone: z.enum(TIME_ZONES, { message: 'v.invalidChoice' }),
    consultant: consultantInput,
  })
  .strict();
export type FirstRunInput = z.input<typeof firstRunInput>;

export const sessionContract = {
  'session:get': channel({ input: z.void(), output: sessionDto }),
  'session:start': channel({ input: z.object({ consultantId: id }).strict(), output: sessionDto }),
  'session:end': channel({ input: z.void(), output: sessionDto }),
  'session:firstRun': channel({ input: firstRunInput, output: sessionDto }),
};

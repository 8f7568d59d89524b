import { z } from 'zod';
import { channel } from './define';
import { LIMITS, id, isoDateTime, optionalNip, optionalPhone, requiredText } from '../validation/fields';

/** Who may do what at this desk: an admin (kepala/koordinator) keeps settings, consultants, restore and erasure. */
export const ROLES = ['admin', 'konsultan'] as const;
export type Role = (typeof ROLES)[number];
export const role = z.enum(ROLES, { message: 'v.invalidChoice' });

export const PIN_MIN = 4;
export const PIN_MAX = 8;
/** A PIN: 4 to 8 digits, as typed (never trimmed: a space is a wrong PIN, not a forgiven one). */
export const pin = z
  .string({ message: 'v.pinRequired' })
  .min(1, 'v.pinRequired')
  .regex(new RegExp(`^\\d{${PIN_MIN},${PIN_MAX}}$`), 'v.pinFormat');

export const consultantFields = {
  name: requiredText(LIMITS.name),
  nip: optionalNip,
  phone: optionalPhone,
};

export const consultantInput = z.object({ ...consultantFields, role: role.default('konsultan') }).strict();
export type ConsultantInput = z.input<typeof consultantInput>;

export const consultantUpdateInput = z
  .object({ id, ...consultantFields, active: z.boolean(), /** Left out: unchanged. */ role: role.optional() })
  .strict();
export type ConsultantUpdateInput = z.input<typeof consultantUpdateInput>;

/** An admin gives another consultant a new PIN (they forgot theirs); the waits earned by wrong PINs end. */
export const resetPinInput = z.object({ consultantId: id, pin }).strict();
export type ResetPinInput = z.input<typeof resetPinInput>;

/** A consultant as every screen sees it: the role and whether a PIN is set, never the PIN's hash. */
export const consultantDto = z.object({
  id: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  role,
  hasPin: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Consultant = z.infer<typeof consultantDto>;

export const consultantsContract = {
  'consultants:list': channel({
    input: z.object({ includeInactive: z.boolean().default(true) }).strict().default({ includeInactive: true }),
    output: z.array(consultantDto),
  }),
  'consultants:create': channel({ input: consultantInput, output: consultantDto }),
  'consultants:update': channel({ input: consultantUpdateInput, output: consultantDto }),
  'consultants:resetPin': channel({ input: resetPinInput, output: consultantDto }),
};

import { z } from 'zod';
import { channel } from './define';
import { LIMITS, id, isoDateTime, optionalNip, optionalPhone, requiredText } from '../validation/fields';

export const consultantFields = {
  name: requiredText(LIMITS.name),
  nip: optionalNip,
  phone: optionalPhone,
};

export const consultantInput = z.object(consultantFields).strict();
export type ConsultantInput = z.input<typeof consultantInput>;

export const consultantUpdateInput = z
  .object({ id, ...consultantFields, active: z.boolean() })
  .strict();
export type ConsultantUpdateInput = z.input<typeof consultantUpdateInput>;

export const consultantDto = z.object({
  id: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
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
};

import { z } from 'zod';
import { channel } from './define';
import { isoDate } from '../domain/dates';
import { id } from '../validation/fields';

/** Print through the OS dialog (the consultant picks the printer) or save as PDF through a save dialog. */
export const PRINT_TARGETS = ['printer', 'pdf'] as const;
/** Most summaries one batch puts into one PDF. */
export const BATCH_MAX = 200;

export const printResultDto = z.object({
  status: z.enum(['printed', 'saved', 'cancelled']),
  /** Where the PDF was saved. */
  path: z.string().nullable(),
  /** How many consultations the document holds. */
  count: z.number().int(),
});
export type PrintResult = z.infer<typeof printResultDto>;

const target = z.enum(PRINT_TARGETS, { message: 'v.invalidChoice' });

export const printingContract = {
  /** Ringkasan Konsultasi of one consultation; a draft prints with DRAF across it. */
  'print:consultation': channel({ input: z.object({ id, target }).strict(), output: printResultDto }),
  /** One page about a business: profile, permits with expiry, recent consultations, open follow-ups. */
  'print:businessSheet': channel({ input: z.object({ id, target }).strict(), output: printResultDto }),
  /** Every finalised summary of a date range, or of one business, in one document. */
  'print:batch': channel({
    input: z
      .object({ from: isoDate.optional(), to: isoDate.optional(), businessId: id.optional(), target })
      .strict()
      .refine((q) => q.businessId || (q.from && q.to), { message: 'v.batchScope', path: ['from'] })
      .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'v.rangeReversed', path: ['to'] }),
    output: printResultDto,
  }),
};

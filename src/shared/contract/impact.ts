import { z } from 'zod';
import { channel } from './define';
import { SALES_CHANNELS } from './businesses';
import { isoDate } from '../domain/dates';
import { rupiah } from '../domain/scale';
import { LIMITS, id, isoDateTime, optionalText } from '../validation/fields';

/** What a business achieved that the clinic can show (after Neoserra's milestones). */
export const MILESTONE_KINDS = ['business_started', 'jobs', 'sales', 'capital', 'permit', 'market'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
/** Jobs created anew, or kept that would otherwise have been lost. */
export const JOB_KINDS = ['created', 'kept'] as const;
export const CAPITAL_SOURCES = ['kur', 'other_loan', 'grant', 'equity'] as const;
export const PERMIT_KINDS = ['nib', 'pirt', 'halal', 'bpom', 'merek'] as const;
/** Most people a single jobs milestone may claim. */
export const MAX_JOBS = 10_000;

const people = z.number().int('v.wholeNumber').min(0, 'v.nonNegative').max(MAX_JOBS);

/** Shared by every kind: when, what led to it, and the evidence the claim rests on. */
const common = {
  businessId: id,
  date: isoDate,
  /** The consultation or training the milestone is credited to, when there is one. */
  consultationId: id.nullish().transform((v) => v ?? null),
  trainingId: id.nullish().transform((v) => v ?? null),
  /** How the claim is known: "foto NIB", "pengakuan pemilik lewat WA 12/11", a receipt... */
  evidence: optionalText(LIMITS.line),
  note: optionalText(LIMITS.line),
};

export const milestoneInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('business_started'), ...common }).strict(),
    z
      .object({ kind: z.literal('jobs'), ...common, jobKind: z.enum(JOB_KINDS, { message: 'v.invalidChoice' }), men: people, women: people })
      .strict(),
    z
      .object({
        kind: z.literal('sales'),
        ...common,
        /** Monthly sales before and after, whole Rupiah. */
        salesBefore: rupiah,
        salesAfter: rupiah,
      })
      .strict(),
    z
      .object({ kind: z.literal('capital'), ...common, capitalSource: z.enum(CAPITAL_SOURCES, { message: 'v.invalidChoice' }), amount: rupiah })
      .strict(),
    z.object({ kind: z.literal('permit'), ...common, permitKind: z.enum(PERMIT_KINDS, { message: 'v.invalidChoice' }) }).strict(),
    z
      .object({
        kind: z.literal('market'),
        ...common,
        channel: z.enum(SALES_CHANNELS, { message: 'v.invalidChoice' }),
        /** Which one: "Rest area KM 19 tol Balikpapan–Samarinda", "Shopee". */
        channelName: optionalText(LIMITS.line),
      })
      .strict(),
  ])
  .superRefine((v, ctx) => {
    if (v.kind === 'jobs' && v.men + v.women === 0) ctx.addIssue({ code: 'custom', message: 'v.jobsZero', path: ['men'] });
    if (v.kind === 'capital' && v.amount <= 0) ctx.addIssue({ code: 'custom', message: 'v.positive', path: ['amount'] });
  });
export type MilestoneInput = z.input<typeof milestoneInput>;

export const milestoneDto = z.object({
  id: z.string(),
  businessId: z.string(),
  businessName: z.string().nullable(),
  kind: z.enum(MILESTONE_KINDS),
  date: z.string(),
  consultationId: z.string().nullable(),
  consultationNumber: z.string().nullable(),
  trainingId: z.string().nullable(),
  trainingTitle: z.string().nullable(),
  evidence: z.string().nullable(),
  note: z.string().nullable(),
  jobKind: z.enum(JOB_KINDS).nullable(),
  men: z.number().int().nullable(),
  women: z.number().int().nullable(),
  salesBefore: z.number().nullable(),
  salesAfter: z.number().nullable(),
  capitalSource: z.enum(CAPITAL_SOURCES).nullable(),
  amount: z.number().nullable(),
  permitKind: z.enum(PERMIT_KINDS).nullable(),
  channel: z.enum(SALES_CHANNELS).nullable(),
  channelName: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Milestone = z.infer<typeof milestoneDto>;

const byId = z.object({ id }).strict();

export const impactContract = {
  /** A business's milestones, newest first. */
  'impact:list': channel({ input: z.object({ businessId: id }).strict(), output: z.array(milestoneDto) }),
  'impact:get': channel({ input: byId, output: milestoneDto }),
  'impact:create': channel({ input: milestoneInput, output: milestoneDto }),
  'impact:update': channel({ input: z.object({ id, milestone: milestoneInput }).strict(), output: milestoneDto }),
  /** Soft delete with a reason, audited. */
  'impact:delete': channel({
    input: z.object({ id, reason: z.string().trim().min(1, 'v.required').max(LIMITS.line) }).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
};

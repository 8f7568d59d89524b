import { z } from 'zod';
import { channel } from './define';
import { isoDate, optionalIsoDate } from '../domain/dates';
import { LIMITS, clockTime, id, isoDateTime, optionalText, requiredText } from '../validation/fields';
import { ASSIGNEES, followUpItemDto } from './follow-ups';

/** How the consultation took place. */
export const CONSULTATION_CHANNELS = ['datang_langsung', 'telepon', 'whatsapp', 'kunjungan_lapangan', 'daring'] as const;
/** The clinic's service areas; a consultation may touch several. */
export const SERVICE_AREAS = ['kelembagaan', 'sdm', 'produksi', 'pemasaran', 'pembiayaan', 'legalitas', 'digital', 'jaringan'] as const;
/** Where a business is sent on to. */
export const REFERRAL_KINDS = ['bank_kur', 'dinkes_pirt', 'bpjph_halal', 'bpom', 'djki_merek', 'marketplace', 'lainnya'] as const;
export const CONSULTATION_STATUSES = ['draft', 'final'] as const;

/** Longest a single consultation's contact or preparation can be: one working day of minutes. */
export const MAX_MINUTES = 24 * 60;
export const MAX_ACTION_ITEMS = 30;
export const MAX_REFERRALS = 10;
export const MAX_CONSULTANTS = 5;

const minutes = z
  .number({ message: 'v.required' })
  .int('v.wholeNumber')
  .min(0, 'v.nonNegative')
  .max(MAX_MINUTES, 'v.maxMinutes');

export const actionItemInput = z
  .object({
    /** Made by the form, so a follow-up keeps pointing at its item through amendments. */
    id: z.uuid({ message: 'v.invalidId' }),
    what: requiredText(LIMITS.line),
    who: z.enum(ASSIGNEES, { message: 'v.invalidChoice' }),
    dueDate: optionalIsoDate,
  })
  .strict();

export const referralInput = z
  .object({
    kind: z.enum(REFERRAL_KINDS, { message: 'v.invalidChoice' }),
    note: optionalText(LIMITS.line),
  })
  .strict();

/** The intake as the form sends it on finalise and amend; the same schema validates the form. */
export const consultationFields = z
  .object({
    businessId: z.uuid({ message: 'v.businessRequired' }),
    consultantIds: z
      .array(id)
      .min(1, 'v.consultantRequired')
      .max(MAX_CONSULTANTS)
      .refine((ids) => new Set(ids).size === ids.length, 'v.duplicateEntry'),
    date: isoDate,
    startTime: clockTime,
    contactMinutes: minutes,
    prepMinutes: minutes,
    channel: z.enum(CONSULTATION_CHANNELS, { message: 'v.required' }),
    serviceAreas: z
      .array(z.enum(SERVICE_AREAS, { message: 'v.invalidChoice' }))
      .min(1, 'v.areaRequired')
      .max(SERVICE_AREAS.length)
      .refine((a) => new Set(a).size === a.length, 'v.duplicateEntry'),
    complaint: requiredText(LIMITS.longText),
    diagnosis: optionalText(LIMITS.longText),
    advice: requiredText(LIMITS.longText),
    referrals: z.array(referralInput).max(MAX_REFERRALS).default([]),
    actionItems: z.array(actionItemInput).max(MAX_ACTION_ITEMS).default([]),
  })
  .strict();

type ConsultationFieldsOut = z.output<typeof consultationFields>;

/** Rules that span fields: an action item cannot fall due before the consultation itself. */
export function checkConsultationRules(v: ConsultationFieldsOut, ctx: z.RefinementCtx): void {
  v.actionItems.forEach((item, index) => {
    if (item.dueDate && v.date && item.dueDate < v.date) {
      ctx.addIssue({ code: 'custom', message: 'v.dueBeforeConsultation', path: ['actionItems', index, 'dueDate'] });
    }
  });
  const itemIds = v.actionItems.map((i) => i.id);
  if (new Set(itemIds).size !== itemIds.length) {
    ctx.addIssue({ code: 'custom', message: 'v.duplicateEntry', path: ['actionItems'] });
  }
}

export const consultationInput = consultationFields.superRefine(checkConsultationRules);
export type ConsultationInput = z.input<typeof consultationFields>;
export type ConsultationValues = z.output<typeof consultationFields>;

/**
 * A draft holds the form as typed, half-finished values included (a minute field left empty, a
 * due date not yet complete). Only the shape and the sizes are checked; finalise checks the rest.
 */
const draftText = (max: number) => z.string().max(max);
const draftNumber = z.union([z.number().finite(), z.literal('')]);
export const consultationDraftValues = z
  .object({
    businessId: z.string().max(36).nullable(),
    consultantIds: z.array(z.string().max(36)).max(MAX_CONSULTANTS),
    date: draftText(10),
    startTime: draftText(5),
    contactMinutes: draftNumber,
    prepMinutes: draftNumber,
    channel: draftText(40).nullable(),
    serviceAreas: z.array(draftText(40)).max(SERVICE_AREAS.length),
    complaint: draftText(LIMITS.longText),
    diagnosis: draftText(LIMITS.longText),
    advice: draftText(LIMITS.longText),
    referrals: z.array(z.object({ kind: draftText(40).nullable(), note: draftText(LIMITS.line) }).strict()).max(MAX_REFERRALS),
    actionItems: z
      .array(z.object({ id: draftText(36), what: draftText(LIMITS.line), who: draftText(40), dueDate: draftText(10) }).strict())
      .max(MAX_ACTION_ITEMS),
  })
  .strict();
export type ConsultationDraftValues = z.infer<typeof consultationDraftValues>;

export const consultationRevisionDto = z.object({
  version: z.number().int(),
  /** Null for the first, finalised version; the amendment's reason after that. */
  reason: z.string().nullable(),
  at: isoDateTime,
  actorName: z.string().nullable(),
  /** Fields that differ from the version before. */
  changedFields: z.array(z.string()),
  values: z.record(z.string(), z.unknown()),
});
export type ConsultationRevision = z.infer<typeof consultationRevisionDto>;

const consultantRef = z.object({ id: z.string(), name: z.string() });

export const consultationDetailDto = z.object({
  id: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  number: z.string().nullable(),
  version: z.number().int(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  ownerName: z.string().nullable(),
  regencyName: z.string().nullable(),
  consultants: z.array(consultantRef),
  /** Finalised values; null while a draft. */
  values: consultationFields.extend({ diagnosis: z.string().nullable() }).nullable(),
  /** The form as last typed; only for drafts. */
  draft: consultationDraftValues.nullable(),
  followUps: z.array(followUpItemDto),
  revisions: z.array(consultationRevisionDto),
  finalizedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  updatedByName: z.string().nullable(),
  deletedAt: isoDateTime.nullable(),
});
export type ConsultationDetail = z.infer<typeof consultationDetailDto>;

export const consultationSummaryDto = z.object({
  id: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  number: z.string().nullable(),
  version: z.number().int(),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  regencyName: z.string().nullable(),
  consultantNames: z.array(z.string()),
  channel: z.enum(CONSULTATION_CHANNELS).nullable(),
  serviceAreas: z.array(z.enum(SERVICE_AREAS)),
  contactMinutes: z.number().int().nullable(),
  openFollowUps: z.number().int(),
  updatedAt: isoDateTime,
});
export type ConsultationSummary = z.infer<typeof consultationSummaryDto>;

export const consultationListQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    consultantId: id.optional(),
    serviceArea: z.enum(SERVICE_AREAS).optional(),
    channel: z.enum(CONSULTATION_CHANNELS).optional(),
    regencyCode: z.string().regex(/^\d{2}\.\d{2}$/, 'v.region').optional(),
    status: z.enum(CONSULTATION_STATUSES).default('final'),
    businessId: id.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'v.rangeReversed', path: ['to'] });
export type ConsultationListQuery = z.input<typeof consultationListQuery>;

export const draftSummaryDto = z.object({
  id: z.string(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  /** What the consultant typed as the problem, shortened, to recognise the draft by. */
  excerpt: z.string().nullable(),
  date: z.string().nullable(),
  updatedAt: isoDateTime,
  updatedByName: z.string().nullable(),
});
export type DraftSummary = z.infer<typeof draftSummaryDto>;

export const hoursRowDto = z.object({
  consultantId: z.string(),
  consultantName: z.string(),
  /** `YYYY-MM` */
  month: z.string(),
  consultations: z.number().int(),
  contactMinutes: z.number().int(),
  prepMinutes: z.number().int(),
});
export type HoursRow = z.infer<typeof hoursRowDto>;

const byId = z.object({ id }).strict();
const amendReason = z.string().trim().min(1, 'v.required').max(LIMITS.line);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'v.month');

export const consultationsContract = {
  /** Creates or replaces a draft (the form makes the id); at most one live draft per business. */
  'consultations:saveDraft': channel({
    input: z.object({ id, values: consultationDraftValues }).strict(),
    output: z.object({ id: z.string(), updatedAt: isoDateTime }),
  }),
  'consultations:drafts': channel({
    input: z.object({ businessId: id.optional() }).strict().default({}),
    output: z.array(draftSummaryDto),
  }),
  'consultations:discardDraft': channel({ input: byId, output: z.object({ ok: z.literal(true) }) }),
  /** Numbers and locks a draft; its action items with a due date become follow-ups. */
  'consultations:finalize': channel({
    input: z.object({ id, values: consultationInput }).strict(),
    output: consultationDetailDto,
  }),
  /** A correction to a finalised consultation: a new version with its reason; the old one stays in history. */
  'consultations:amend': channel({
    input: z.object({ id, expectedUpdatedAt: isoDateTime, reason: amendReason, values: consultationInput }).strict(),
    output: consultationDetailDto,
  }),
  'consultations:get': channel({ input: byId, output: consultationDetailDto }),
  'consultations:list': channel({
    input: consultationListQuery,
    output: z.object({
      rows: z.array(consultationSummaryDto),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      /** Sum over every row matching the filters, not only this page. */
      totalContactMinutes: z.number().int(),
    }),
  }),
  /** Contact and preparation minutes per consultant per month, finalised consultations only. */
  'consultations:hours': channel({
    input: z
      .object({ from: month, to: month, consultantId: id.optional() })
      .strict()
      .refine((q) => q.from <= q.to, { message: 'v.rangeReversed', path: ['to'] }),
    output: z.array(hoursRowDto),
  }),
};

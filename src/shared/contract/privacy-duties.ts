import { z } from 'zod';
import { channel } from './define';
import { exportScope, EXPORT_CONTENTS, PERSONAL_DATA_MODES } from './transfer';
import { printResultDto } from './printing';
import { id, isoDateTime } from '../validation/fields';

/**
 * The controller's duties of UU PDP No. 27/2022 that are not a data subject's request: keeping data
 * only for its retention period (art. 43–44), the register of breaches with their 3×24-hour
 * notification (art. 46) and the record of processing (art. 31).
 */

/** The kinds of record with a retention period of their own. */
export const RETENTION_KINDS = ['businessOwner', 'consultation', 'participant'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Longest retention period one can set: 100 years. */
export const RETENTION_MAX_MONTHS = 1200;

const months = z
  .number({ message: 'v.retentionMonths' })
  .int('v.retentionMonths')
  .min(1, 'v.retentionMonths')
  .max(RETENTION_MAX_MONTHS, 'v.retentionMonths');

export const retentionSettingsDto = z.object({
  periods: z.array(z.object({ kind: z.enum(RETENTION_KINDS), months: z.number().int() })),
  updatedAt: isoDateTime.nullable(),
});
export type RetentionSettings = z.infer<typeof retentionSettingsDto>;

/** One record past its retention period: what the list shows, never a NIK, phone or address. */
export const retentionItemDto = z.object({
  id,
  kind: z.enum(RETENTION_KINDS),
  /** A business's name, a consultation's number, a participant's name. */
  label: z.string(),
  /** A participant's training, a consultation's business. */
  context: z.string().nullable(),
  /** When the period started running: last activity, consultation date, training's end. */
  since: z.string(),
});
export type RetentionItem = z.infer<typeof retentionItemDto>;

export const retentionDueDto = z.object({
  kinds: z.array(
    z.object({
      kind: z.enum(RETENTION_KINDS),
      months: z.number().int(),
      /** Records whose period started before this date are past it. */
      cutoff: z.string(),
      total: z.number().int(),
      items: z.array(retentionItemDto),
    }),
  ),
});
export type RetentionDue = z.infer<typeof retentionDueDto>;

/** Most records one anonymisation takes: the list shows at most this many of a kind. */
export const ANONYMISE_MAX = 500;

/** What an export held, as its audit entry says. */
export const exportRecordDto = z.object({
  /** The audit entry's id. */
  id: z.string(),
  at: isoDateTime,
  actorName: z.string().nullable(),
  scope: exportScope.nullable(),
  contents: z.array(z.enum(EXPORT_CONTENTS)),
  personalData: z.enum(PERSONAL_DATA_MODES),
  encrypted: z.boolean(),
  counts: z.record(z.string(), z.number()),
});
export type ExportRecord = z.infer<typeof exportRecordDto>;

export const BREACH_SUBJECT_KINDS = ['business', 'participant'] as const;
export const BREACH_LETTERS = ['subjects', 'authority'] as const;
export type BreachLetter = (typeof BREACH_LETTERS)[number];

export const breachSummaryDto = z.object({
  id,
  title: z.string(),
  occurredAt: isoDateTime.nullable(),
  discoveredAt: isoDateTime,
  /** 3×24 hours after discovery: the notifications are due by then. */
  deadlineAt: isoDateTime,
  exportId: z.string().nullable(),
  exportAt: isoDateTime.nullable(),
  encrypted: z.boolean(),
  personalData: z.enum(PERSONAL_DATA_MODES),
  businesses: z.number().int(),
  participants: z.number().int(),
  notifiedSubjectsAt: isoDateTime.nullable(),
  notifiedAuthorityAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type BreachSummary = z.infer<typeof breachSummaryDto>;

export const breachDetailDto = breachSummaryDto.extend({
  description: z.string(),
  measures: z.string(),
  exportRecord: exportRecordDto.nullable(),
  /** Whose data the export held: names only (the letters are addressed to them). */
  subjects: z.array(z.object({ kind: z.enum(BREACH_SUBJECT_KINDS), id, name: z.string(), context: z.string().nullable() })),
});
export type BreachDetail = z.infer<typeof breachDetailDto>;

const text = (max: number) => z.string().trim().min(1, 'v.required').max(max);

export const breachInput = z
  .object({
    /** The export's audit entry (from `privacy:exports`). */
    exportId: z.string().min(1, 'v.required').max(64),
    title: text(200),
    /** When the stick was lost, as far as known. */
    occurredAt: isoDateTime.nullable(),
    discoveredAt: isoDateTime,
    description: text(4000),
    /** What was done and is advised: the remedies the letters name. */
    measures: text(4000),
  })
  .strict()
  .refine((b) => !b.occurredAt || b.occurredAt <= b.discoveredAt, { message: 'v.occurredAfterDiscovered', path: ['occurredAt'] });

/** The record of processing's texts, each editable in Pengaturan; defaults say what this office does. */
export const PROCESSING_RECORD_FIELDS = ['controller', 'purposes', 'legalBasis', 'subjects', 'categories', 'recipients', 'transfers', 'security'] as const;
export type ProcessingRecordField = (typeof PROCESSING_RECORD_FIELDS)[number];

export const processingRecordDto = z.object({
  texts: z.record(z.enum(PROCESSING_RECORD_FIELDS), z.string()),
  /** Fields still at the app's default text. */
  defaults: z.array(z.enum(PROCESSING_RECORD_FIELDS)),
  updatedAt: isoDateTime.nullable(),
});
export type ProcessingRecord = z.infer<typeof processingRecordDto>;

const target = z.enum(['printer', 'pdf'], { message: 'v.invalidChoice' });

export const privacyDutiesContract = {
  'privacy:retention': channel({ input: z.void(), output: retentionSettingsDto }),
  /** Sets every kind's period in months; zero or less is refused and nothing changes. */
  'privacy:setRetention': channel({
    input: z.object({ periods: z.object(Object.fromEntries(RETENTION_KINDS.map((k) => [k, months])) as Record<RetentionKind, typeof months>).strict() }).strict(),
    output: retentionSettingsDto,
  }),
  /** Records past their retention period, per kind (the first ANONYMISE_MAX of each). */
  'privacy:retentionDue': channel({ input: z.void(), output: retentionDueDto }),
  /** Ends the personal data of these records (still past their period) and keeps what the statistics need. */
  'privacy:anonymise': channel({
    input: z.object({ kind: z.enum(RETENTION_KINDS), ids: z.array(id).min(1, 'v.required').max(ANONYMISE_MAX) }).strict(),
    output: z.object({ anonymised: z.number().int(), skipped: z.number().int() }),
  }),
  /** Past exports, newest first, from the audit log. */
  'privacy:exports': channel({ input: z.void(), output: z.array(exportRecordDto) }),
  'privacy:breaches': channel({ input: z.void(), output: z.array(breachSummaryDto) }),
  'privacy:breach': channel({ input: z.object({ id }).strict(), output: breachDetailDto }),
  /** Registers a breach of an export: whose data it held is listed then, and the 3×24-hour clock starts at discovery. */
  'privacy:createBreach': channel({ input: breachInput, output: breachDetailDto }),
  /** Records that a notification was sent. */
  'privacy:breachNotified': channel({
    input: z.object({ id, letter: z.enum(BREACH_LETTERS), at: isoDateTime }).strict(),
    output: breachDetailDto,
  }),
  /** The draft letter to the people affected or to the authority. */
  'privacy:printBreachLetter': channel({ input: z.object({ id, letter: z.enum(BREACH_LETTERS), target }).strict(), output: printResultDto }),
  'privacy:processingRecord': channel({ input: z.void(), output: processingRecordDto }),
  /** Sets the texts given; an empty text goes back to the default. */
  'privacy:setProcessingRecord': channel({
    input: z.object({ texts: z.partialRecord(z.enum(PROCESSING_RECORD_FIELDS), z.string().trim().max(4000)) }).strict(),
    output: processingRecordDto,
  }),
  'privacy:printProcessingRecord': channel({ input: z.object({ target }).strict(), output: printResultDto }),
};

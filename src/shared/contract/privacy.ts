import { z } from 'zod';
import { channel } from './define';
import { PRINT_TARGETS, printResultDto } from './printing';
import { LIMITS, id, isoDateTime, optionalText, requiredText } from '../validation/fields';

/** What a data subject asks under UU PDP No. 27/2022 (art. 32 ff.). */
export const PRIVACY_REQUEST_KINDS = ['access', 'correction', 'erasure', 'restriction', 'objection'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];
/** Whose data: a business owner, or a training participant (the same rights). */
export const PRIVACY_SUBJECT_KINDS = ['business', 'participant'] as const;
export type PrivacySubjectKind = (typeof PRIVACY_SUBJECT_KINDS)[number];
export const PRIVACY_REQUEST_STATUSES = ['open', 'answered', 'refused'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];
/** A request is answered within 3×24 hours of its receipt. */
export const PRIVACY_DEADLINE_HOURS = 72;
/** The reminder before the deadline, this many hours ahead of it. */
export const PRIVACY_REMIND_HOURS_BEFORE = 24;

const subjectKind = z.enum(PRIVACY_SUBJECT_KINDS, { message: 'v.invalidChoice' });

export const privacySubjectDto = z.object({
  kind: z.enum(PRIVACY_SUBJECT_KINDS),
  id: z.string(),
  /** The person's name (the owner's, or the participant's); null once erased. */
  name: z.string().nullable(),
  /** Where they are recorded: the business's name, or the training's title. */
  context: z.string().nullable(),
  /** A participant's training, where their record is corrected. */
  trainingId: z.string().nullable(),
  restricted: z.boolean(),
});
export type PrivacySubject = z.infer<typeof privacySubjectDto>;

export const privacyRequestDto = z.object({
  id: z.string(),
  subject: privacySubjectDto,
  kind: z.enum(PRIVACY_REQUEST_KINDS),
  receivedAt: isoDateTime,
  /** receivedAt + 72 hours. */
  deadlineAt: isoDateTime,
  notes: z.string().nullable(),
  status: z.enum(PRIVACY_REQUEST_STATUSES),
  /** The answer given, or the reason for refusing. */
  answer: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  answeredByName: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type PrivacyRequest = z.infer<typeof privacyRequestDto>;

/** A request as the register's form sends it. */
export const privacyRequestInput = z
  .object({
    subjectKind,
    subjectId: id,
    kind: z.enum(PRIVACY_REQUEST_KINDS, { message: 'v.invalidChoice' }),
    /** When the office received it (by letter, in person, by WhatsApp): the clock starts here. */
    receivedAt: z.iso.datetime({ offset: true, message: 'v.dateTime' }),
    notes: optionalText(LIMITS.longText),
  })
  .strict();
export type PrivacyRequestInput = z.input<typeof privacyRequestInput>;

export const privacyListQuery = z
  .object({ status: z.enum(['open', 'closed', 'all']).default('open') })
  .strict();

export const privacyContract = {
  /** The register, oldest deadline first for open requests, newest first otherwise (at most 500). */
  'privacy:list': channel({ input: privacyListQuery, output: z.object({ rows: z.array(privacyRequestDto), total: z.number().int() }) }),
  'privacy:get': channel({ input: z.object({ id }).strict(), output: privacyRequestDto }),
  /** Business owners and participants matching a name, to pick the person a request is about. */
  'privacy:subjects': channel({
    input: z.object({ search: z.string().trim().min(2, 'v.searchShort').max(LIMITS.short) }).strict(),
    output: z.array(privacySubjectDto),
  }),
  'privacy:create': channel({ input: privacyRequestInput, output: privacyRequestDto }),
  /** Closes an open request as answered, saying how. */
  'privacy:answer': channel({ input: z.object({ id, answer: requiredText(LIMITS.longText) }).strict(), output: privacyRequestDto }),
  /** Closes an open request as refused; the reason is required and kept. */
  'privacy:refuse': channel({ input: z.object({ id, reason: requiredText(LIMITS.longText) }).strict(), output: privacyRequestDto }),
  /** Restricts (or lifts the restriction of) processing of a person's data: only storage goes on. */
  'privacy:setRestricted': channel({
    input: z.object({ subjectKind, subjectId: id, restricted: z.boolean(), requestId: id.nullish() }).strict(),
    output: privacySubjectDto,
  }),
  /** The printable copy of the person's data and its processing history, answering an access request. */
  'privacy:accessCopy': channel({
    input: z.object({ id, target: z.enum(PRINT_TARGETS, { message: 'v.invalidChoice' }) }).strict(),
    output: printResultDto,
  }),
};

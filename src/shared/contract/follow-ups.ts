import { z } from 'zod';
import { channel } from './define';
import { isoDate } from '../domain/dates';
import { LIMITS, clockTime, id, isoDateTime, requiredText } from '../validation/fields';

/** Who carries out an action item, and so its follow-up: the business itself or the consultant. */
export const ASSIGNEES = ['business', 'consultant'] as const;
export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;

/** The tabs of Tindak Lanjut: Terlambat, Hari ini, Minggu ini (the next seven days), Nanti, Selesai. */
export const FOLLOW_UP_BUCKETS = ['overdue', 'today', 'week', 'later', 'closed'] as const;
export type FollowUpBucket = (typeof FOLLOW_UP_BUCKETS)[number];
export const SNOOZE_PRESETS = ['hour', 'tomorrow', 'nextWeek'] as const;

export const OUTCOME_MAX = 1000;
export const AGENDA_MAX_DAYS = 62;

/** A follow-up as the Tindak Lanjut screen, the consultation and the timeline show it. */
export const followUpItemDto = z.object({
  id: z.string(),
  /** Null for a check-in of a training participant who has no business (a calon wirausaha). */
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  /** The training participant a check-in belongs to, and that training. */
  participantId: z.string().nullable(),
  participantName: z.string().nullable(),
  trainingId: z.string().nullable(),
  trainingTitle: z.string().nullable(),
  regencyName: z.string().nullable(),
  consultationId: z.string().nullable(),
  consultationNumber: z.string().nullable(),
  actionItemId: z.string().nullable(),
  title: z.string(),
  dueDate: z.string(),
  dueTime: z.string().nullable(),
  /** When it falls due, UTC: the due date at its time in the office zone, or the last moment of that office day when it has no time. */
  dueAt: isoDateTime,
  /** Set while snoozed: when it comes back. */
  snoozedUntil: isoDateTime.nullable(),
  /** The moment that decides its tab: dueAt, or when snoozed, snoozedUntil (the end of that office day for one without a time). */
  effectiveAt: isoDateTime,
  assignee: z.enum(ASSIGNEES),
  consultantId: z.string().nullable(),
  consultantName: z.string().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  outcome: z.string().nullable(),
  cancelReason: z.string().nullable(),
  completedAt: isoDateTime.nullable(),
  notifiedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type FollowUpItem = z.infer<typeof followUpItemDto>;

export const followUpCountsDto = z.object({
  overdue: z.number().int(),
  today: z.number().int(),
  week: z.number().int(),
  later: z.number().int(),
});
export type FollowUpCounts = z.infer<typeof followUpCountsDto>;

const filters = {
  consultantId: id.optional(),
  businessId: id.optional(),
  regencyCode: z.string().regex(/^\d{2}\.\d{2}$/, 'v.region').optional(),
};

export const followUpListQuery = z
  .object({
    bucket: z.enum(FOLLOW_UP_BUCKETS),
    ...filters,
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type FollowUpListQuery = z.input<typeof followUpListQuery>;

export const followUpCreateInput = z
  .object({
    businessId: id,
    title: requiredText(LIMITS.line),
    dueDate: isoDate,
    dueTime: clockTime.nullish().transform((v) => v ?? null),
    assignee: z.enum(ASSIGNEES, { message: 'v.invalidChoice' }),
    /** The consultant who looks after it; the one on duty when not given. */
    consultantId: id.nullish().transform((v) => v ?? null),
  })
  .strict();
export type FollowUpCreateInput = z.input<typeof followUpCreateInput>;

const outcome = z.string().trim().min(1, 'v.required').max(OUTCOME_MAX, 'v.outcomeTooLong');
const reason = z.string().trim().min(1, 'v.required').max(LIMITS.line);

export const snoozeInput = z.union([
  z.object({ id, preset: z.enum(SNOOZE_PRESETS, { message: 'v.invalidChoice' }) }).strict(),
  z.object({ id, until: isoDateTime }).strict(),
]);

export const idleBusinessDto = z.object({
  id: z.string(),
  name: z.string(),
  regencyName: z.string().nullable(),
  /** The last consultation or follow-up, or the profile's creation when there was none. */
  lastActivityAt: isoDateTime,
  idleDays: z.number().int(),
});
export type IdleBusiness = z.infer<typeof idleBusinessDto>;

const byId = z.object({ id }).strict();

export const followUpsContract = {
  /** The open tabs' counts under the same filters as the list, so a tab's count is the rows it shows. */
  'followUps:counts': channel({
    input: z.object(filters).strict().default({}),
    output: followUpCountsDto,
  }),
  'followUps:list': channel({
    input: followUpListQuery,
    output: z.object({ rows: z.array(followUpItemDto), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  }),
  /** Open follow-ups between two office dates, by the day they come up; for the agenda view. */
  'followUps:agenda': channel({
    input: z
      .object({ from: isoDate, to: isoDate, ...filters })
      .strict()
      .refine((q) => q.from <= q.to, { message: 'v.rangeReversed', path: ['to'] }),
    output: z.array(followUpItemDto),
  }),
  'followUps:get': channel({ input: byId, output: followUpItemDto }),
  'followUps:create': channel({ input: followUpCreateInput, output: followUpItemDto }),
  'followUps:complete': channel({ input: z.object({ id, outcome }).strict(), output: followUpItemDto }),
  'followUps:snooze': channel({ input: snoozeInput, output: followUpItemDto }),
  'followUps:reschedule': channel({
    input: z.object({ id, dueDate: isoDate, dueTime: clockTime.nullish().transform((v) => v ?? null) }).strict(),
    output: followUpItemDto,
  }),
  'followUps:cancel': channel({ input: z.object({ id, reason }).strict(), output: followUpItemDto }),
  'followUps:idle': channel({
    input: z
      .object({ regencyCode: filters.regencyCode, page: z.number().int().min(1).max(10_000).default(1), pageSize: z.number().int().min(1).max(200).default(50) })
      .strict()
      .default({ page: 1, pageSize: 50 }),
    output: z.object({
      rows: z.array(idleBusinessDto),
      /** At most 1,000; `capped` says there are more. */
      total: z.number().int(),
      capped: z.boolean(),
      days: z.number().int(),
    }),
  }),
};

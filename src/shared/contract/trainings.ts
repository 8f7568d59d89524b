import { z } from 'zod';
import { channel } from './define';
import { GENDERS, businessInput } from './businesses';
import { isoDate, optionalIsoDate } from '../domain/dates';
import { LIMITS, id, isoDateTime, optionalPhone, optionalText, requiredText } from '../validation/fields';

/** What a training teaches; `lainnya` takes its name from `topicText`. */
export const TRAINING_TOPICS = [
  'sablon',
  'kue',
  'es_krim',
  'koperasi',
  'pemasaran_digital',
  'kemasan',
  'keuangan',
  'perizinan',
  'kuliner',
  'kerajinan',
  'lainnya',
] as const;
/** Who pays for it. */
export const FUNDING_SOURCES = ['apbd', 'kementerian', 'mitra', 'lainnya'] as const;
/** Longest a training can run, in days (attendance is kept per day). */
export const TRAINING_MAX_DAYS = 31;
export const TRAINING_MAX_CAPACITY = 10_000;
export const MAX_TRAINERS = 10;
/** Most rows one participants sheet may bring in. */
export const IMPORT_MAX_ROWS = 2000;
/** Age below which a participant's data is children's data (UU PDP). */
export const ADULT_AGE = 18;

const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, 'v.region');
const districtCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'v.region');

/** A training as the form sends it; the same schema validates the form and the router. */
export const trainingFields = z
  .object({
    title: requiredText(LIMITS.line),
    topic: z.enum(TRAINING_TOPICS, { message: 'v.invalidChoice' }),
    /** Required when the topic is `lainnya`; otherwise an optional refinement ("sablon kaos anak"). */
    topicText: optionalText(LIMITS.short),
    startDate: isoDate,
    endDate: isoDate,
    regencyCode: regencyCode.nullish().transform((v) => v ?? null),
    districtCode: districtCode.nullish().transform((v) => v ?? null),
    venue: optionalText(LIMITS.line),
    trainers: z.array(requiredText(LIMITS.name)).max(MAX_TRAINERS).default([]),
    organiser: optionalText(LIMITS.line),
    fundingSource: z.enum(FUNDING_SOURCES, { message: 'v.invalidChoice' }).nullish().transform((v) => v ?? null),
    /** The partner's or ministry's name, or what `lainnya` means. */
    fundingNote: optionalText(LIMITS.line),
    capacity: z
      .number()
      .int('v.wholeNumber')
      .min(1, 'v.positive')
      .max(TRAINING_MAX_CAPACITY)
      .nullish()
      .transform((v) => v ?? null),
    notes: optionalText(LIMITS.longText),
  })
  .strict();

type TrainingFieldsOut = z.output<typeof trainingFields>;

export function checkTrainingRules(v: TrainingFieldsOut, ctx: z.RefinementCtx): void {
  if (v.topic === 'lainnya' && !v.topicText) ctx.addIssue({ code: 'custom', message: 'v.required', path: ['topicText'] });
  if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', message: 'v.rangeReversed', path: ['endDate'] });
  else {
    const days = (Date.parse(`${v.endDate}T00:00:00Z`) - Date.parse(`${v.startDate}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > TRAINING_MAX_DAYS) ctx.addIssue({ code: 'custom', message: 'v.trainingTooLong', params: { days: TRAINING_MAX_DAYS }, path: ['endDate'] });
  }
  if (v.districtCode && (!v.regencyCode || !v.districtCode.startsWith(`${v.regencyCode}.`))) {
    ctx.addIssue({ code: 'custom', message: 'v.regionChain', path: ['districtCode'] });
  }
}

export const trainingInput = trainingFields.superRefine(checkTrainingRules);
export type TrainingInput = z.input<typeof trainingFields>;

export const trainingDto = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.enum(TRAINING_TOPICS),
  topicText: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  regencyCode: z.string().nullable(),
  regencyName: z.string().nullable(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  venue: z.string().nullable(),
  trainers: z.array(z.string()),
  organiser: z.string().nullable(),
  fundingSource: z.enum(FUNDING_SOURCES).nullable(),
  fundingNote: z.string().nullable(),
  capacity: z.number().int().nullable(),
  notes: z.string().nullable(),
  /** The training's days, startDate..endDate: the columns of the attendance grid. */
  days: z.array(z.string()),
  participantCount: z.number().int(),
  /** Participants present on at least one day. */
  attendedCount: z.number().int(),
  /** Participants with no business (yet). */
  prospectCount: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deletedAt: isoDateTime.nullable(),
});
export type Training = z.infer<typeof trainingDto>;

export const trainingListQuery = z
  .object({
    search: z.string().trim().max(LIMITS.short).optional(),
    topic: z.enum(TRAINING_TOPICS).optional(),
    regencyCode: regencyCode.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type TrainingListQuery = z.input<typeof trainingListQuery>;

/** A participant as the form sends it. Age is asked when the birth date is unknown. */
export const participantFields = z
  .object({
    name: requiredText(LIMITS.name),
    gender: z.enum(GENDERS, { message: 'v.invalidChoice' }).nullish().transform((v) => v ?? null),
    birthDate: optionalIsoDate,
    /** Age in years at the training, when no birth date is known. */
    age: z
      .number()
      .int('v.wholeNumber')
      .min(10, 'v.ageRange')
      .max(100, 'v.ageRange')
      .nullish()
      .transform((v) => v ?? null),
    phone: optionalPhone,
    regencyCode: regencyCode.nullish().transform((v) => v ?? null),
    /** Runs a business now. With a businessId it is linked; without, `business` creates one. */
    hasBusiness: z.boolean(),
    businessId: id.nullish().transform((v) => v ?? null),
    /** The business's name as told, for a participant who runs one not yet linked. */
    businessName: optionalText(LIMITS.name),
    notes: optionalText(LIMITS.line),
    /** A participant under 18: the parent or guardian who consented (UU PDP art. 25), and when. */
    guardianName: optionalText(LIMITS.name),
    guardianConsentDate: optionalIsoDate,
  })
  .strict();

export const participantInput = participantFields.superRefine((v, ctx) => {
  if (!v.hasBusiness && v.businessId) ctx.addIssue({ code: 'custom', message: 'v.prospectWithBusiness', path: ['businessId'] });
});
export type ParticipantInput = z.input<typeof participantFields>;

export const participantDto = z.object({
  id: z.string(),
  trainingId: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  /** Age at the training's start, from the birth date when known. */
  age: z.number().int().nullable(),
  /** Under 18 on the office's today: children's data, shown and exported with extra care. */
  minor: z.boolean(),
  guardianName: z.string().nullable(),
  guardianConsentDate: z.string().nullable(),
  /** A minor without a guardian's consent: only name, age and attendance are kept. */
  consentMissing: z.boolean(),
  /** Processing restricted at the person's request: only stored. */
  restricted: z.boolean(),
  /** Masked (`0812-••••-7890`) unless revealed. */
  phone: z.string().nullable(),
  regencyCode: z.string().nullable(),
  hasBusiness: z.boolean(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  /** Set when a calon wirausaha was turned into a business profile. */
  convertedAt: isoDateTime.nullable(),
  /** Days attended, as office dates. */
  attendedDays: z.array(z.string()),
  /** The open check-in follow-up, when one is scheduled. */
  checkInFollowUpId: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Participant = z.infer<typeof participantDto>;

/** The fields a sheet's columns can be mapped to. `firstName`+`lastName` join into the name. */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'gender',
  'birthDate',
  'age',
  'phone',
  'businessName',
  'hasBusiness',
  'regency',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A sheet read from an XLSX or CSV file: its headers and the first rows, to map columns. */
export const sheetPreviewDto = z.object({
  /** Opaque handle of the file read in the core; the mapping and commit refer to it. */
  token: z.string(),
  fileName: z.string(),
  sheetNames: z.array(z.string()),
  sheetName: z.string(),
  headers: z.array(z.string()),
  /** The first rows as text, for the mapping screen. */
  sampleRows: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  /** The app's guess of each column's field from its header (nama, jenis kelamin, no hp, ...). */
  suggestedMapping: z.record(z.string(), z.enum(IMPORT_FIELDS).nullable()),
});
export type SheetPreview = z.infer<typeof sheetPreviewDto>;

export const importMapping = z
  .record(z.string().max(200), z.enum(IMPORT_FIELDS, { message: 'v.invalidChoice' }).nullable())
  .refine((m) => Object.values(m).includes('name') || Object.values(m).includes('firstName'), { message: 'v.mapName' });

export const IMPORT_ROW_STATES = ['new', 'duplicate_in_sheet', 'already_participant', 'invalid', 'blank'] as const;

export const participantImportRowDto = z.object({
  /** 1-based row number in the sheet, header row excluded, for the consultant to find it. */
  row: z.number().int(),
  state: z.enum(IMPORT_ROW_STATES),
  /** What the row becomes when imported (phone masked). */
  values: z.object({
    name: z.string().nullable(),
    gender: z.enum(GENDERS).nullable(),
    birthDate: z.string().nullable(),
    age: z.number().int().nullable(),
    phone: z.string().nullable(),
    businessName: z.string().nullable(),
    hasBusiness: z.boolean(),
    regencyCode: z.string().nullable(),
    notes: z.string().nullable(),
  }),
  /** Problems per field, as i18n keys (`v.phone`, ...): an invalid row is not imported. */
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  /** Values left out on import, as i18n keys: a minor's data beyond name, age and attendance. */
  notices: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  /** Existing business profiles this person or business probably is (same phone, similar names). */
  businessMatches: z.array(z.object({ id: z.string(), name: z.string(), ownerName: z.string(), regencyName: z.string().nullable(), reason: z.string() })),
  /** For duplicate_in_sheet: the row it repeats; for already_participant: that participant's id. */
  duplicateOfRow: z.number().int().nullable(),
  duplicateOfParticipantId: z.string().nullable(),
});
export type ParticipantImportRow = z.infer<typeof participantImportRowDto>;

export const participantImportPreviewDto = z.object({
  token: z.string(),
  rows: z.array(participantImportRowDto),
  counts: z.object({
    new: z.number().int(),
    duplicate_in_sheet: z.number().int(),
    already_participant: z.number().int(),
    invalid: z.number().int(),
    blank: z.number().int(),
  }),
});
export type ParticipantImportPreview = z.infer<typeof participantImportPreviewDto>;

const mappingInput = z
  .object({ token: z.string().min(1).max(100), trainingId: id, sheetName: z.string().max(200).optional(), mapping: importMapping })
  .strict();

export const importCommitInput = mappingInput
  .extend({
    /** The rows the consultant confirmed, by row number; only `new` rows may be chosen. */
    rows: z
      .array(
        z
          .object({
            row: z.number().int().min(1),
            /** Link to this existing profile instead of leaving the person unlinked. */
            linkBusinessId: id.nullish().transform((v) => v ?? null),
          })
          .strict(),
      )
      .min(1, 'v.nothingChosen')
      .max(IMPORT_MAX_ROWS),
  })
  .strict();

const byId = z.object({ id }).strict();

export const trainingsContract = {
  'trainings:list': channel({
    input: trainingListQuery,
    output: z.object({ rows: z.array(trainingDto), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  }),
  'trainings:get': channel({ input: byId, output: trainingDto }),
  'trainings:create': channel({ input: trainingInput, output: trainingDto }),
  'trainings:update': channel({
    input: z.object({ id, expectedUpdatedAt: isoDateTime, training: trainingInput }).strict(),
    output: trainingDto,
  }),
  /** Soft delete; its participants and attendance go with it and come back on restore. */
  'trainings:delete': channel({ input: byId, output: trainingDto }),
  'trainings:restore': channel({ input: byId, output: trainingDto }),

  'participants:list': channel({ input: z.object({ trainingId: id }).strict(), output: z.array(participantDto) }),
  'participants:add': channel({ input: z.object({ trainingId: id, participant: participantInput }).strict(), output: participantDto }),
  'participants:update': channel({ input: z.object({ id, participant: participantInput }).strict(), output: participantDto }),
  'participants:remove': channel({ input: byId, output: z.object({ ok: z.literal(true) }) }),
  /**
   * Erases a participant's personal data at their request (UU PDP): the name becomes a placeholder,
   * phone, birth date, region, notes and guardian are cleared; age, gender and attendance stay for the statistics.
   */
  'participants:erasePersonalData': channel({
    input: z.object({ id, reason: z.string().trim().min(5, 'v.reasonRequired').max(500) }).strict(),
    output: participantDto,
  }),
  /** The full phone of one participant, audited. */
  'participants:revealPhone': channel({ input: byId, output: z.object({ phone: z.string().nullable() }) }),
  /** Sets who was present on one day of the training (every participant not listed is absent). */
  'participants:setAttendance': channel({
    input: z.object({ trainingId: id, day: isoDate, presentIds: z.array(id).max(TRAINING_MAX_CAPACITY) }).strict(),
    output: z.array(participantDto),
  }),
  /**
   * Turns a calon wirausaha into a business profile (the profile as the business form sends it,
   * pre-filled from the participant); the participant stays on the training, linked to it.
   */
  'participants:convert': channel({
    input: z.object({ id, profile: businessInput, notDuplicateOf: z.array(id).max(100).default([]) }).strict(),
    output: participantDto,
  }),
  /** Links a participant who runs a business to an existing profile. */
  'participants:link': channel({ input: z.object({ id, businessId: id }).strict(), output: participantDto }),
  /**
   * Schedules a check-in follow-up ("Sudah mulai usaha?") `weeks` after the training's last day
   * for each participant without an open one; answers how many were made.
   */
  'participants:scheduleCheckIns': channel({
    input: z
      .object({
        trainingId: id,
        weeks: z.number().int('v.wholeNumber').min(1, 'v.weeksRange').max(104, 'v.weeksRange'),
        title: requiredText(LIMITS.line),
        /** Only calon wirausaha, or everyone. */
        onlyProspects: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ created: z.number().int(), skipped: z.number().int(), dueDate: z.string() }),
  }),

  /**
   * Asks for an XLSX or CSV file in the OS open dialog and reads its headers and first rows; null when
   * the consultant cancels. With a token, re-reads that file's other sheet instead of asking again.
   */
  'participants:importOpen': channel({
    input: z.object({ token: z.string().min(1).max(100).optional(), sheetName: z.string().max(200).optional() }).strict(),
    output: sheetPreviewDto.nullable(),
  }),
  /** What the mapped sheet would import: every row with its state, problems and likely profiles. */
  'participants:importPreview': channel({ input: mappingInput, output: participantImportPreviewDto }),
  /** Imports exactly the confirmed rows, in one transaction. */
  'participants:importCommit': channel({
    input: importCommitInput,
    output: z.object({ imported: z.number().int(), participants: z.array(participantDto) }),
  }),
};

import { z } from 'zod';
import { channel } from './define';
import { addYears, optionalIsoDate } from '../domain/dates';
import { optionalBpom, optionalHalal, optionalMerek, optionalNib, optionalPirt, PIRT_MAX_YEARS } from '../domain/identifiers';
import { optionalKbliCode } from '../domain/kbli';
import { nikMatches, optionalNik } from '../domain/nik';
import { optionalRupiah } from '../domain/scale';
import { NAME_NOTES } from '../domain/person-name';
import { LIMITS, id, isoDateTime, optionalEmail, optionalPhone, optionalText, requiredText } from '../validation/fields';

export const LEGAL_FORMS = ['perorangan', 'ud', 'cv', 'pt', 'pt_perorangan', 'koperasi', 'firma', 'lainnya'] as const;
export const BUSINESS_STATUSES = ['calon', 'aktif', 'tidak_aktif'] as const;
export const SALES_CHANNELS = [
  'toko',
  'pasar',
  'marketplace',
  'media_sosial',
  'rest_area_tol',
  'reseller',
  'pameran',
  'titip_jual',
  'pesan_antar',
  'lainnya',
] as const;
export const GENDERS = ['L', 'P'] as const;
export const SCALES = ['mikro', 'kecil', 'menengah', 'besar'] as const;
export const PERMIT_FILTERS = ['nib_missing', 'pirt_missing', 'halal_missing', 'bpom_missing', 'merek_missing', 'expiring', 'expired'] as const;
/** `relevance` orders search results by full-text rank; without a search it falls back to name. */
export const BUSINESS_SORTS = ['relevance', 'name', 'updated', 'created', 'region'] as const;

/** Days before a permit's expiry at which the app starts warning. */
export const PERMIT_WARNING_DAYS = 90;

const regionCode = (pattern: RegExp) => z.string().regex(pattern, 'v.region').nullish().transform((v) => v ?? null);
const count = z.number().int('v.wholeNumber').min(0, 'v.nonNegative').max(1_000_000).nullish().transform((v) => v ?? null);
export const tag = z
  .string()
  .trim()
  .min(1, 'v.required')
  .max(40)
  .transform((t) => t.toLowerCase());

/** The profile as the form sends it; the same schema validates the form and the router. */
export const businessFields = z
  .object({
    name: requiredText(LIMITS.name),
    brand: optionalText(LIMITS.name),
    ownerName: requiredText(LIMITS.name),
    ownerNik: optionalNik,
    ownerGender: z.enum(GENDERS, { message: 'v.invalidChoice' }).nullish().transform((v) => v ?? null),
    ownerBirthDate: optionalIsoDate,
    ownerPhone: optionalPhone,
    ownerPhoneIsWhatsapp: z.boolean().default(true),
    ownerEmail: optionalEmail,
    address: optionalText(LIMITS.address),
    provinceCode: regionCode(/^\d{2}$/),
    regencyCode: regionCode(/^\d{2}\.\d{2}$/),
    districtCode: regionCode(/^\d{2}\.\d{2}\.\d{2}$/),
    villageCode: regionCode(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
    kbliCode: optionalKbliCode,
    sectorText: optionalText(LIMITS.line),
    products: optionalText(1000),
    yearStarted: z.number().int('v.wholeNumber').min(1900, 'v.year').max(2100, 'v.year').nullish().transform((v) => v ?? null),
    legalForm: z.enum(LEGAL_FORMS, { message: 'v.invalidChoice' }).nullish().transform((v) => v ?? null),
    status: z.enum(BUSINESS_STATUSES, { message: 'v.invalidChoice' }),
    nib: optionalNib,
    pirtNumber: optionalPirt,
    pirtIssuedAt: optionalIsoDate,
    pirtExpiresAt: optionalIsoDate,
    halalNumber: optionalHalal,
    halalIssuedAt: optionalIsoDate,
    halalExpiresAt: optionalIsoDate,
    bpomNumber: optionalBpom,
    merekNumber: optionalMerek,
    employeesMale: count,
    employeesFemale: count,
    modalUsaha: optionalRupiah,
    annualSales: optionalRupiah,
    salesChannels: z.array(z.enum(SALES_CHANNELS, { message: 'v.invalidChoice' })).max(SALES_CHANNELS.length).default([]),
    tags: z.array(tag).max(20).default([]),
    notes: optionalText(LIMITS.longText),
  })
  .strict();

type BusinessFieldsOut = z.output<typeof businessFields>;

/** Rules that span fields: the region chain, NIK against gender and birth date, permit dates. */
export function checkBusinessRules(v: BusinessFieldsOut, ctx: z.RefinementCtx): void {
  const chain: Array<[keyof BusinessFieldsOut, string | null, string | null]> = [
    ['regencyCode', v.regencyCode, v.provinceCode],
    ['districtCode', v.districtCode, v.regencyCode],
    ['villageCode', v.villageCode, v.districtCode],
  ];
  for (const [field, code, parent] of chain) {
    if (code && (!parent || !code.startsWith(`${parent}.`))) {
      ctx.addIssue({ code: 'custom', message: 'v.regionChain', path: [field] });
    }
  }
  if (v.ownerNik) {
    const mismatches = nikMatches({ nik: v.ownerNik, gender: v.ownerGender, birthDate: v.ownerBirthDate });
    if (mismatches.includes('gender')) ctx.addIssue({ code: 'custom', message: 'v.nikGender', path: ['ownerGender'] });
    if (mismatches.includes('birthDate')) ctx.addIssue({ code: 'custom', message: 'v.nikBirthDate', path: ['ownerBirthDate'] });
  }
  const permits: Array<[string, string | null, string | null, string | null, number | null]> = [
    ['pirt', v.pirtNumber, v.pirtIssuedAt, v.pirtExpiresAt, PIRT_MAX_YEARS],
    ['halal', v.halalNumber, v.halalIssuedAt, v.halalExpiresAt, null],
  ];
  for (const [name, number, issued, expires, maxYears] of permits) {
    if (!number && (issued || expires)) {
      ctx.addIssue({ code: 'custom', message: 'v.permitNumberMissing', path: [`${name}Number`] });
    }
    if (issued && expires && expires <= issued) {
      ctx.addIssue({ code: 'custom', message: 'v.expiryBeforeIssue', path: [`${name}ExpiresAt`] });
    } else if (issued && expires && maxYears && expires > addYears(issued, maxYears)) {
      ctx.addIssue({ code: 'custom', message: 'v.pirtTooLong', params: { years: maxYears }, path: [`${name}ExpiresAt`] });
    }
  }
}

export const businessInput = businessFields.superRefine(checkBusinessRules);
export type BusinessInput = z.input<typeof businessFields>;

export const businessCreateInput = z
  .object({
    profile: businessInput,
    /** Candidates the consultant looked at and confirmed as "bukan duplikat". */
    notDuplicateOf: z.array(id).max(100).default([]),
  })
  .strict();

export const businessUpdateInput = z
  .object({
    id,
    /** The version the form was loaded from; a newer one on disk is a CONFLICT, not an overwrite. */
    expectedUpdatedAt: isoDateTime,
    /** The full NIK never reaches the form; true keeps the stored one, false writes `profile.ownerNik`. */
    keepNik: z.boolean().default(true),
    profile: businessInput,
  })
  .strict();

const scaleReason = z.object({
  criterion: z.enum(['modal', 'sales']),
  value: z.number(),
  scale: z.enum(SCALES),
  bound: z.number(),
  relation: z.enum(['lte', 'gt']),
  upper: z.number().nullable(),
});

export const permitStateDto = z.enum(['none', 'valid', 'expiring', 'expired', 'no_expiry']);

/** A row of the list: enough to recognise the business; personal data masked. */
export const businessSummaryDto = z.object({
  id: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerPhoneMasked: z.string().nullable(),
  regencyName: z.string().nullable(),
  districtName: z.string().nullable(),
  kbliCode: z.string().nullable(),
  scale: z.enum(SCALES).nullable(),
  status: z.enum(BUSINESS_STATUSES),
  nib: z.string().nullable(),
  updatedAt: isoDateTime,
  deletedAt: isoDateTime.nullable(),
});
export type BusinessSummary = z.infer<typeof businessSummaryDto>;

export const businessDetailDto = businessFields
  .omit({ ownerNik: true })
  .extend({
    id: z.string(),
    /** Null once the owner's personal data has been erased on request. */
    ownerName: z.string().nullable(),
    ownerNikMasked: z.string().nullable(),
    provinceName: z.string().nullable(),
    regencyName: z.string().nullable(),
    districtName: z.string().nullable(),
    villageName: z.string().nullable(),
    scale: z.enum(SCALES).nullable(),
    scaleReasons: z.array(scaleReason),
    pirtState: permitStateDto,
    halalState: permitStateDto,
    mergedIntoId: z.string().nullable(),
    personalDataErasedAt: isoDateTime.nullable(),
    /** Since when processing is restricted at the owner's request (UU PDP): only stored until lifted. */
    restrictedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    updatedByName: z.string().nullable(),
    deletedAt: isoDateTime.nullable(),
  });
export type BusinessDetail = z.infer<typeof businessDetailDto>;

export const listQuery = z
  .object({
    query: z.string().trim().max(200).default(''),
    regencyCode: z.string().regex(/^\d{2}\.\d{2}$/, 'v.region').optional(),
    districtCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'v.region').optional(),
    kbliCategory: z.string().regex(/^[A-U]$/, 'v.kbli').optional(),
    kbliCode: z.string().regex(/^\d{2,5}$/, 'v.kbli').optional(),
    scale: z.enum(SCALES).optional(),
    status: z.enum(BUSINESS_STATUSES).optional(),
    permit: z.enum(PERMIT_FILTERS).optional(),
    tag: tag.optional(),
    deleted: z.boolean().default(false),
    sort: z.enum(BUSINESS_SORTS).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type BusinessListQuery = z.input<typeof listQuery>;

/** Why a candidate is offered: a shared identifier, a look-alike name, and the place backing a name. */
export const DUPLICATE_REASONS = ['nik', 'nib', 'phone', 'name', 'ownerName', 'sameDistrict', 'sameVillage'] as const;
/** How the names were reconciled (titles, short forms, old spelling...), and a place that counted against them. */
export const DUPLICATE_NOTES = [...NAME_NOTES, 'otherProvince'] as const;
export const duplicateCandidateDto = z.object({
  id: z.string(),
  name: z.string(),
  ownerName: z.string().nullable(),
  regencyName: z.string().nullable(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  notes: z.array(z.enum(DUPLICATE_NOTES)).optional(),
  score: z.number(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateDto>;

/** While typing nothing is final, so the check takes raw strings and normalises them itself. */
export const duplicateQuery = z
  .object({
    name: z.string().max(LIMITS.name).optional(),
    ownerName: z.string().max(LIMITS.name).optional(),
    ownerNik: z.string().max(LIMITS.short).optional(),
    nib: z.string().max(LIMITS.short).optional(),
    ownerPhone: z.string().max(LIMITS.short).optional(),
    /** Where the business is: the same kecamatan backs a look-alike name, another province weighs against it. */
    provinceCode: z.string().max(LIMITS.short).nullish(),
    regencyCode: z.string().max(LIMITS.short).nullish(),
    districtCode: z.string().max(LIMITS.short).nullish(),
    villageCode: z.string().max(LIMITS.short).nullish(),
    excludeId: id.optional(),
  })
  .strict();

export const MERGEABLE_FIELDS = Object.keys(businessFields.shape) as Array<keyof typeof businessFields.shape>;

export const timelineEntryDto = z.object({
  at: isoDateTime,
  kind: z.string(),
  actorName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntryDto>;

const byId = z.object({ id }).strict();
const reason = z.string().trim().min(1, 'v.required').max(LIMITS.line);

export const businessesContract = {
  'businesses:list': channel({
    input: listQuery,
    output: z.object({ rows: z.array(businessSummaryDto), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  }),
  'businesses:get': channel({ input: byId, output: businessDetailDto }),
  'businesses:create': channel({ input: businessCreateInput, output: businessDetailDto }),
  'businesses:update': channel({ input: businessUpdateInput, output: businessDetailDto }),
  'businesses:delete': channel({ input: byId, output: businessDetailDto }),
  'businesses:restore': channel({ input: byId, output: businessDetailDto }),
  'businesses:checkDuplicates': channel({ input: duplicateQuery, output: z.array(duplicateCandidateDto) }),
  'businesses:dismissDuplicate': channel({ input: z.object({ id, otherId: id }).strict(), output: z.object({ ok: z.literal(true) }) }),
  'businesses:merge': channel({
    input: z
      .object({
        survivorId: id,
        mergedId: id,
        /** Fields whose value is taken from the merged profile; every other field keeps the survivor's. */
        takeFromMerged: z.array(z.enum(MERGEABLE_FIELDS as [string, ...string[]])).default([]),
      })
      .strict()
      .refine((v) => v.survivorId !== v.mergedId, { message: 'v.mergeSelf', path: ['mergedId'] }),
    output: businessDetailDto,
  }),
  'businesses:timeline': channel({ input: byId, output: z.array(timelineEntryDto) }),
  'businesses:tags': channel({ input: z.void(), output: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
  'businesses:revealNik': channel({ input: byId, output: z.object({ nik: z.string().nullable() }) }),
  'businesses:exportPersonalData': channel({ input: byId, output: z.object({ path: z.string().nullable() }) }),
  'businesses:erasePersonalData': channel({ input: z.object({ id, reason }).strict(), output: businessDetailDto }),
};

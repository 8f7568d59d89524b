import { z } from 'zod';
import { channel } from './define';
import { SALES_CHANNELS } from './businesses';
import { CONSULTATION_CHANNELS, SERVICE_AREAS } from './consultations';
import { CAPITAL_SOURCES, PERMIT_KINDS } from './impact';
import { PRINT_TARGETS, printResultDto } from './printing';
import { isoDate } from '../domain/dates';

/** Youth (pemuda) as UU 40/2009 counts them: 16 to 30 years old. */
export const YOUTH_MIN_AGE = 16;
export const YOUTH_MAX_AGE = 30;
/** Longest span the dashboard charts at once. */
export const DASHBOARD_MAX_DAYS = 3 * 366;
/** Most rows a data check lists (the count is always exact). */
export const DATA_CHECK_LIMIT = 200;

export const REPORT_KINDS = ['activity', 'impact'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A reporting period: a calendar month or quarter, in the office's time zone. */
export const reportPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year: z.number().int().min(2000, 'v.periodRange').max(2100, 'v.periodRange'), month: z.number().int().min(1, 'v.periodRange').max(12, 'v.periodRange') }).strict(),
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(2000, 'v.periodRange').max(2100, 'v.periodRange'), quarter: z.number().int().min(1, 'v.periodRange').max(4, 'v.periodRange') }).strict(),
]);
export type ReportPeriod = z.infer<typeof reportPeriod>;

/** The office dates a period covers, first and last day inclusive. */
export function periodRange(p: ReportPeriod): { from: string; to: string } {
  const firstMonth = p.kind === 'month' ? p.month : (p.quarter - 1) * 3 + 1;
  const lastMonth = p.kind === 'month' ? p.month : firstMonth + 2;
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${p.year}-${mm(firstMonth)}-01`, to: `${p.year}-${mm(lastMonth)}-${mm(lastDay)}` };
}

const reportFilter = {
  period: reportPeriod,
  /** Only this kabupaten/kota (by the business's address). */
  regencyCode: z.string().regex(/^\d{2}\.\d{2}$/, 'v.region').optional(),
};
export const reportQuery = z.object(reportFilter).strict();
export type ReportQuery = z.input<typeof reportQuery>;

/** A share: how many of how many with the attribute known (gender, age). */
const share = z.object({ count: z.number().int(), known: z.number().int(), total: z.number().int() });
export type Share = z.infer<typeof share>;

const countHours = {
  consultations: z.number().int(),
  contactMinutes: z.number().int(),
  businesses: z.number().int(),
};

export const activityReportDto = z.object({
  from: z.string(),
  to: z.string(),
  regencyCode: z.string().nullable(),
  totals: z.object({
    /** Finalised, not deleted, dated in the period. */
    consultations: z.number().int(),
    contactMinutes: z.number().int(),
    prepMinutes: z.number().int(),
    /** Distinct businesses with a consultation in the period. */
    businessesServed: z.number().int(),
    /** Businesses served whose first consultation ever falls in the period. */
    newClients: z.number().int(),
    /** Profiles created in the period (by the office's calendar). */
    newProfiles: z.number().int(),
    followUpsDone: z.number().int(),
    trainings: z.number().int(),
    participants: z.number().int(),
    /** Participants present on at least one day. */
    attended: z.number().int(),
  }),
  /** Owners of the businesses served who are women, and who are 16–30 at the period's end. */
  womenOwners: share,
  youthOwners: share,
  womenParticipants: share,
  youthParticipants: share,
  /** A consultation counts once in each of its areas. */
  byArea: z.array(z.object({ area: z.enum(SERVICE_AREAS), ...countHours })),
  byChannel: z.array(z.object({ channel: z.enum(CONSULTATION_CHANNELS), ...countHours })),
  byRegency: z.array(
    z.object({ regencyCode: z.string().nullable(), regencyName: z.string().nullable(), ...countHours, participants: z.number().int() }),
  ),
  byConsultant: z.array(z.object({ consultantId: z.string(), consultantName: z.string(), ...countHours })),
});
export type ActivityReport = z.infer<typeof activityReportDto>;

export const impactReportDto = z.object({
  from: z.string(),
  to: z.string(),
  regencyCode: z.string().nullable(),
  /** Distinct businesses with at least one milestone dated in the period. */
  businesses: z.number().int(),
  milestones: z.number().int(),
  businessesStarted: z.number().int(),
  /** Of those, started by a training's participant (credited to a training). */
  startedFromTraining: z.number().int(),
  jobsCreated: z.object({ men: z.number().int(), women: z.number().int() }),
  jobsKept: z.object({ men: z.number().int(), women: z.number().int() }),
  sales: z.object({ count: z.number().int(), before: z.number(), after: z.number(), increase: z.number() }),
  capital: z.array(z.object({ source: z.enum(CAPITAL_SOURCES), count: z.number().int(), amount: z.number() })),
  permits: z.array(z.object({ kind: z.enum(PERMIT_KINDS), count: z.number().int() })),
  markets: z.array(z.object({ channel: z.enum(SALES_CHANNELS), count: z.number().int() })),
  /** Milestones credited to a consultation, to a training, and with an evidence note. */
  credited: z.object({ consultation: z.number().int(), training: z.number().int(), withEvidence: z.number().int() }),
});
export type ImpactReport = z.infer<typeof impactReportDto>;

export const dashboardQuery = z
  .object({ from: isoDate, to: isoDate, regencyCode: reportFilter.regencyCode })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'v.rangeReversed', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < DASHBOARD_MAX_DAYS, { message: 'v.periodRange', path: ['from'] });

export const dashboardDto = z.object({
  from: z.string(),
  to: z.string(),
  /** One entry per calendar month in the range, consultations counted once per area. */
  consultationsByMonth: z.array(
    z.object({ month: z.string(), total: z.number().int(), areas: z.record(z.enum(SERVICE_AREAS), z.number().int()) }),
  ),
  businessesByRegency: z.array(z.object({ regencyCode: z.string().nullable(), regencyName: z.string().nullable(), businesses: z.number().int() })),
  /** Now, not in the range. */
  followUps: z.object({ open: z.number().int(), overdue: z.number().int(), today: z.number().int() }),
  trainings: z.object({ trainings: z.number().int(), participants: z.number().int(), attended: z.number().int(), prospects: z.number().int(), converted: z.number().int() }),
  impact: z.object({
    businessesStarted: z.number().int(),
    jobsCreated: z.number().int(),
    jobsKept: z.number().int(),
    salesIncrease: z.number(),
    capitalAmount: z.number(),
    permits: z.number().int(),
    markets: z.number().int(),
  }),
  totals: z.object({ consultations: z.number().int(), contactMinutes: z.number().int(), businessesServed: z.number().int() }),
});
export type Dashboard = z.infer<typeof dashboardDto>;

export const DATA_CHECK_KINDS = [
  'consultation_zero_minutes',
  'consultation_no_area',
  'milestone_no_evidence',
  'participant_no_gender',
] as const;
export type DataCheckKind = (typeof DATA_CHECK_KINDS)[number];

export const dataCheckItemDto = z.object({
  kind: z.enum(DATA_CHECK_KINDS),
  /** The record to fix, and the in-app route that opens it. */
  id: z.string(),
  route: z.string(),
  /** What to show: the consultation number, the business or the participant's name. */
  label: z.string(),
  /** The business or training it belongs to. */
  context: z.string().nullable(),
  date: z.string().nullable(),
});
export type DataCheckItem = z.infer<typeof dataCheckItemDto>;

export const dataChecksDto = z.object({
  from: z.string(),
  to: z.string(),
  checks: z.array(z.object({ kind: z.enum(DATA_CHECK_KINDS), count: z.number().int(), items: z.array(dataCheckItemDto) })),
});
export type DataChecks = z.infer<typeof dataChecksDto>;

export const reportsContract = {
  'reports:dashboard': channel({ input: dashboardQuery, output: dashboardDto }),
  'reports:activity': channel({ input: reportQuery, output: activityReportDto }),
  'reports:impact': channel({ input: reportQuery, output: impactReportDto }),
  /** Problems to fix before reporting the period, each with a link to the record. */
  'reports:dataChecks': channel({ input: reportQuery, output: dataChecksDto }),
  /** The report as an A4 document, printed or saved as PDF through the printing port. */
  'reports:print': channel({
    input: z.object({ ...reportFilter, kind: z.enum(REPORT_KINDS), target: z.enum(PRINT_TARGETS) }).strict(),
    output: printResultDto,
  }),
  /** The report as an XLSX workbook, saved where the consultant chooses. */
  'reports:exportXlsx': channel({
    input: z.object({ ...reportFilter, kind: z.enum(REPORT_KINDS) }).strict(),
    output: z.object({ status: z.enum(['saved', 'cancelled']), path: z.string().nullable() }),
  }),
};


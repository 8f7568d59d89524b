import type { LEGAL_FORMS, BUSINESS_STATUSES, SALES_CHANNELS, GENDERS, SCALES } from '../contract/businesses';
import type { CONSULTATION_CHANNELS, SERVICE_AREAS, REFERRAL_KINDS } from '../contract/consultations';
import type { ASSIGNEES, FOLLOW_UP_STATUSES } from '../contract/follow-ups';
import type { MILESTONE_KINDS, JOB_KINDS, CAPITAL_SOURCES, PERMIT_KINDS } from '../contract/impact';
import type { TRAINING_TOPICS, FUNDING_SOURCES } from '../contract/trainings';

type Words<T extends readonly string[]> = Record<T[number], string>;

/**
 * The words for every code the records store, in one language. Each map is keyed by the contract's
 * own list, so a code added to the contract without words does not compile.
 */
export interface Labels {
  legalForms: Words<typeof LEGAL_FORMS>;
  businessStatuses: Words<typeof BUSINESS_STATUSES>;
  salesChannels: Words<typeof SALES_CHANNELS>;
  genders: Words<typeof GENDERS>;
  /** `unknown`: no capital or sales figure yet. */
  scales: Words<typeof SCALES> & { unknown: string };
  consultationChannels: Words<typeof CONSULTATION_CHANNELS>;
  serviceAreas: Words<typeof SERVICE_AREAS>;
  referralKinds: Words<typeof REFERRAL_KINDS>;
  assignees: Words<typeof ASSIGNEES>;
  /** The stored statuses plus the two a list derives (`snoozed`, `overdue`). */
  followUpStatuses: Words<typeof FOLLOW_UP_STATUSES> & { snoozed: string; overdue: string };
  milestoneKinds: Words<typeof MILESTONE_KINDS>;
  jobKinds: Words<typeof JOB_KINDS>;
  capitalSources: Words<typeof CAPITAL_SOURCES>;
  permitKinds: Words<typeof PERMIT_KINDS>;
  trainingTopics: Words<typeof TRAINING_TOPICS>;
  fundingSources: Words<typeof FUNDING_SOURCES>;
}

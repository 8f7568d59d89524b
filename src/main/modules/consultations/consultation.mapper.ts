import {
  CONSULTATION_CHANNELS,
  SERVICE_AREAS,
  type ConsultationSummary,
  type ConsultationValues,
} from '../../../shared/contract';
import type { ConsultationRow } from './consultation.entity';

const oneOf = <T extends string>(list: readonly T[], v: string | null | undefined): T | null =>
  v != null && (list as readonly string[]).includes(v) ? (v as T) : null;

export function parseJson<T>(json: string | null, fallback: T): T {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

export function serviceAreasOf(json: string): ConsultationSummary['serviceAreas'] {
  return parseJson<unknown[]>(json, []).filter((a): a is (typeof SERVICE_AREAS)[number] => oneOf(SERVICE_AREAS, a as string) !== null);
}

/** `KB/SMD1/2026/11/0042`: desk code, year and month of the consultation, sequence per desk per month. */
export function consultationNumber(deskCode: string, period: string, seq: number): string {
  const [year, month] = period.split('-');
  return `KB/${deskCode}/${year}/${month}/${String(seq).padStart(4, '0')}`;
}

/** The finalised values as the form knows them, from the row's columns and its consultants in order. */
export function valuesOf(row: ConsultationRow, consultantIds: string[]): ConsultationValues {
  return {
    businessId: row.businessId ?? '',
    consultantIds,
    date: row.consultationDate ?? '',
    startTime: row.startTime ?? '',
    contactMinutes: row.contactMinutes ?? 0,
    prepMinutes: row.prepMinutes ?? 0,
    channel: oneOf(CONSULTATION_CHANNELS, row.channel) ?? 'datang_langsung',
    serviceAreas: serviceAreasOf(row.serviceAreas),
    complaint: row.complaint ?? '',
    diagnosis: row.diagnosis,
    advice: row.advice ?? '',
    referrals: parseJson<ConsultationValues['referrals']>(row.referrals, []),
    actionItems: parseJson<ConsultationValues['actionItems']>(row.actionItems, []),
  };
}

/** Top-level fields whose values differ between two snapshots (in the form's field order). */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  if (!before) return [];
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

export interface SummaryRaw {
  id: string;
  status: string;
  number: string | null;
  version: number;
  consultation_date: string | null;
  start_time: string | null;
  business_id: string | null;
  business_name: string | null;
  regency_name: string | null;
  consultant_names: string | null;
  channel: string | null;
  service_areas: string;
  contact_minutes: number | null;
  open_follow_ups: number;
  updated_at: string;
}

export function toSummary(r: SummaryRaw): ConsultationSummary {
  return {
    id: r.id,
    status: r.status === 'final' ? 'final' : 'draft',
    number: r.number,
    version: r.version,
    date: r.consultation_date,
    startTime: r.start_time,
    businessId: r.business_id,
    businessName: r.business_name,
    regencyName: r.regency_name,
    consultantNames: parseJson<string[]>(r.consultant_names, []),
    channel: oneOf(CONSULTATION_CHANNELS, r.channel),
    serviceAreas: serviceAreasOf(r.service_areas),
    contactMinutes: r.contact_minutes,
    openFollowUps: r.open_follow_ups,
    updatedAt: r.updated_at,
  };
}

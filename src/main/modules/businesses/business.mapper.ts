import type { BusinessDetail, BusinessSummary } from '../../../shared/contract';
import { BUSINESS_STATUSES, GENDERS, LEGAL_FORMS, PERMIT_WARNING_DAYS, SALES_CHANNELS, SCALES } from '../../../shared/contract';
import { classifyScale } from '../../../shared/domain/scale';
import { addDays } from '../../../shared/domain/dates';
import { maskNik } from '../../../shared/domain/nik';
import type { BusinessRow } from './business.entity';

type Names = { provinceName: string | null; regencyName: string | null; districtName: string | null; villageName: string | null };

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

/** `+6281234567890` -> `0812-••••-7890`: enough to recognise, not enough to call. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const local = phone.startsWith('+62') ? `0${phone.slice(3)}` : phone;
  return `${local.slice(0, 4)}-••••-${local.slice(-4)}`;
}

export function permitState(number: string | null, expiresAt: string | null, today: string) {
  if (!number) return 'none' as const;
  if (!expiresAt) return 'no_expiry' as const;
  if (expiresAt < today) return 'expired' as const;
  if (expiresAt <= addDays(today, PERMIT_WARNING_DAYS)) return 'expiring' as const;
  return 'valid' as const;
}

export function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function toDetail(row: BusinessRow, names: Names, today: string, updatedByName: string | null, restrictedAt: string | null = null): BusinessDetail {
  const scale = classifyScale({ modal: row.modalUsaha, sales: row.annualSales });
  return {
    id: row.id,
    name: row.name,
    brand: row.brand,
    ownerName: row.ownerName,
    ownerNikMasked: row.ownerNik ? maskNik(row.ownerNik) : null,
    ownerGender: oneOf(GENDERS, row.ownerGender),
    ownerBirthDate: row.ownerBirthDate,
    ownerPhone: row.ownerPhone,
    ownerPhoneIsWhatsapp: Boolean(row.ownerPhoneIsWhatsapp),
    ownerEmail: row.ownerEmail,
    address: row.address,
    provinceCode: row.provinceCode,
    regencyCode: row.regencyCode,
    districtCode: row.districtCode,
    villageCode: row.villageCode,
    ...names,
    kbliCode: row.kbliCode,
    sectorText: row.sectorText,
    products: row.products,
    yearStarted: row.yearStarted,
    legalForm: oneOf(LEGAL_FORMS, row.legalForm),
    status: oneOf(BUSINESS_STATUSES, row.status) ?? 'aktif',
    nib: row.nib,
    pirtNumber: row.pirtNumber,
    pirtIssuedAt: row.pirtIssuedAt,
    pirtExpiresAt: row.pirtExpiresAt,
    halalNumber: row.halalNumber,
    halalIssuedAt: row.halalIssuedAt,
    halalExpiresAt: row.halalExpiresAt,
    bpomNumber: row.bpomNumber,
    merekNumber: row.merekNumber,
    employeesMale: row.employeesMale,
    employeesFemale: row.employeesFemale,
    modalUsaha: row.modalUsaha,
    annualSales: row.annualSales,
    salesChannels: parseList(row.salesChannels).filter((c) => (SALES_CHANNELS as readonly string[]).includes(c)) as BusinessDetail['salesChannels'],
    tags: parseList(row.tags),
    notes: row.notes,
    scale: scale.scale,
    scaleReasons: scale.reasons,
    pirtState: permitState(row.pirtNumber, row.pirtExpiresAt, today),
    halalState: permitState(row.halalNumber, row.halalExpiresAt, today),
    mergedIntoId: row.mergedIntoId,
    personalDataErasedAt: row.personalDataErasedAt,
    restrictedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedByName,
    deletedAt: row.deletedAt,
  };
}

export interface SummaryRaw {
  id: string;
  name: string;
  brand: string | null;
  owner_name: string | null;
  owner_phone: string | null;
  regency_name: string | null;
  district_name: string | null;
  kbli_code: string | null;
  scale: string | null;
  status: string;
  nib: string | null;
  updated_at: string;
  deleted_at: string | null;
}

export function toSummary(r: SummaryRaw): BusinessSummary {
  return {
    id: r.id,
    name: r.name,
    brand: r.brand,
    ownerName: r.owner_name,
    ownerPhoneMasked: maskPhone(r.owner_phone),
    regencyName: r.regency_name,
    districtName: r.district_name,
    kbliCode: r.kbli_code,
    scale: oneOf(SCALES, r.scale),
    status: oneOf(BUSINESS_STATUSES, r.status) ?? 'aktif',
    nib: r.nib,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

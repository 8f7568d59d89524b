import type { TFunction } from 'i18next';
import type { BusinessDetail, MERGEABLE_FIELDS } from '../../../../../shared/contract';
import { kbliLabel } from '../../../../../shared/domain/kbli';
import { formatPhoneLocal } from '../../../../../shared/validation/fields';
import { formatDay, formatNumber, formatRupiah } from '../../../lib/format';

export type ProfileField = (typeof MERGEABLE_FIELDS)[number];

const DATES = new Set<ProfileField>(['ownerBirthDate', 'pirtIssuedAt', 'pirtExpiresAt', 'halalIssuedAt', 'halalExpiresAt']);
const MONEY = new Set<ProfileField>(['modalUsaha', 'annualSales']);
const REGION_NAMES = {
  provinceCode: 'provinceName',
  regencyCode: 'regencyName',
  districtCode: 'districtName',
  villageCode: 'villageName',
} as const satisfies Partial<Record<ProfileField, keyof BusinessDetail>>;

/** A stored field as a person reads it (names for codes, Rupiah, dd/mm/yyyy); null when empty. */
export function displayField(t: TFunction, field: ProfileField, d: BusinessDetail): string | null {
  if (field === 'ownerNik') return d.ownerNikMasked;
  const value = d[field];
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return field === 'salesChannels' ? value.map((c) => t(`businesses.channels.${c}`)).join(', ') : value.join(', ');
  }
  if (typeof value === 'boolean') return value ? t('businesses.detail.yes') : t('businesses.detail.no');
  if (typeof value === 'number') return MONEY.has(field) ? formatRupiah(value) : field === 'yearStarted' ? String(value) : formatNumber(value);
  if (field in REGION_NAMES) return d[REGION_NAMES[field as keyof typeof REGION_NAMES]] ?? value;
  if (DATES.has(field)) return formatDay(value);
  switch (field) {
    case 'status':
      return t(`businesses.statuses.${value}`);
    case 'legalForm':
      return t(`businesses.legalForms.${value}`);
    case 'ownerGender':
      return t(`businesses.genders.${value}`);
    case 'kbliCode':
      return kbliLabel(value);
    case 'ownerPhone':
      return formatPhoneLocal(value);
    default:
      return value;
  }
}

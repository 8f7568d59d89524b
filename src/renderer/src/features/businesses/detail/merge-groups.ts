import type { TFunction } from 'i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { displayField, type ProfileField } from './field-display';

/**
 * What the merge table offers, one choice per row. Fields that must agree with each other travel
 * together: the region chain, a permit's number and dates, the NIK with the gender and birth date
 * it encodes, the phone with its WhatsApp flag. Taking them one by one could mix two profiles into
 * a record the rules refuse.
 */
export interface MergeGroup {
  key: string;
  /** i18n key under businesses.fields */
  label: string;
  fields: ProfileField[];
}

const single = (field: ProfileField): MergeGroup => ({ key: field, label: field, fields: [field] });

export const MERGE_GROUPS: MergeGroup[] = [
  ...(['name', 'brand', 'products', 'status', 'legalForm', 'yearStarted', 'kbliCode', 'sectorText', 'salesChannels', 'tags', 'ownerName'] as const).map(
    single,
  ),
  { key: 'owner', label: 'owner', fields: ['ownerNik', 'ownerGender', 'ownerBirthDate'] },
  { key: 'ownerPhone', label: 'ownerPhone', fields: ['ownerPhone', 'ownerPhoneIsWhatsapp'] },
  single('ownerEmail'),
  single('address'),
  { key: 'region', label: 'region', fields: ['provinceCode', 'regencyCode', 'districtCode', 'villageCode'] },
  single('nib'),
  { key: 'pirt', label: 'pirt', fields: ['pirtNumber', 'pirtIssuedAt', 'pirtExpiresAt'] },
  { key: 'halal', label: 'halal', fields: ['halalNumber', 'halalIssuedAt', 'halalExpiresAt'] },
  ...(['bpomNumber', 'merekNumber', 'employeesMale', 'employeesFemale', 'modalUsaha', 'annualSales', 'notes'] as const).map(single),
];

/** A group's value as lines ("Kecamatan: Sungai Kunjang"); empty when every field is empty. */
export function groupLines(t: TFunction, group: MergeGroup, d: BusinessDetail): string[] {
  if (group.fields.length === 1) {
    const value = displayField(t, group.fields[0] as ProfileField, d);
    return value ? [value] : [];
  }
  if (group.key === 'ownerPhone') {
    const phone = displayField(t, 'ownerPhone', d);
    return phone ? [`${phone}${d.ownerPhoneIsWhatsapp ? ` (${t('businesses.detail.whatsapp')})` : ''}`] : [];
  }
  return group.fields.flatMap((f) => {
    const value = displayField(t, f, d);
    return value ? [`${t(`businesses.fields.${f}`)}: ${value}`] : [];
  });
}

export type Choice = 'this' | 'other';

export interface MergeRow {
  group: MergeGroup;
  mine: string[];
  theirs: string[];
}

/** The groups whose values differ between the two profiles. */
export function differingRows(t: TFunction, mine: BusinessDetail, theirs: BusinessDetail): MergeRow[] {
  return MERGE_GROUPS.map((group) => ({ group, mine: groupLines(t, group, mine), theirs: groupLines(t, group, theirs) })).filter(
    (row) => row.mine.join('\n') !== row.theirs.join('\n'),
  );
}

/** Keep this profile's value, unless it has none and the other one has. */
export function defaultChoice(row: MergeRow): Choice {
  return row.mine.length === 0 && row.theirs.length > 0 ? 'other' : 'this';
}

export function takeFromMerged(rows: MergeRow[], choices: Record<string, Choice>): ProfileField[] {
  return rows.filter((row) => (choices[row.group.key] ?? defaultChoice(row)) === 'other').flatMap((row) => row.group.fields);
}

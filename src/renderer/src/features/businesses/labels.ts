import type { TFunction } from 'i18next';
import {
  BUSINESS_SORTS,
  BUSINESS_STATUSES,
  GENDERS,
  LEGAL_FORMS,
  PERMIT_FILTERS,
  SALES_CHANNELS,
  SCALES,
} from '../../../../shared/contract';
import { KBLI_CATEGORIES } from '../../../../shared/domain/kbli';

export interface Option {
  value: string;
  label: string;
}

const options = (t: TFunction, values: readonly string[], prefix: string): Option[] =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

export const statusOptions = (t: TFunction) => options(t, BUSINESS_STATUSES, 'businesses.statuses');
export const legalFormOptions = (t: TFunction) => options(t, LEGAL_FORMS, 'businesses.legalForms');
export const channelOptions = (t: TFunction) => options(t, SALES_CHANNELS, 'businesses.channels');
export const genderOptions = (t: TFunction) => options(t, GENDERS, 'businesses.genders');
export const scaleOptions = (t: TFunction) => options(t, SCALES, 'businesses.scales');
export const permitFilterOptions = (t: TFunction) => options(t, PERMIT_FILTERS, 'businesses.permitFilters');
export const sortOptions = (t: TFunction) => options(t, BUSINESS_SORTS, 'businesses.list.sorts');

/** KBLI categories as `C — Industri Pengolahan`; the official titles are Indonesian in every UI language. */
export const kbliCategoryOptions = (): Option[] =>
  KBLI_CATEGORIES.map((c) => ({ value: c.letter, label: `${c.letter} — ${c.title}` }));

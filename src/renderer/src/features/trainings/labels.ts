import type { TFunction } from 'i18next';
import { FUNDING_SOURCES, IMPORT_FIELDS, TRAINING_TOPICS, type Training } from '../../../../shared/contract';

export interface Option {
  value: string;
  label: string;
}

export const topicOptions = (t: TFunction): Option[] => TRAINING_TOPICS.map((v) => ({ value: v, label: t(`trainings.topics.${v}`) }));
export const fundingOptions = (t: TFunction): Option[] => FUNDING_SOURCES.map((v) => ({ value: v, label: t(`trainings.funding.${v}`) }));
export const importFieldOptions = (t: TFunction): Option[] =>
  IMPORT_FIELDS.map((v) => ({ value: v, label: t(`trainings.import.fields.${v}`) }));

/** "Sablon", or the consultant's own words for `lainnya` ("Batik tulis"), with a refinement after a dash. */
export function topicLabel(t: TFunction, training: Pick<Training, 'topic' | 'topicText'>): string {
  if (training.topic === 'lainnya') return training.topicText ?? t('trainings.topics.lainnya');
  const base = t(`trainings.topics.${training.topic}`);
  return training.topicText ? `${base} — ${training.topicText}` : base;
}

/** Venue, kecamatan and kabupaten/kota, as far as they are known. */
export function placeLabel(training: Pick<Training, 'venue' | 'districtName' | 'regencyName'>): string | null {
  const parts = [training.venue, training.districtName, training.regencyName].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

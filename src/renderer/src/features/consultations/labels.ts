import type { TFunction } from 'i18next';
import { ASSIGNEES, CONSULTATION_CHANNELS, REFERRAL_KINDS, SERVICE_AREAS } from '../../../../shared/contract';

export interface Option {
  value: string;
  label: string;
}

const options = (t: TFunction, values: readonly string[], prefix: string): Option[] =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

export const channelOptions = (t: TFunction) => options(t, CONSULTATION_CHANNELS, 'consultations.channels');
export const areaOptions = (t: TFunction) => options(t, SERVICE_AREAS, 'consultations.areas');
export const referralOptions = (t: TFunction) => options(t, REFERRAL_KINDS, 'consultations.referralKinds');
export const assigneeOptions = (t: TFunction) => options(t, ASSIGNEES, 'consultations.assignees');

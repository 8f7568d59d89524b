import type { FUNDING_SOURCES, TRAINING_TOPICS, Training, TrainingInput } from '../../../../../shared/contract';

/**
 * What the training form edits: text inputs hold strings (blank is ''), selects and dates a value
 * or null, the capacity a number or '' (Mantine's empty NumberInput). `toTrainingInput` turns it
 * into the contract's input; the contract schema does the rest (trim, blank -> null).
 */
export interface TrainingFormValues {
  title: string;
  topic: (typeof TRAINING_TOPICS)[number] | null;
  topicText: string;
  startDate: string | null;
  endDate: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  venue: string;
  trainers: string[];
  organiser: string;
  fundingSource: (typeof FUNDING_SOURCES)[number] | null;
  fundingNote: string;
  capacity: number | '';
  notes: string;
}

/** A new training, held in the office's own kabupaten/kota unless said otherwise. */
export function emptyTrainingValues(regencyCode: string | null = null): TrainingFormValues {
  return {
    title: '',
    topic: null,
    topicText: '',
    startDate: null,
    endDate: null,
    regencyCode,
    districtCode: null,
    venue: '',
    trainers: [],
    organiser: '',
    fundingSource: null,
    fundingNote: '',
    capacity: '',
    notes: '',
  };
}

export function valuesFromTraining(d: Training): TrainingFormValues {
  return {
    title: d.title,
    topic: d.topic,
    topicText: d.topicText ?? '',
    startDate: d.startDate,
    endDate: d.endDate,
    regencyCode: d.regencyCode,
    districtCode: d.districtCode,
    venue: d.venue ?? '',
    trainers: d.trainers,
    organiser: d.organiser ?? '',
    fundingSource: d.fundingSource,
    fundingNote: d.fundingNote ?? '',
    capacity: d.capacity ?? '',
    notes: d.notes ?? '',
  };
}

/**
 * The contract's `training` from the form. A missing topic or date goes as null, which the schema
 * refuses as "Wajib diisi" (the form never sends it: it checks with the same schema first).
 */
export function toTrainingInput(v: TrainingFormValues): TrainingInput {
  return {
    ...v,
    topic: v.topic as TrainingInput['topic'],
    startDate: v.startDate as string,
    endDate: v.endDate as string,
    capacity: v.capacity === '' ? null : v.capacity,
  };
}

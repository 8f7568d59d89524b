import { fullYearsBetween } from './dates';

/** Age below which a person's data is children's data (UU PDP art. 4 and 25). */
export const CHILD_AGE = 18;

/**
 * What is kept of a child without a parent's or guardian's consent: name, age and attendance.
 * Every other participant field is refused by the form and dropped by the sheet import.
 */
export const CHILD_WITHHELD_FIELDS = ['phone', 'gender', 'regencyCode', 'businessName', 'businessId', 'notes'] as const;
export type ChildWithheldField = (typeof CHILD_WITHHELD_FIELDS)[number];

export interface ChildFacts {
  birthDate: string | null;
  /** The age as told at the training, when the birth date is not known. */
  age: number | null;
  /** The training's first day: the day a told age was true. */
  startDate: string;
}

/** Age on the office's `today`: from the birth date when known, else the told age plus the years since the training. */
export function ageOn(f: ChildFacts, today: string): number | null {
  if (f.birthDate) return fullYearsBetween(f.birthDate, today);
  if (f.age === null) return null;
  return f.age + Math.max(0, fullYearsBetween(f.startDate, today));
}

/** Under 18 on the office's today. Unknown age counts as an adult: nothing says otherwise. */
export function isChildOn(f: ChildFacts, today: string): boolean {
  const age = ageOn(f, today);
  return age !== null && age < CHILD_AGE;
}

/** A parent's or guardian's consent is recorded: their name, and a consent date not after today. */
export function hasGuardianConsent(v: { guardianName: string | null; guardianConsentDate: string | null }, today: string): boolean {
  return Boolean(v.guardianName?.trim()) && Boolean(v.guardianConsentDate) && (v.guardianConsentDate as string) <= today;
}

type WithheldValues = { [K in ChildWithheldField]: unknown } & { hasBusiness: boolean };

/** The withheld fields a child's values carry (filled in, or a business link). */
export function withheldFieldsFilled(v: WithheldValues): ChildWithheldField[] {
  return CHILD_WITHHELD_FIELDS.filter((f) => {
    const value = v[f];
    return value !== null && value !== undefined && value !== '';
  });
}

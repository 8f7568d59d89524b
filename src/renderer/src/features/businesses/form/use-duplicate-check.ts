import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import type { DuplicateCandidate, Input } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import type { BusinessFormValues } from './form-values';
import type { BusinessForm } from './types';

export type DuplicateProbe = Input<'businesses:checkDuplicates'>;

const PROBE_FIELDS = ['name', 'ownerName', 'ownerNik', 'nib', 'ownerPhone'] as const;
/** Where the business is: the same kecamatan backs a look-alike name, another province weighs against it. */
const PLACE_FIELDS = ['provinceCode', 'regencyCode', 'districtCode', 'villageCode'] as const;

/** What was typed into the identifying fields, as typed, and the region chosen; empty ones are left out. */
export function probeOf(values: BusinessFormValues): DuplicateProbe {
  const probe: Record<string, string> = {};
  for (const field of PROBE_FIELDS) {
    const value = values[field].trim();
    if (value) probe[field] = value;
  }
  for (const field of PLACE_FIELDS) {
    const value = values[field];
    if (value) probe[field] = value;
  }
  return probe;
}

/** Fewer than three characters anywhere match too much to be worth a look; a region alone finds nothing. */
function worthChecking(probe: DuplicateProbe): boolean {
  return PROBE_FIELDS.some((field) => (probe[field]?.length ?? 0) >= 3);
}

const DEBOUNCE_MS = 400;
const NONE: DuplicateCandidate[] = [];

/**
 * Asks main for look-alike profiles while the consultant types, 400 ms after the last keystroke
 * in name, owner, NIK, NIB or phone. The previous answer stays on screen until the next one
 * arrives; an answer for values that have since changed is dropped.
 */
export function useDuplicateCheck(form: BusinessForm, enabled = true) {
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>(NONE);
  const [checking, setChecking] = useState(false);

  const ask = useCallback(
    (probe: DuplicateProbe) =>
      call('businesses:checkDuplicates', probe).then((found) => {
        const stillCurrent = JSON.stringify(probeOf(form.getValues())) === JSON.stringify(probe);
        if (stillCurrent) {
          setCandidates(found);
          setChecking(false);
        }
        return found;
      }),
    [form],
  );
  // A failed check must not get in the way of typing; the save checks again anyway.
  const later = useDebouncedCallback((probe: DuplicateProbe) => void ask(probe).catch(() => setChecking(false)), DEBOUNCE_MS);

  const typed = useCallback(() => {
    if (!enabled) return;
    const probe = probeOf(form.getValues());
    if (!worthChecking(probe)) {
      later.cancel();
      setCandidates(NONE);
      setChecking(false);
      return;
    }
    setChecking(true);
    later(probe);
  }, [enabled, form, later]);

  form.watch('name', typed);
  form.watch('ownerName', typed);
  form.watch('ownerNik', typed);
  form.watch('nib', typed);
  form.watch('ownerPhone', typed);
  form.watch('districtCode', typed);
  form.watch('villageCode', typed);

  /** Checks at once (after main refused a save as DUPLICATE). */
  const checkNow = useCallback(
    (probe: DuplicateProbe) => {
      later.cancel();
      return ask(probe);
    },
    [ask, later],
  );

  return { candidates, checking, checkNow };
}

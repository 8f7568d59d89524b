import type { KeyboardEvent } from 'react';

/** Inputs where Enter means "press this", not "I am done typing". */
const PRESSABLE = new Set(['submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file']);

/**
 * A form's `onKeyDown`: Enter in a single-line field does not submit a form of many fields (a
 * consultant half-way through would save or finalise by accident). A textarea still makes a new
 * line, and a field that uses Enter itself (a select's open list, tags) has already handled it.
 */
export function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (target instanceof HTMLInputElement && !PRESSABLE.has(target.type)) event.preventDefault();
}

import type { UseFormReturnType } from '@mantine/form';
import type { BusinessFormValues } from './form-values';

/**
 * The profile form runs in Mantine's uncontrolled mode: typing in one field re-renders nothing
 * else. Inputs take `key={form.key(path)}` and `getInputProps(path)`; the few places that show a
 * live value (scale, totals, cascading regions) subscribe to just that field with `useWatchValue`.
 */
export type BusinessForm = UseFormReturnType<BusinessFormValues>;

type Path = keyof BusinessFormValues;

/** Props for an input shown from a watched value (controlled) inside the uncontrolled form. */
export function watchedInputProps<P extends Path>(form: BusinessForm, path: P, value: BusinessFormValues[P]) {
  const { defaultValue: _unused, ...props } = form.getInputProps(path);
  return { ...props, value };
}

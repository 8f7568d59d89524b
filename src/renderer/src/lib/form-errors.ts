import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import { issuesToFields } from '../../../shared/validation/issues';
import { i18n } from '../app/i18n';
import { toApiError } from './api';
import { notifyError } from './notify';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const defaultTranslate: Translate = (key, options) => i18n.t(key, options ?? {});

/** A field issue (`{ key: 'v.tooLong', params: { max: 200 } }`) as a sentence in the UI language. */
export function translateIssue(issue: FieldIssue, t: Translate = defaultTranslate): string {
  const fallback = t('v.invalid');
  const general = t(issue.key, { ...issue.params, defaultValue: fallback });
  // An issue with a `reason` (v.nik: length | region | date | serial) may have a sharper sentence.
  const reason = issue.params?.reason;
  if (reason === undefined) return general;
  return t(`${issue.key}_${String(reason)}`, { ...issue.params, defaultValue: general });
}

/** Translates a whole field map, keeping the dotted paths Mantine's form uses too. */
export function fieldErrors(fields: Record<string, FieldIssue>, t: Translate = defaultTranslate): FormErrors {
  const out: FormErrors = {};
  for (const [path, issue] of Object.entries(fields)) out[path] = translateIssue(issue, t);
  return out;
}

/**
 * A Mantine `validate` function from a contract schema: the same zod schema main uses,
 * turned into translated field errors through the shared `issuesToFields`.
 */
export function schemaValidator(schema: z.ZodType, t: Translate = defaultTranslate): (values: unknown) => FormErrors {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success ? {} : fieldErrors(issuesToFields(result.error.issues), t);
  };
}

/** The slice of a Mantine form this module needs (method syntax keeps it assignable). */
export interface FormLike {
  getValues(): unknown;
  setFieldError(path: string, error: React.ReactNode): void;
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * Puts each server field issue on the form field with the same dotted path. Returns the issues
 * that have no field on this form, so the caller can show them another way.
 */
export function applyFieldErrors(
  form: FormLike,
  fields: Record<string, FieldIssue> | undefined,
  t: Translate = defaultTranslate,
): Record<string, FieldIssue> {
  const unplaced: Record<string, FieldIssue> = {};
  const values = form.getValues();
  for (const [path, issue] of Object.entries(fields ?? {})) {
    if (hasPath(values, path)) form.setFieldError(path, translateIssue(issue, t));
    else unplaced[path] = issue;
  }
  return unplaced;
}

/**
 * The one way a form handles a failed save: field issues go onto their fields; a notification
 * explains the rest (an error without fields, or issues with no field on this form).
 */
export function handleFormError(
  form: FormLike,
  err: unknown,
  { t = defaultTranslate, root }: { t?: Translate; root?: HTMLElement | null } = {},
): void {
  const error = toApiError(err);
  const unplaced = applyFieldErrors(form, error.fields, t);
  if (root) focusFirstInvalid(root);
  // When every issue sits on its field, the field says it all; a notification would repeat it.
  const placedAll = error.fields !== undefined && Object.keys(error.fields).length > 0 && Object.keys(unplaced).length === 0;
  if (placedAll) return;
  const extra = Object.values(unplaced).map((issue) => translateIssue(issue, t));
  notifyError(error, extra);
}

/**
 * Moves focus (and so the scroll position) to the first field marked invalid inside `root`, once
 * React has rendered the errors: a long form's problem may be out of sight.
 */
export function focusFirstInvalid(root: HTMLElement | null | undefined): void {
  if (!root) return;
  setTimeout(() => {
    const field = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.focus({ preventScroll: true });
    // The whole field, label and message included, comes into view (above a sticky save bar,
    // through the page's scroll-padding), not just the input box.
    const whole = field.closest<HTMLElement>('.mantine-InputWrapper-root') ?? field;
    whole.scrollIntoView?.({ block: 'nearest' });
  }, 0);
}

/** The form element a submit event came from, for `focusFirstInvalid`. */
export function formOf(event: { currentTarget?: EventTarget | null } | undefined): HTMLElement | null {
  const target = event?.currentTarget;
  return target instanceof HTMLElement ? target : null;
}

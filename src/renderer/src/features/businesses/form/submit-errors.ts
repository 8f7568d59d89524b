import { ApiError, toApiError } from '../../../lib/api';

/**
 * Main answers create/update issues on `profile.<field>` (the input's own path); the form's fields
 * are top-level. Issues come back keyed as the form knows them.
 */
export function onFormFields(err: unknown): ApiError {
  const error = toApiError(err);
  if (!error.fields) return error;
  const fields = Object.fromEntries(Object.entries(error.fields).map(([path, issue]) => [path.replace(/^profile\./, ''), issue]));
  return new ApiError(error.code, error.message, fields);
}

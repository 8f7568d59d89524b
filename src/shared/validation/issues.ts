import type { z } from 'zod';
import type { FieldIssue } from '../errors';

/**
 * Schemas carry i18n keys as their messages (`v.required`, `v.nip`, ...). Issues that come from
 * zod's own checks (wrong type, too long) are mapped to generic keys here, so every field error
 * that reaches a screen can be translated.
 */
export function issueToField(issue: z.core.$ZodIssue): FieldIssue {
  if (issue.message.startsWith('v.')) {
    const params = (issue as { params?: Record<string, string | number> }).params;
    return params ? { key: issue.message, params } : { key: issue.message };
  }
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'v.tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'v.tooBig', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'v.required' };
      return issue.origin === 'string'
        ? { key: 'v.tooShort', params: { min: Number(issue.minimum) } }
        : { key: 'v.tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { key: 'v.required' }
        : { key: 'v.invalidType' };
    case 'invalid_value':
      return { key: 'v.invalidChoice' };
    case 'invalid_format':
      return { key: 'v.invalidFormat' };
    case 'unrecognized_keys':
      return { key: 'v.unknownField' };
    default:
      return { key: 'v.invalid' };
  }
}

/** Flattens zod issues to one issue per dotted path (the first one wins). */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, FieldIssue> {
  const fields: Record<string, FieldIssue> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[path === '_' ? key : `${path}.${key}`] ??= issueToField(issue);
      continue;
    }
    fields[path] ??= issueToField(issue);
  }
  return fields;
}

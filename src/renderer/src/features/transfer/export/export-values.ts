import {
  PASSWORD_MIN,
  type ExportContent,
  type ExportInput,
  type ExportScope,
} from '../../../../../shared/contract';

export type ScopeKind = ExportScope['kind'];
export type CsvSeparator = ';' | ',';
/**
 * office: the data package for this office's own desks (locked with the office key, in full);
 * outside: files for people to read (XLSX/CSV/PDF), personal data masked unless chosen otherwise.
 */
export type Audience = 'office' | 'outside';
/**
 * What an export for outsiders may hold: files for people, and a data package for another office's
 * app, which always goes with a password (without one the office key would lock it).
 */
export const OUTSIDE_CONTENTS = ['xlsx', 'csv', 'pdf', 'package'] as const satisfies readonly ExportContent[];

/** What the wizard collects; `toExportInput` turns it into the contract's input. */
export interface ExportValues {
  targetDir: string;
  /** How the target was chosen, for the summary: a drive's label or null for a folder. */
  targetLabel: string | null;
  scopeKind: ScopeKind;
  from: string | null;
  to: string | null;
  regencies: string[];
  businesses: Array<{ id: string; name: string }>;
  audience: Audience;
  /** A package of only the changes this desk (by `transfer:peers` deskId) has not acknowledged; null: every record. */
  sinceDeskId: string | null;
  /** The files for outsiders (the office's package is its own audience). */
  contents: ExportContent[];
  csvSeparator: CsvSeparator;
  fullPersonalData: boolean;
  reason: string;
  encrypt: boolean;
  password: string;
  passwordConfirm: string;
}

export const initialExportValues: ExportValues = {
  targetDir: '',
  targetLabel: null,
  scopeKind: 'all',
  from: null,
  to: null,
  regencies: [],
  businesses: [],
  audience: 'office',
  sinceDeskId: null,
  contents: ['xlsx'],
  csvSeparator: ';',
  fullPersonalData: false,
  reason: '',
  encrypt: false,
  password: '',
  passwordConfirm: '',
};

export const EXPORT_STEPS = ['target', 'scope', 'contents', 'summary'] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];

/** An error as a catalogue key (`transfer.v.*`) with its parameters. */
export interface StepIssue {
  key: string;
  params?: Record<string, unknown>;
}

/** Full personal data always travels encrypted. */
export const encrypts = (v: ExportValues): boolean => v.audience === 'outside' && (v.fullPersonalData || v.encrypt || v.contents.includes('package'));

/** Why an export for outsiders must be encrypted (no switch then): full personal data, or a package for another office. */
export const encryptionForced = (v: ExportValues): 'full' | 'package' | null =>
  v.audience !== 'outside' ? null : v.fullPersonalData ? 'full' : v.contents.includes('package') ? 'package' : null;

/** The files the export will hold, in the contract's order. */
export const contentsOf = (v: ExportValues): ExportContent[] => (v.audience === 'office' ? ['package'] : v.contents);

/** The problems of one step, by field; an empty object lets the wizard go on. */
export function validateStep(step: ExportStep, v: ExportValues): Record<string, StepIssue> {
  const errors: Record<string, StepIssue> = {};
  if (step === 'target') {
    if (v.targetDir.trim() === '') errors['targetDir'] = { key: 'transfer.v.target' };
  }
  if (step === 'scope') {
    if (v.scopeKind === 'dateRange') {
      if (!v.from) errors['from'] = { key: 'transfer.v.from' };
      if (!v.to) errors['to'] = { key: 'transfer.v.to' };
      if (v.from && v.to && v.from > v.to) errors['to'] = { key: 'transfer.v.rangeReversed' };
    }
    if (v.scopeKind === 'regencies' && v.regencies.length === 0) errors['regencies'] = { key: 'transfer.v.regencies' };
    if (v.scopeKind === 'businesses' && v.businesses.length === 0) errors['businesses'] = { key: 'transfer.v.businesses' };
  }
  if (step === 'contents' && v.audience === 'office') {
    if (v.sinceDeskId && v.scopeKind !== 'all') errors['sinceDeskId'] = { key: 'transfer.audience.sinceNeedsAll' };
  }
  if (step === 'contents' && v.audience === 'outside') {
    if (contentsOf(v).length === 0) errors['contents'] = { key: 'transfer.v.contents' };
    if (v.fullPersonalData && v.reason.trim().length < 5) errors['reason'] = { key: 'transfer.v.reasonRequired' };
    if (encrypts(v)) {
      if (v.password === '') errors['password'] = { key: 'transfer.v.passwordRequired' };
      else if (v.password.length < PASSWORD_MIN) errors['password'] = { key: 'transfer.v.passwordShort', params: { min: PASSWORD_MIN } };
      if (v.password !== '' && v.passwordConfirm !== v.password) errors['passwordConfirm'] = { key: 'transfer.v.passwordMismatch' };
    }
  }
  return errors;
}

export function toScope(v: ExportValues): ExportScope {
  switch (v.scopeKind) {
    case 'dateRange':
      return { kind: 'dateRange', from: v.from ?? '', to: v.to ?? '' };
    case 'regencies':
      return { kind: 'regencies', codes: v.regencies };
    case 'businesses':
      return { kind: 'businesses', ids: v.businesses.map((b) => b.id) };
    default:
      return { kind: 'all' };
  }
}

export function toExportInput(v: ExportValues, jobId: string): ExportInput {
  const outside = v.audience === 'outside';
  return {
    jobId,
    targetDir: v.targetDir,
    scope: toScope(v),
    contents: contentsOf(v),
    csvSeparator: v.csvSeparator,
    // Between the office's desks the core locks the package with the office key and carries it in full.
    personalData: outside && v.fullPersonalData ? 'full' : 'masked',
    personalDataReason: outside && v.fullPersonalData ? v.reason.trim() : null,
    password: encrypts(v) ? v.password : null,
    since: !outside && v.sinceDeskId && v.scopeKind === 'all' ? { deskId: v.sinceDeskId } : null,
  };
}

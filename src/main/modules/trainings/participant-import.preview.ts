import type { ImportField, ParsedInput, ParticipantImportRow } from '../../../shared/contract';
import { IMPORT_FIELDS, participantFields } from '../../../shared/contract/trainings';
import { isChildOn, withheldFieldsFilled } from '../../../shared/domain/children';
import { fullYearsBetween } from '../../../shared/domain/dates';
import { LIKELY_SAME_NAME, normalizeName, similarity } from '../../../shared/domain/names';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { issuesToFields } from '../../../shared/validation/issues';
import { todayIn, type CoreDeps } from '../../context';
import { maskPhone, type BusinessService } from '../businesses';
import { regionsAtLevel } from '../regions';
import type { SettingsService } from '../settings';
import { RegencyMatcher } from './import-regions';
import { cellText, cleanName, parseAge, parseDate, parseGender, parsePhone, parseYesNo, uniqueHeaders } from './import-values';
import { participantKeys } from './participant.queries';
import type { ParticipantValues } from './participant.store';
import { isBlankRow, type Cell, type SheetGrid } from './sheet-reader';
import { requireTraining } from './training.lookup';

/**
 * The preview side of a participants import: reads the mapped sheet's rows, validates them and
 * compares them with the training's participants and the business profiles. It writes nothing.
 */

type Mapping = Record<string, ImportField | null>;
export type MappingInput = ParsedInput<'participants:importPreview'>;

/** Likely profiles offered per row. */
const MATCHES_MAX = 5;

/** A previewed row with the values it would be inserted with (phone in full). */
export interface PlannedRow {
  dto: ParticipantImportRow;
  values: ParticipantValues | null;
  /** A minor: only name, age and attendance come in, never a link to a profile. */
  child?: boolean;
}

/** What planning needs besides the sheet and the mapping. */
export interface PlanContext {
  deps: CoreDeps;
  settings: SettingsService;
  businesses: BusinessService;
}

export function invalid(fields: Record<string, FieldIssue>): AppError {
  return new AppError('VALIDATION', 'common.invalidInput', { fields });
}

/** Turns a read sheet into its header and data rows: the header is the first row with anything in it. */
export function frame(grid: SheetGrid): { headers: string[]; data: Cell[][] } {
  const headerIndex = grid.rows.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) return { headers: [], data: [] };
  const rows = grid.rows.slice(headerIndex);
  let width = 0;
  for (const r of rows) {
    for (let c = r.length - 1; c >= width; c--) {
      if (cellText(r[c] ?? null) !== '') {
        width = c + 1;
        break;
      }
    }
  }
  const headers = uniqueHeaders(rows[0] ?? [], width);
  const data = rows.slice(1).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return { headers, data };
}

/** Every row of the mapped sheet with its state; never trusts anything but the token and the mapping. */
export async function planImport(
  ctx: PlanContext,
  s: { headers: string[]; data: Cell[][] },
  input: MappingInput,
  options: { matches: boolean } = { matches: true },
): Promise<PlannedRow[]> {
  const training = await requireTraining(ctx.deps.ds.manager, input.trainingId);
  const columns = columnsOf(s.headers, input.mapping);
  const settings = await ctx.settings.get();
  const today = todayIn(settings.office.timeZone, ctx.deps.clock);
  const regencies = new RegencyMatcher((level) => regionsAtLevel(ctx.deps.ds.manager, level), settings.office.provinceCode ?? null);
  const existing = await participantKeys(ctx.deps.ds.manager, input.trainingId);
  const existingKeys = existing.map((e) => ({ id: e.id, key: normalizeName(e.name), phone: e.phone, birthDate: e.birthDate }));

  const out: PlannedRow[] = [];
  const earlier: Array<{ row: number; key: string; phone: string | null; birthDate: string | null }> = [];
  for (const [i, cells] of s.data.entries()) {
    const row = i + 1;
    const planned = await readRow(row, cells, columns, { today, startDate: training.startDate, regencies });
    out.push(planned);
    const v = planned.values;
    if (!v) continue;
    const key = normalizeName(v.name);
    const already = existingKeys.find(
      (e) =>
        (v.phone !== null && e.phone === v.phone) ||
        (key.length > 0 && e.key === key && !(v.phone && e.phone && v.phone !== e.phone) && !(v.birthDate && e.birthDate && v.birthDate !== e.birthDate)),
    );
    const twin = earlier.find((e) => (v.phone !== null && e.phone === v.phone) || (key.length > 0 && v.birthDate !== null && e.key === key && e.birthDate === v.birthDate));
    if (already) {
      planned.dto.state = 'already_participant';
      planned.dto.duplicateOfParticipantId = already.id;
    } else if (twin) {
      planned.dto.state = 'duplicate_in_sheet';
      planned.dto.duplicateOfRow = twin.row;
    }
    earlier.push({ row, key, phone: v.phone, birthDate: v.birthDate });
    if (planned.dto.state === 'new' && options.matches && !planned.child) planned.dto.businessMatches = await businessMatches(ctx.businesses, v);
  }
  return out;
}

function columnsOf(headers: string[], mapping: Mapping): Map<ImportField, number[]> {
  const columns = new Map<ImportField, number[]>();
  const fields: Record<string, FieldIssue> = {};
  for (const [header, field] of Object.entries(mapping)) {
    if (field === null) continue;
    const at = headers.indexOf(header);
    if (at < 0) {
      fields[`mapping.${header}`] = { key: 'v.invalidChoice' };
      continue;
    }
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) continue;
    columns.set(field, [...(columns.get(field) ?? []), at].sort((a, b) => a - b));
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return columns;
}

async function readRow(
  row: number,
  cells: Cell[],
  columns: Map<ImportField, number[]>,
  ctx: { today: string; startDate: string; regencies: RegencyMatcher },
): Promise<PlannedRow> {
  const dto: ParticipantImportRow = {
    row,
    state: 'new',
    values: { name: null, gender: null, birthDate: null, age: null, phone: null, businessName: null, hasBusiness: false, regencyCode: null, notes: null },
    errors: [],
    notices: [],
    businessMatches: [],
    duplicateOfRow: null,
    duplicateOfParticipantId: null,
  };
  const cellsOf = (field: ImportField): Cell[] => (columns.get(field) ?? []).map((c) => cells[c] ?? null).filter((c) => cellText(c) !== '');
  const textOf = (field: ImportField, sep = ' '): string => cellsOf(field).map(cellText).join(sep);
  const mapped = [...columns.values()].flat();
  if (mapped.every((c) => cellText(cells[c] ?? null) === '')) {
    dto.state = 'blank';
    return { dto, values: null };
  }
  const errors: Record<string, string> = {};
  const fail = (field: string, key: string) => {
    errors[field] ??= key;
  };

  const whole = textOf('name');
  const name = cleanName(whole || [textOf('firstName'), textOf('lastName')].filter(Boolean).join(' '));
  const gender = parseGender(textOf('gender'));
  if (gender === 'invalid') fail('gender', 'v.invalidChoice');
  const birthDate = parseDate(cellsOf('birthDate')[0] ?? null, ctx.today);
  if (birthDate === 'invalid') fail('birthDate', 'v.date');
  else if (birthDate && birthDate > ctx.today) fail('birthDate', 'v.dateFuture');
  const statedAge = parseAge(cellsOf('age')[0] ?? null);
  if (statedAge === 'invalid') fail('age', 'v.wholeNumber');
  const phone = cellsOf('phone').map(parsePhone);
  const firstPhone = phone.find((p) => p !== null && p !== 'invalid') ?? null;
  if (firstPhone === null && phone.includes('invalid')) fail('phone', 'v.phone');
  const businessName = cleanName(textOf('businessName')) || null;
  const stated = parseYesNo(cellsOf('hasBusiness')[0] ?? null);
  if (stated === 'invalid') fail('hasBusiness', 'v.invalidChoice');
  const hasBusiness = typeof stated === 'boolean' ? stated : businessName !== null;
  const regencyText = textOf('regency');
  const regencyCode = regencyText ? await ctx.regencies.match(regencyText) : null;
  if (regencyText && !regencyCode) fail('regency', 'v.regencyUnknown');
  const notes = textOf('notes', '; ') || null;

  const knownBirth = typeof birthDate === 'string' && !errors['birthDate'] ? birthDate : null;
  let age: number | null = typeof statedAge === 'number' ? statedAge : null;
  if (knownBirth) {
    age = fullYearsBetween(knownBirth, ctx.startDate);
    if (age < 10 || age > 100) fail('birthDate', 'v.ageRange');
  }
  dto.values = {
    name: name || null,
    gender: gender === 'invalid' ? null : gender,
    birthDate: knownBirth,
    age,
    phone: maskPhone(firstPhone),
    businessName,
    hasBusiness,
    regencyCode,
    notes,
  };
  const parsed = participantFields.safeParse({
    name,
    gender: dto.values.gender,
    birthDate: knownBirth,
    age: knownBirth ? null : age,
    phone: firstPhone,
    regencyCode,
    hasBusiness,
    businessId: null,
    businessName,
    notes,
  });
  if (!parsed.success) for (const [field, issue] of Object.entries(issuesToFields(parsed.error.issues))) fail(field, issue.key);
  dto.errors = Object.entries(errors).map(([field, message]) => ({ field, message }));
  if (dto.errors.length > 0 || !parsed.success) {
    dto.state = 'invalid';
    return { dto, values: null };
  }
  return withholdChildData(dto, parsed.data, ctx);
}

/**
 * A sheet brings no guardian's consent: of a minor (on the office's today) only the name, the age and
 * later the attendance come in; every other value is left out, and the preview says which.
 */
function withholdChildData(dto: ParticipantImportRow, values: ParticipantValues, ctx: { today: string; startDate: string }): PlannedRow {
  const age = values.birthDate ? fullYearsBetween(values.birthDate, ctx.startDate) : values.age;
  if (!isChildOn({ birthDate: values.birthDate, age, startDate: ctx.startDate }, ctx.today)) return { dto, values };
  const left = withheldFieldsFilled(values);
  // Named as the sheet's columns are: the region column is `regency`; a profile link is no column.
  const notices: string[] = left.filter((f) => f !== 'businessId').map((f) => (f === 'regencyCode' ? 'regency' : f));
  if (values.birthDate) notices.push('birthDate');
  dto.notices = notices.map((field) => ({ field, message: 'v.childWithheld' }));
  const kept: ParticipantValues = {
    ...values,
    birthDate: null,
    age,
    phone: null,
    gender: null,
    regencyCode: null,
    businessName: null,
    businessId: null,
    hasBusiness: false,
    notes: null,
  };
  dto.values = { ...dto.values, birthDate: null, age, phone: null, gender: null, regencyCode: null, businessName: null, hasBusiness: false, notes: null };
  return { dto, values: kept, child: true };
}

/** Existing profiles this person probably runs: same owner phone, same owner name, or a like business name. */
async function businessMatches(businesses: BusinessService, v: ParticipantValues): Promise<ParticipantImportRow['businessMatches']> {
  const candidates = await businesses.findDuplicates({
    name: v.businessName ?? undefined,
    ownerName: v.name,
    ownerPhone: v.phone ?? undefined,
  });
  const key = normalizeName(v.name);
  const out: ParticipantImportRow['businessMatches'] = [];
  for (const c of candidates) {
    const ownerSame = c.ownerName !== null && (normalizeName(c.ownerName) === key || similarity(c.ownerName, v.name) >= LIKELY_SAME_NAME);
    const reason = c.reasons.includes('phone')
      ? 'phone'
      : ownerSame
        ? 'ownerName'
        : c.reasons.includes('name') && v.businessName
          ? 'name'
          : null;
    if (!reason) continue;
    out.push({ id: c.id, name: c.name, ownerName: c.ownerName ?? '', regencyName: c.regencyName, reason });
    if (out.length >= MATCHES_MAX) break;
  }
  return out;
}

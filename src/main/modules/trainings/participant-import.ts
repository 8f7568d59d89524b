import { randomUUID } from 'node:crypto';
import type {
  ImportField,
  ParsedInput,
  Participant,
  ParticipantImportPreview,
  ParticipantImportRow,
  SheetPreview,
} from '../../../shared/contract';
import { IMPORT_FIELDS, IMPORT_MAX_ROWS, participantFields } from '../../../shared/contract/trainings';
import { fullYearsBetween } from '../../../shared/domain/dates';
import { LIKELY_SAME_NAME, normalizeName, similarity } from '../../../shared/domain/names';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { issuesToFields } from '../../../shared/validation/issues';
import { todayIn, type CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/audit.service';
import type { BusinessService } from '../businesses';
import { maskPhone } from '../businesses/business.mapper';
import type { SettingsService } from '../settings/settings.service';
import { RegencyMatcher } from './import-regions';
import { cellText, cleanName, parseAge, parseDate, parseGender, parsePhone, parseYesNo, suggestMapping, uniqueHeaders } from './import-values';
import { insertParticipant, type ParticipantValues } from './participant.store';
import { SHEET_EXTENSIONS, isBlankRow, readSheet, type Cell, type SheetGrid } from './sheet-reader';

type Mapping = Record<string, ImportField | null>;
type MappingInput = ParsedInput<'participants:importPreview'>;
type CommitInput = ParsedInput<'participants:importCommit'>;

/** Open files kept at once; the oldest is dropped when another is opened. */
export const IMPORT_SESSIONS_MAX = 4;
/** An open file is forgotten this long after it was last used. */
export const IMPORT_SESSION_TTL_MS = 30 * 60 * 1000;
/** Rows shown on the mapping screen. */
export const SAMPLE_ROWS = 10;
/** Likely profiles offered per row. */
const MATCHES_MAX = 5;

interface ImportSession {
  path: string;
  grid: SheetGrid;
  headers: string[];
  /** Data rows (after the header row), trailing blank rows dropped. */
  data: Cell[][];
  usedAt: number;
}

/** A previewed row with the values it would be inserted with (phone in full). */
interface PlannedRow {
  dto: ParticipantImportRow;
  values: ParticipantValues | null;
}

/** Turns a read sheet into its header and data rows: the header is the first row with anything in it. */
function frame(grid: SheetGrid): { headers: string[]; data: Cell[][] } {
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

function expired(): AppError {
  return new AppError('NOT_FOUND', 'Berkas yang dibuka sudah tidak tersedia. Buka lagi berkasnya.');
}

function invalid(fields: Record<string, FieldIssue>): AppError {
  return new AppError('VALIDATION', 'Data yang dikirim belum benar. Periksa isian yang ditandai.', fields);
}

/**
 * Imports a training's participants from an XLSX or CSV sheet: opens the file (kept in memory
 * under a token), suggests which column is which, previews every row with its state, and
 * inserts exactly the confirmed new rows in one transaction.
 */
export class ParticipantImporter {
  private readonly sessions = new Map<string, ImportSession>();

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly businesses: BusinessService,
    private readonly platform: Platform,
    /** The training's participants as the trainings screens show them. */
    private readonly listParticipants: (trainingId: string) => Promise<Participant[]>,
  ) {}

  private now(): number {
    return this.deps.clock().getTime();
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [token, s] of this.sessions) if (now - s.usedAt > IMPORT_SESSION_TTL_MS) this.sessions.delete(token);
  }

  private session(token: string): ImportSession {
    this.dropExpired();
    const s = this.sessions.get(token);
    if (!s) throw expired();
    // Most recently used last, so the first entry is the one to drop.
    this.sessions.delete(token);
    s.usedAt = this.now();
    this.sessions.set(token, s);
    return s;
  }

  private keep(token: string, s: ImportSession): void {
    this.sessions.delete(token);
    this.sessions.set(token, s);
    while (this.sessions.size > IMPORT_SESSIONS_MAX) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
  }

  private async load(path: string, sheetName?: string): Promise<Omit<ImportSession, 'usedAt'>> {
    const grid = await readSheet(path, sheetName);
    const { headers, data } = frame(grid);
    if (data.length > IMPORT_MAX_ROWS) {
      throw new AppError('VALIDATION', `Berkas ini berisi ${data.length} baris; paling banyak ${IMPORT_MAX_ROWS} sekali impor.`, {
        file: { key: 'v.importTooManyRows', params: { count: data.length, max: IMPORT_MAX_ROWS } },
      });
    }
    return { path, grid, headers, data };
  }

  /** Switches an open file to another of its sheets when asked. */
  private async onSheet(s: ImportSession, sheetName: string | undefined): Promise<ImportSession> {
    if (sheetName === undefined || sheetName === s.grid.sheetName) return s;
    Object.assign(s, await this.load(s.path, sheetName));
    return s;
  }

  private describe(token: string, s: ImportSession): SheetPreview {
    return {
      token,
      fileName: s.grid.fileName,
      sheetNames: s.grid.sheetNames,
      sheetName: s.grid.sheetName,
      headers: s.headers,
      sampleRows: s.data.slice(0, SAMPLE_ROWS).map((r) => r.map(cellText)),
      rowCount: s.data.length,
      suggestedMapping: suggestMapping(s.headers),
    };
  }

  async open(input: ParsedInput<'participants:importOpen'>): Promise<SheetPreview | null> {
    if (input.token) {
      const s = await this.onSheet(this.session(input.token), input.sheetName);
      return this.describe(input.token, s);
    }
    const path = await this.platform.chooseOpenPath({
      title: 'Pilih daftar peserta (Excel atau CSV)',
      filters: [{ name: 'Excel atau CSV', extensions: [...SHEET_EXTENSIONS] }],
    });
    if (!path) return null;
    const loaded = await this.load(path, input.sheetName);
    const token = randomUUID();
    const s: ImportSession = { ...loaded, usedAt: this.now() };
    this.dropExpired();
    this.keep(token, s);
    return this.describe(token, s);
  }

  async preview(input: MappingInput): Promise<ParticipantImportPreview> {
    const planned = await this.plan(input);
    const counts = { new: 0, duplicate_in_sheet: 0, already_participant: 0, invalid: 0, blank: 0 };
    for (const p of planned) counts[p.dto.state]++;
    return { token: input.token, rows: planned.map((p) => p.dto), counts };
  }

  async commit(input: CommitInput): Promise<{ imported: number; participants: Participant[] }> {
    const actorId = this.deps.session.requireActor();
    const planned = await this.plan(input, { matches: false });
    const byRow = new Map(planned.map((p) => [p.dto.row, p]));
    const fields: Record<string, FieldIssue> = {};
    const seen = new Set<number>();
    const chosen: Array<{ values: ParticipantValues; linkBusinessId: string | null }> = [];
    for (const [i, pick] of input.rows.entries()) {
      const p = byRow.get(pick.row);
      if (seen.has(pick.row)) {
        fields[`rows.${i}.row`] = { key: 'v.duplicateEntry' };
        continue;
      }
      seen.add(pick.row);
      if (!p || p.dto.state !== 'new' || !p.values) {
        fields[`rows.${i}`] = { key: 'v.rowNotImportable', params: { row: pick.row, state: p?.dto.state ?? 'missing' } };
        continue;
      }
      chosen.push({ values: p.values, linkBusinessId: pick.linkBusinessId });
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);

    const ids = await this.deps.ds.transaction(async (m) => {
      await this.loadTraining(input.trainingId, m);
      const links = [...new Set(chosen.map((c) => c.linkBusinessId).filter((v): v is string => v !== null))];
      const live = new Set<string>(
        links.length
          ? ((await m.query(`SELECT id FROM business WHERE deleted_at IS NULL AND id IN (${links.map(() => '?').join(', ')})`, links)) as Array<{
              id: string;
            }>).map((r) => r.id)
          : [],
      );
      const unknown: Record<string, FieldIssue> = {};
      input.rows.forEach((pick, i) => {
        if (pick.linkBusinessId && !live.has(pick.linkBusinessId)) unknown[`rows.${i}.linkBusinessId`] = { key: 'v.businessUnknown' };
      });
      if (Object.keys(unknown).length > 0) throw invalid(unknown);
      const out: string[] = [];
      for (const c of chosen) {
        const values: ParticipantValues = c.linkBusinessId ? { ...c.values, hasBusiness: true, businessId: c.linkBusinessId } : c.values;
        out.push(await insertParticipant(m, this.deps, input.trainingId, values, actorId));
      }
      await this.audit.record(m, {
        action: 'import_participants',
        entity: 'training',
        entityId: input.trainingId,
        changes: { imported: [null, out.length], linked: [null, chosen.filter((c) => c.linkBusinessId).length] },
      });
      return out;
    });
    this.deps.logger.info('participants imported', { trainingId: input.trainingId, count: ids.length });
    const wanted = new Set(ids);
    const all = await this.listParticipants(input.trainingId);
    const participants = all.filter((p) => wanted.has(p.id));
    return { imported: ids.length, participants };
  }

  private async loadTraining(id: string, m = this.deps.ds.manager): Promise<{ startDate: string }> {
    const rows = (await m.query(`SELECT start_date FROM training WHERE id = ? AND deleted_at IS NULL`, [id])) as Array<{ start_date: string }>;
    const row = rows[0];
    if (!row) throw new AppError('NOT_FOUND', 'Pelatihan tidak ditemukan.');
    return { startDate: row.start_date };
  }

  /** Every row of the mapped sheet with its state; never trusts anything but the token and the mapping. */
  private async plan(input: MappingInput, options: { matches: boolean } = { matches: true }): Promise<PlannedRow[]> {
    const s = await this.onSheet(this.session(input.token), input.sheetName);
    const training = await this.loadTraining(input.trainingId);
    const columns = this.columnsOf(s.headers, input.mapping);
    const settings = await this.settings.get();
    const today = todayIn(settings.office.timeZone, this.deps.clock);
    const regencies = new RegencyMatcher(this.deps.ds, settings.office.provinceCode ?? null);
    const existing = (await this.deps.ds.query(
      `SELECT id, name, phone, birth_date FROM training_participant WHERE training_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
      [input.trainingId],
    )) as Array<{ id: string; name: string; phone: string | null; birth_date: string | null }>;
    const existingKeys = existing.map((e) => ({ id: e.id, key: normalizeName(e.name), phone: e.phone, birthDate: e.birth_date }));

    const out: PlannedRow[] = [];
    const earlier: Array<{ row: number; key: string; phone: string | null; birthDate: string | null }> = [];
    for (const [i, cells] of s.data.entries()) {
      const row = i + 1;
      const planned = await this.readRow(row, cells, columns, { today, startDate: training.startDate, regencies });
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
      if (planned.dto.state === 'new' && options.matches) planned.dto.businessMatches = await this.businessMatches(v);
    }
    return out;
  }

  private columnsOf(headers: string[], mapping: Mapping): Map<ImportField, number[]> {
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

  private async readRow(
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
    return { dto, values: parsed.data };
  }

  /** Existing profiles this person probably runs: same owner phone, same owner name, or a like business name. */
  private async businessMatches(v: ParticipantValues): Promise<ParticipantImportRow['businessMatches']> {
    const candidates = await this.businesses.findDuplicates({
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
}


import { randomUUID } from 'node:crypto';
import type { ParsedInput, Participant, ParticipantImportPreview, SheetPreview } from '../../../shared/contract';
import { IMPORT_MAX_ROWS } from '../../../shared/contract/trainings';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { AuditService } from '../audit';
import type { BusinessService } from '../businesses';
import type { SettingsService } from '../settings';
import { cellText, suggestMapping } from './import-values';
import { applyImport, type CommitInput } from './participant-import.apply';
import { frame, planImport, type MappingInput } from './participant-import.preview';
import { SHEET_EXTENSIONS, readSheet, type Cell, type SheetGrid } from './sheet-reader';

/** Open files kept at once; the oldest is dropped when another is opened. */
export const IMPORT_SESSIONS_MAX = 4;
/** An open file is forgotten this long after it was last used. */
export const IMPORT_SESSION_TTL_MS = 30 * 60 * 1000;
/** Rows shown on the mapping screen. */
export const SAMPLE_ROWS = 10;

interface ImportSession {
  path: string;
  grid: SheetGrid;
  headers: string[];
  /** Data rows (after the header row), trailing blank rows dropped. */
  data: Cell[][];
  usedAt: number;
}

function expired(): AppError {
  return new AppError('NOT_FOUND', 'trainings.importExpired');
}

/**
 * Imports a training's participants from an XLSX or CSV sheet: opens the file (kept in memory
 * under a token), suggests which column is which, previews every row with its state
 * (participant-import.preview.ts), and inserts exactly the confirmed new rows in one transaction
 * (participant-import.apply.ts).
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
      const params = { count: data.length, max: IMPORT_MAX_ROWS };
      throw new AppError('VALIDATION', 'trainings.importTooManyRows', { params, fields: { file: { key: 'v.importTooManyRows', params } } });
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
    const ids = await applyImport({ deps: this.deps, audit: this.audit, businesses: this.businesses }, input, planned, actorId);
    this.deps.logger.info('participants imported', { trainingId: input.trainingId, count: ids.length });
    const wanted = new Set(ids);
    const all = await this.listParticipants(input.trainingId);
    const participants = all.filter((p) => wanted.has(p.id));
    return { imported: ids.length, participants };
  }

  /** The open file's rows as mapped, previewed; never trusts anything but the token and the mapping. */
  private async plan(input: MappingInput, options?: { matches: boolean }) {
    const s = await this.onSheet(this.session(input.token), input.sheetName);
    return planImport({ deps: this.deps, settings: this.settings, businesses: this.businesses }, s, input, options);
  }
}

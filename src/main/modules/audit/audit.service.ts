import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import type { AuditRow } from './audit.entity';
import { auditEntries, insertAuditRow, recordNames } from './audit.queries';

export type Changes = Record<string, [unknown, unknown]>;

/** Fields whose values never enter the audit log: only the fact that they changed. */
const PERSONAL_FIELDS = new Set([
  'nik',
  'phone',
  'address',
  'email',
  'birthDate',
  'logoDataUrl',
  'ownerName',
  'ownerNik',
  'ownerBirthDate',
  'ownerPhone',
  'ownerEmail',
]);
const HIDDEN = '•••';

/** Field-by-field difference of two plain records, with personal values hidden. */
export function diff<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = before ? before[field] : null;
    const to = after[field];
    if (from === to) continue;
    changes[field] = PERSONAL_FIELDS.has(field) ? [from == null ? null : HIDDEN, to == null ? null : HIDDEN] : [from, to];
  }
  return changes;
}

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | null;
  changes?: Changes | null;
}

export class AuditService {
  constructor(private readonly deps: CoreDeps) {}

  /** Writes an entry inside the caller's transaction, so the change and its trace land together. */
  async record(manager: EntityManager, rec: AuditRecord): Promise<void> {
    const row: AuditRow = {
      id: randomUUID(),
      at: this.deps.clock().toISOString(),
      actorId: this.deps.session.actorId,
      action: rec.action,
      entity: rec.entity,
      entityId: rec.entityId,
      changes: rec.changes && Object.keys(rec.changes).length > 0 ? JSON.stringify(rec.changes) : null,
    };
    await insertAuditRow(manager, row);
  }

  async list(limit: number, entity?: string, entityId?: string): Promise<AuditEntry[]> {
    const rows = await auditEntries(this.deps.ds.manager, limit, entity, entityId);
    const entries = rows.map((r) => ({ ...r, changes: r.changes ? (JSON.parse(r.changes) as Changes) : null }));
    const keys = entries.map((e) => pointers(e.changes));
    const known = await this.names([...new Set(keys.flat())]);
    return entries.map((e, i) => ({ ...e, names: Object.fromEntries(keys[i]!.filter((k) => known.has(k)).map((k) => [k, known.get(k)!])) }));
  }

  /**
   * What the history can call a record by instead of its id or code: a business's name, a
   * consultation's number, a training's title, a consultant's name, a region's name. A participant
   * is left unnamed (a private person); a record gone for good keeps its id, which the screen words.
   */
  private async names(keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    return recordNames(this.deps.ds.manager, keys);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A kabupaten/kota, kecamatan or kelurahan/desa code: `64.72`, `64.72.01`, `64.72.01.1001`. */
const REGION = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;
const PROVINCE_FIELDS = new Set(['provinceCode']);

/** The ids and region codes an entry's changes hold, in lists and objects too. */
function pointers(changes: Changes | null): string[] {
  const found = new Set<string>();
  const walk = (field: string, v: unknown): void => {
    if (typeof v === 'string') {
      if (UUID.test(v) || REGION.test(v) || (PROVINCE_FIELDS.has(field) && /^\d{2}$/.test(v))) found.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(field, x));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(k, x));
  };
  for (const [field, pair] of Object.entries(changes ?? {})) walk(field, pair);
  return [...found];
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import { AuditEntity, type AuditRow } from './audit.entity';

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
    await manager.getRepository(AuditEntity).insert(row);
  }

  async list(limit: number, entity?: string, entityId?: string): Promise<AuditEntry[]> {
    const qb = this.deps.ds
      .getRepository(AuditEntity)
      .createQueryBuilder('a')
      .leftJoin('consultant', 'c', 'c.id = a.actor_id')
      .select(['a.id AS id', 'a.at AS at', 'a.actor_id AS actorId', 'c.name AS actorName'])
      .addSelect(['a.action AS action', 'a.entity AS entity', 'a.entity_id AS entityId', 'a.changes AS changes'])
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.rowid', 'DESC')
      .limit(limit);
    if (entity) qb.andWhere('a.entity = :entity', { entity });
    if (entityId) qb.andWhere('a.entity_id = :entityId', { entityId });
    const rows = await qb.getRawMany<Omit<AuditEntry, 'changes'> & { changes: string | null }>();
    return rows.map((r) => ({ ...r, changes: r.changes ? (JSON.parse(r.changes) as Changes) : null }));
  }
}

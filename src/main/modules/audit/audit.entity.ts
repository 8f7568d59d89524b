import { EntitySchema } from 'typeorm';

/** Append-only: an audit entry is never updated or deleted, so it carries no record columns. */
export interface AuditRow {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: string | null;
}

export const AuditEntity = new EntitySchema<AuditRow>({
  name: 'Audit',
  tableName: 'audit_log',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    at: { type: 'varchar' },
    actorId: { type: 'varchar', name: 'actor_id', nullable: true },
    action: { type: 'varchar' },
    entity: { type: 'varchar' },
    entityId: { type: 'varchar', name: 'entity_id', nullable: true },
    changes: { type: 'text', nullable: true },
  },
});

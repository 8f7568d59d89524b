import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Consultant, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import { nowIso } from '../../context';
import { type AuditService, diff } from '../audit';
import type { ConsultantRow } from './consultant.entity';
import { consultantByNip, countConsultants, findConsultant, insertConsultantRow, listConsultants, saveConsultantRow } from './consultant.queries';

type CreateInput = ParsedInput<'consultants:create'>;
type UpdateInput = ParsedInput<'consultants:update'>;

const AUDITED = ['name', 'nip', 'phone', 'active'] as const satisfies readonly (keyof ConsultantRow)[];

export function toConsultantDto(row: ConsultantRow): Consultant {
  return {
    id: row.id,
    name: row.name,
    nip: row.nip,
    phone: row.phone,
    active: Boolean(row.active),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export class ConsultantService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
  ) {}

  async list(includeInactive: boolean): Promise<Consultant[]> {
    return (await listConsultants(this.deps.ds.manager, includeInactive)).map(toConsultantDto);
  }

  count(manager: EntityManager = this.deps.ds.manager): Promise<number> {
    return countConsultants(manager);
  }

  findActive(id: string): Promise<ConsultantRow | null> {
    return findConsultant(this.deps.ds.manager, id, { active: true });
  }

  private async assertNipFree(manager: EntityManager, nip: string | null, exceptId?: string): Promise<void> {
    if (!nip) return;
    const other = await consultantByNip(manager, nip);
    if (other && other.id !== exceptId) {
      throw new AppError('DUPLICATE', 'consultants.nipTaken', { fields: { nip: { key: 'v.nipTaken' } } });
    }
  }

  /** Creates within `manager`'s transaction (used by first-run setup too). */
  async createIn(manager: EntityManager, input: CreateInput): Promise<ConsultantRow> {
    await this.assertNipFree(manager, input.nip);
    const now = nowIso(this.deps.clock);
    const row: ConsultantRow = {
      id: randomUUID(),
      name: input.name,
      nip: input.nip,
      phone: input.phone,
      active: true,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      updatedBy: this.deps.session.actorId,
    };
    await insertConsultantRow(manager, row);
    await this.audit.record(manager, {
      action: 'create',
      entity: 'consultant',
      entityId: row.id,
      changes: diff(null, row, AUDITED),
    });
    return row;
  }

  async create(input: CreateInput): Promise<Consultant> {
    this.deps.session.requireActor();
    return toConsultantDto(await this.deps.ds.transaction((m) => this.createIn(m, input)));
  }

  async update(input: UpdateInput): Promise<Consultant> {
    const actor = this.deps.session.requireActor();
    const row = await this.deps.ds.transaction(async (m) => {
      const before = await findConsultant(m, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'consultants.notFound');
      if (!input.active && before.id === actor) {
        throw new AppError('CONFLICT', 'consultants.cannotDeactivateSelf', {
          fields: { active: { key: 'v.cannotDeactivateSelf' } },
        });
      }
      await this.assertNipFree(m, input.nip, before.id);
      const after: ConsultantRow = {
        ...before,
        name: input.name,
        nip: input.nip,
        phone: input.phone,
        active: input.active,
        updatedAt: nowIso(this.deps.clock),
        updatedBy: actor,
      };
      await saveConsultantRow(m, after);
      await this.audit.record(m, {
        action: 'update',
        entity: 'consultant',
        entityId: after.id,
        changes: diff(before, after, AUDITED),
      });
      return after;
    });
    return toConsultantDto(row);
  }
}

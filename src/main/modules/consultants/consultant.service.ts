import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { Consultant, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import { nowIso } from '../../context';
import { type AuditService, diff } from '../audit/audit.service';
import { ConsultantEntity, type ConsultantRow } from './consultant.entity';

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

  private repo(manager: EntityManager = this.deps.ds.manager) {
    return manager.getRepository(ConsultantEntity);
  }

  async list(includeInactive: boolean): Promise<Consultant[]> {
    const qb = this.repo().createQueryBuilder('c').where('c.deleted_at IS NULL').orderBy('c.name COLLATE NOCASE', 'ASC');
    if (!includeInactive) qb.andWhere('c.active = 1');
    const rows = await qb.getMany();
    return rows.map(toConsultantDto);
  }

  async count(manager?: EntityManager): Promise<number> {
    return this.repo(manager).count({ where: { deletedAt: IsNull() } });
  }

  async findActive(id: string): Promise<ConsultantRow | null> {
    return this.repo().findOne({ where: { id, active: true, deletedAt: IsNull() } });
  }

  private async assertNipFree(manager: EntityManager, nip: string | null, exceptId?: string): Promise<void> {
    if (!nip) return;
    const other = await this.repo(manager).findOne({ where: { nip, deletedAt: IsNull() } });
    if (other && other.id !== exceptId) {
      throw new AppError('DUPLICATE', 'consultants.nipTaken', { fields: { nip: { key: 'v.nipTaken' } } });
    }
  }

  /** Creates within `manager`'s transaction (used by first-run setup too). */
  async insert(manager: EntityManager, input: CreateInput): Promise<ConsultantRow> {
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
    await this.repo(manager).insert(row);
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
    return toConsultantDto(await this.deps.ds.transaction((m) => this.insert(m, input)));
  }

  async update(input: UpdateInput): Promise<Consultant> {
    const actor = this.deps.session.requireActor();
    const row = await this.deps.ds.transaction(async (m) => {
      const before = await this.repo(m).findOne({ where: { id: input.id, deletedAt: IsNull() } });
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
      await this.repo(m).save(after);
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

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Consultant, ParsedInput, Role } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import { nowIso } from '../../context';
import { type AuditService, diff } from '../audit';
import type { ConsultantRow } from './consultant.entity';
import { accessOf, accessSummaries, countActiveAdmins, writeAccess, type ConsultantAccessRow } from './consultant-access.queries';
import { consultantByNip, countConsultants, findConsultant, insertConsultantRow, listConsultants, saveConsultantRow } from './consultant.queries';
import { hashPin, verifyPin, waitAfterFailures } from './pin';

type CreateInput = ParsedInput<'consultants:create'>;
type UpdateInput = ParsedInput<'consultants:update'>;

const AUDITED = ['name', 'nip', 'phone', 'active'] as const satisfies readonly (keyof ConsultantRow)[];

/** A consultant as the screens see it: role and whether a PIN is set, never the PIN's hash. */
export function toConsultantDto(row: ConsultantRow, access: { role: Role; hasPin: boolean } = { role: 'konsultan', hasPin: false }): Consultant {
  return {
    id: row.id,
    name: row.name,
    nip: row.nip,
    phone: row.phone,
    active: Boolean(row.active),
    role: access.role,
    hasPin: access.hasPin,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What a PIN check found: signed in with the PIN, or the PIN set now (the consultant had none). */
export type PinCheck = 'match' | 'set';

export class ConsultantService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
  ) {}

  async list(includeInactive: boolean): Promise<Consultant[]> {
    const m = this.deps.ds.manager;
    const [rows, access] = await Promise.all([listConsultants(m, includeInactive), accessSummaries(m)]);
    return rows.map((r) => toConsultantDto(r, access.get(r.id)));
  }

  count(manager: EntityManager = this.deps.ds.manager): Promise<number> {
    return countConsultants(manager);
  }

  findActive(id: string): Promise<ConsultantRow | null> {
    return findConsultant(this.deps.ds.manager, id, { active: true });
  }

  /** The consultant as the screens see it. */
  async dto(row: ConsultantRow, manager: EntityManager = this.deps.ds.manager): Promise<Consultant> {
    const access = await accessOf(manager, row.id);
    return toConsultantDto(row, { role: access.role, hasPin: access.pinHash !== null });
  }

  /** The role of an active consultant (null when there is none by that id). */
  async roleOf(id: string): Promise<Role | null> {
    const row = await this.findActive(id);
    return row ? (await accessOf(this.deps.ds.manager, id)).role : null;
  }

  private async assertNipFree(manager: EntityManager, nip: string | null, exceptId?: string): Promise<void> {
    if (!nip) return;
    const other = await consultantByNip(manager, nip);
    if (other && other.id !== exceptId) {
      throw new AppError('DUPLICATE', 'consultants.nipTaken', { fields: { nip: { key: 'v.nipTaken' } } });
    }
  }

  /** Creates within `manager`'s transaction (used by first-run setup too, with the first admin's PIN). */
  async createIn(manager: EntityManager, input: CreateInput, options: { pin?: string } = {}): Promise<ConsultantRow> {
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
    const pinHash = options.pin ? await hashPin(options.pin) : null;
    await writeAccess(manager, { consultantId: row.id, role: input.role, pinHash, pinSetAt: pinHash ? now : null, failedPinCount: 0, pinLockedUntil: null }, now);
    await this.audit.record(manager, {
      action: 'create',
      entity: 'consultant',
      entityId: row.id,
      changes: { ...diff(null, row, AUDITED), role: [null, input.role] },
    });
    return row;
  }

  async create(input: CreateInput): Promise<Consultant> {
    this.deps.session.requireActor();
    return this.deps.ds.transaction(async (m) => this.dto(await this.createIn(m, input), m));
  }

  async update(input: UpdateInput): Promise<Consultant> {
    const actor = this.deps.session.requireActor();
    return this.deps.ds.transaction(async (m) => {
      const before = await findConsultant(m, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'consultants.notFound');
      if (!input.active && before.id === actor) {
        throw new AppError('CONFLICT', 'consultants.cannotDeactivateSelf', {
          fields: { active: { key: 'v.cannotDeactivateSelf' } },
        });
      }
      await this.assertNipFree(m, input.nip, before.id);
      const access = await accessOf(m, before.id);
      const role = input.role ?? access.role;
      const staysAdmin = role === 'admin' && input.active;
      if (access.role === 'admin' && !staysAdmin && (await countActiveAdmins(m, before.id)) === 0) {
        const field = input.active ? 'role' : 'active';
        throw new AppError('CONFLICT', 'consultants.lastAdmin', { fields: { [field]: { key: 'v.lastAdmin' } } });
      }
      const now = nowIso(this.deps.clock);
      const after: ConsultantRow = {
        ...before,
        name: input.name,
        nip: input.nip,
        phone: input.phone,
        active: input.active,
        updatedAt: now,
        updatedBy: actor,
      };
      await saveConsultantRow(m, after);
      if (access.role !== role) await writeAccess(m, { ...access, role }, now);
      await this.audit.record(m, {
        action: 'update',
        entity: 'consultant',
        entityId: after.id,
        changes: { ...diff(before, after, AUDITED), ...(access.role !== role ? { role: [access.role, role] } : {}) },
      });
      return this.dto(after, m);
    });
  }

  /** An admin gives a consultant a new PIN; the waits earned by wrong PINs end with it. */
  async resetPin(input: ParsedInput<'consultants:resetPin'>): Promise<Consultant> {
    this.deps.session.requireActor();
    const pinHash = await hashPin(input.pin);
    return this.deps.ds.transaction(async (m) => {
      const row = await findConsultant(m, input.consultantId);
      if (!row) throw new AppError('NOT_FOUND', 'consultants.notFound');
      const now = nowIso(this.deps.clock);
      const access = await accessOf(m, row.id);
      await writeAccess(m, { ...access, pinHash, pinSetAt: now, failedPinCount: 0, pinLockedUntil: null }, now);
      await this.audit.record(m, { action: 'pin.reset', entity: 'consultant', entityId: row.id });
      return this.dto(row, m);
    });
  }

  /**
   * Checks a consultant's PIN, or makes it theirs when they have none yet. Attempts take turns (one
   * transaction each), so PINs tried side by side cannot slip past the count; from the third wrong
   * PIN in a row each earns a wait, kept in the database so a restart does not end it. A refusal is
   * thrown after the count is committed.
   */
  async checkPin(consultantId: string, pin: string): Promise<PinCheck> {
    const outcome = await this.deps.ds.transaction(async (m): Promise<PinCheck | AppError> => {
      const access = await accessOf(m, consultantId);
      const now = this.deps.clock().getTime();
      const until = access.pinLockedUntil ? Date.parse(access.pinLockedUntil) : NaN;
      if (until > now) return waitError(Math.ceil((until - now) / 1000));
      const at = nowIso(this.deps.clock);
      if (access.pinHash === null) {
        await writeAccess(m, { ...access, pinHash: await hashPin(pin), pinSetAt: at, failedPinCount: 0, pinLockedUntil: null }, at);
        await this.audit.record(m, { action: 'pin.set', entity: 'consultant', entityId: consultantId });
        return 'set';
      }
      if (await verifyPin(pin, access.pinHash)) {
        if (access.failedPinCount > 0 || access.pinLockedUntil) await writeAccess(m, { ...access, failedPinCount: 0, pinLockedUntil: null }, at);
        return 'match';
      }
      const failures = access.failedPinCount + 1;
      const wait = waitAfterFailures(failures);
      const next: ConsultantAccessRow = { ...access, failedPinCount: failures, pinLockedUntil: wait > 0 ? new Date(now + wait).toISOString() : null };
      await writeAccess(m, next, at);
      await this.audit.record(m, { action: 'pin.refused', entity: 'consultant', entityId: consultantId, changes: { failures: [access.failedPinCount, failures] } });
      return wait > 0 ? waitError(Math.ceil(wait / 1000)) : new AppError('VALIDATION', 'session.wrongPin', { fields: { pin: { key: 'v.pinWrong' } } });
    });
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  /** The consultant's own new PIN, once the current one has been checked. */
  async changePin(consultantId: string, newPin: string): Promise<void> {
    const pinHash = await hashPin(newPin);
    await this.deps.ds.transaction(async (m) => {
      const at = nowIso(this.deps.clock);
      const access = await accessOf(m, consultantId);
      await writeAccess(m, { ...access, pinHash, pinSetAt: at, failedPinCount: 0, pinLockedUntil: null }, at);
      await this.audit.record(m, { action: 'pin.change', entity: 'consultant', entityId: consultantId });
    });
  }
}

function waitError(seconds: number): AppError {
  return new AppError('CONFLICT', 'session.pinWait', { params: { seconds }, fields: { pin: { key: 'v.pinWait', params: { seconds } } } });
}

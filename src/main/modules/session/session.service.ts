import { FRESH_PIN_MS, type ParsedInput, type Role, type Session } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import type { ConsultantService } from '../consultants';
import type { SettingsService } from '../settings';
import { newDeskName } from '../transfer';

/**
 * The desk's session: who is on duty, whether the desk is locked, and when the PIN was last
 * entered. The PIN is checked here, in the core; the screens only ever learn whether one is set.
 */
export class SessionService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly consultants: ConsultantService,
    private readonly settings: SettingsService,
  ) {}

  async get(): Promise<Session> {
    const desk = this.deps.session;
    const id = desk.actorId;
    const row = id ? await this.consultants.findActive(id) : null;
    if (id && !row) desk.end();
    const freshUntil = this.freshUntil();
    return {
      consultant: row ? await this.consultants.dto(row) : null,
      needsSetup: (await this.consultants.count()) === 0,
      locked: desk.isLocked,
      freshUntil: freshUntil === null ? null : new Date(freshUntil).toISOString(),
    };
  }

  /** Until when (ms) the last PIN entered counts as fresh; null when it no longer does. */
  freshUntil(): number | null {
    const at = this.deps.session.pinEnteredAt;
    if (at === null || this.deps.session.isLocked) return null;
    const until = at + FRESH_PIN_MS;
    return until > this.deps.clock().getTime() ? until : null;
  }

  /** The role of the consultant on duty, read from the database at each ask (an admin may have changed it). */
  async role(): Promise<Role | null> {
    const id = this.deps.session.actorId;
    return id ? this.consultants.roleOf(id) : null;
  }

  /** Signs in (or unlocks) with the consultant's PIN; a consultant without one makes this PIN theirs. */
  async start(input: ParsedInput<'session:start'>): Promise<Session> {
    const row = await this.consultants.findActive(input.consultantId);
    if (!row) throw new AppError('NOT_FOUND', 'session.consultantUnavailable');
    await this.consultants.checkPin(row.id, input.pin);
    const unlocking = this.deps.session.actorId === row.id;
    this.deps.session.start(row.id, this.deps.clock().getTime());
    await this.deps.ds.transaction((m) =>
      this.audit.record(m, { action: unlocking ? 'session.unlock' : 'session.start', entity: 'consultant', entityId: row.id }),
    );
    return this.get();
  }

  /** Locks the desk; the consultant stays on duty, so their PIN opens the same screens again. */
  async lock(): Promise<Session> {
    const id = this.deps.session.actorId;
    const wasLocked = this.deps.session.isLocked;
    this.deps.session.lock();
    if (id && !wasLocked) {
      await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'session.lock', entity: 'consultant', entityId: id }));
    }
    return this.get();
  }

  /** The PIN of the consultant on duty again: a guarded step (reveal, restore...) may follow for two minutes. */
  async confirmPin(pin: string): Promise<Session> {
    const id = this.deps.session.requireActor();
    await this.consultants.checkPin(id, pin);
    this.deps.session.pinEntered(this.deps.clock().getTime());
    return this.get();
  }

  async changePin(input: ParsedInput<'session:changePin'>): Promise<Session> {
    const id = this.deps.session.requireActor();
    await this.consultants.checkPin(id, input.currentPin).catch((err: unknown) => {
      throw moveField(err, 'currentPin');
    });
    if (input.currentPin === input.newPin) {
      throw new AppError('VALIDATION', 'session.samePin', { fields: { newPin: { key: 'v.pinSame' } } });
    }
    await this.consultants.changePin(id, input.newPin);
    this.deps.session.pinEntered(this.deps.clock().getTime());
    return this.get();
  }

  async end(): Promise<Session> {
    const id = this.deps.session.actorId;
    if (id) {
      await this.deps.ds.transaction((m) =>
        this.audit.record(m, { action: 'session.end', entity: 'consultant', entityId: id }),
      );
      this.deps.session.end();
    }
    return this.get();
  }

  /** A fresh install: office name, desk code and the first consultant (an admin, with their PIN), in one transaction. */
  async firstRun(input: ParsedInput<'session:firstRun'>): Promise<Session> {
    // A refused or failed setup must leave the session as it was (a repeated first-run on a set-up
    // desk must not sign out the consultant on duty, nor unlock a locked desk).
    const desk = this.deps.session;
    const previous = { id: desk.actorId, locked: desk.isLocked, pinAt: desk.pinEnteredAt };
    const { pin, ...consultant } = input.consultant;
    const created = await this.deps.ds.transaction(async (m) => {
      if ((await this.consultants.count(m)) > 0) {
        throw new AppError('CONFLICT', 'session.alreadySetUp');
      }
      await newDeskName(m);
      const row = await this.consultants.createIn(m, { ...consultant, role: 'admin' }, { pin });
      desk.start(row.id);
      await this.settings.writeOffice(m, {
        officeName: input.officeName,
        deskCode: input.deskCode,
        timeZone: input.timeZone,
      });
      return row;
    }).catch((err: unknown) => {
      if (previous.id) {
        desk.start(previous.id, previous.pinAt);
        if (previous.locked) desk.lock();
      } else desk.end();
      throw err;
    });
    desk.start(created.id, this.deps.clock().getTime());
    return this.get();
  }
}

/** A PIN refusal answered on another field of the form (the current PIN of a change). */
function moveField(err: unknown, field: string): unknown {
  if (!(err instanceof AppError) || !err.fields?.['pin']) return err;
  return new AppError(err.code, err.key, { params: err.params, fields: { [field]: err.fields['pin'] } });
}

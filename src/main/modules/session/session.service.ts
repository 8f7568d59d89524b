import type { ParsedInput, Session } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import { type ConsultantService, toConsultantDto } from '../consultants';
import type { SettingsService } from '../settings';

export class SessionService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly consultants: ConsultantService,
    private readonly settings: SettingsService,
  ) {}

  async get(): Promise<Session> {
    const id = this.deps.session.actorId;
    const row = id ? await this.consultants.findActive(id) : null;
    if (id && !row) this.deps.session.end();
    return {
      consultant: row ? toConsultantDto(row) : null,
      needsSetup: (await this.consultants.count()) === 0,
    };
  }

  async start(consultantId: string): Promise<Session> {
    const row = await this.consultants.findActive(consultantId);
    if (!row) throw new AppError('NOT_FOUND', 'session.consultantUnavailable');
    this.deps.session.start(row.id);
    await this.deps.ds.transaction((m) =>
      this.audit.record(m, { action: 'session.start', entity: 'consultant', entityId: row.id }),
    );
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

  /** A fresh install: office name, desk code and the first consultant, in one transaction. */
  async firstRun(input: ParsedInput<'session:firstRun'>): Promise<Session> {
    // A refused or failed setup must leave the session as it was (a repeated first-run on a set-up
    // desk must not sign out the consultant on duty).
    const previous = this.deps.session.actorId;
    const consultant = await this.deps.ds.transaction(async (m) => {
      if ((await this.consultants.count(m)) > 0) {
        throw new AppError('CONFLICT', 'session.alreadySetUp');
      }
      const created = await this.consultants.createIn(m, input.consultant);
      this.deps.session.start(created.id);
      await this.settings.writeOffice(m, {
        officeName: input.officeName,
        deskCode: input.deskCode,
        timeZone: input.timeZone,
      });
      return created;
    }).catch((err: unknown) => {
      if (previous) this.deps.session.start(previous);
      else this.deps.session.end();
      throw err;
    });
    this.deps.session.start(consultant.id);
    return this.get();
  }
}

import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, LANGUAGES, TIME_ZONES, type Language, type ReminderSettings, type Settings } from '../../../shared/contract';
import type { ParsedInput } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import { nowIso } from '../../context';
import { type AuditService, diff } from '../audit';
import type { OfficeProfileRow } from './office-profile.entity';
import { officeRow, reminderSettings, saveOfficeRow, writeReminderSettings } from './settings.queries';

type OfficeUpdate = ParsedInput<'settings:updateOffice'>;

/** Told of new reminder settings inside the transaction that writes them (follow-ups re-arm their reminders). */
export type ReminderSettingsFollower = (m: EntityManager, before: ReminderSettings, after: ReminderSettings) => Promise<void>;

const OFFICE_FIELDS = [
  'officeName',
  'unitName',
  'address',
  'phone',
  'email',
  'provinceCode',
  'regencyCode',
  'logoDataUrl',
  'timeZone',
  'deskCode',
] as const satisfies readonly (keyof OfficeProfileRow)[];

export function toSettingsDto(row: OfficeProfileRow): Settings {
  return {
    office: {
      officeName: row.officeName,
      unitName: row.unitName,
      address: row.address,
      phone: row.phone,
      email: row.email,
      provinceCode: row.provinceCode,
      regencyCode: row.regencyCode,
      logoDataUrl: row.logoDataUrl,
      timeZone: (TIME_ZONES as readonly string[]).includes(row.timeZone)
        ? (row.timeZone as Settings['office']['timeZone'])
        : DEFAULT_TIME_ZONE,
      deskCode: row.deskCode,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
    },
    language: (LANGUAGES as readonly string[]).includes(row.language) ? (row.language as Language) : 'id',
    lockAfterMinutes: row.lockAfterMinutes,
  };
}

export class SettingsService {
  /** The office time zone, read on every list and date check: kept here, refreshed on each write. */
  private zone: string | null = null;
  private readonly reminderFollowers: ReminderSettingsFollower[] = [];

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
  ) {}

  private async row(manager: EntityManager = this.deps.ds.manager): Promise<OfficeProfileRow> {
    // The initial migration creates exactly one office row.
    const row = await officeRow(manager);
    if (!row) throw new Error('office_profile row is missing');
    return row;
  }

  async get(): Promise<Settings> {
    const settings = toSettingsDto(await this.row());
    this.zone = settings.office.timeZone;
    return settings;
  }

  async timeZone(): Promise<string> {
    return this.zone ?? (await this.get()).office.timeZone;
  }

  /** Writes the office profile within `manager`'s transaction (used by first-run setup too). */
  async writeOffice(manager: EntityManager, patch: Partial<Pick<OfficeProfileRow, (typeof OFFICE_FIELDS)[number]>>): Promise<OfficeProfileRow> {
    const before = await this.row(manager);
    const after: OfficeProfileRow = {
      ...before,
      ...patch,
      updatedAt: nowIso(this.deps.clock),
      updatedBy: this.deps.session.actorId,
    };
    await saveOfficeRow(manager, after);
    // Forgotten rather than set: the transaction may still roll back.
    this.zone = null;
    await this.audit.record(manager, {
      action: 'update',
      entity: 'office_profile',
      entityId: after.id,
      changes: diff(before, after, OFFICE_FIELDS),
    });
    return after;
  }

  async updateOffice(input: OfficeUpdate): Promise<Settings> {
    this.deps.session.requireActor();
    const row = await this.deps.ds.transaction((m) => this.writeOffice(m, input));
    return toSettingsDto(row);
  }

  async setLanguage(language: Language): Promise<Settings> {
    const row = await this.deps.ds.transaction(async (m) => {
      const before = await this.row(m);
      if (before.language === language) return before;
      const after = { ...before, language, updatedAt: nowIso(this.deps.clock), updatedBy: this.deps.session.actorId };
      await saveOfficeRow(m, after);
      await this.audit.record(m, {
        action: 'update',
        entity: 'office_profile',
        entityId: after.id,
        changes: { language: [before.language, language] },
      });
      return after;
    });
    return toSettingsDto(row);
  }

  /** After how many idle minutes the desk locks. */
  async updateLock(lockAfterMinutes: number): Promise<Settings> {
    this.deps.session.requireActor();
    const row = await this.deps.ds.transaction(async (m) => {
      const before = await this.row(m);
      if (before.lockAfterMinutes === lockAfterMinutes) return before;
      const after = { ...before, lockAfterMinutes, updatedAt: nowIso(this.deps.clock), updatedBy: this.deps.session.actorId };
      await saveOfficeRow(m, after);
      await this.audit.record(m, {
        action: 'update',
        entity: 'office_profile',
        entityId: after.id,
        changes: { lockAfterMinutes: [before.lockAfterMinutes, lockAfterMinutes] },
      });
      return after;
    });
    return toSettingsDto(row);
  }

  /** How long before its due time a follow-up reminds, and after how many quiet days a business counts as idle. */
  reminderSettings(manager: EntityManager = this.deps.ds.manager): Promise<ReminderSettings> {
    return reminderSettings(manager);
  }

  registerReminderFollower(follower: ReminderSettingsFollower): void {
    this.reminderFollowers.push(follower);
  }

  async updateReminderSettings(input: ReminderSettings): Promise<ReminderSettings> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = await reminderSettings(m);
      await writeReminderSettings(m, input, nowIso(this.deps.clock), this.deps.session.actorId);
      await this.audit.record(m, {
        action: 'update',
        entity: 'office_profile',
        entityId: null,
        changes: { reminderLeadMinutes: [before.leadMinutes, input.leadMinutes], idleDays: [before.idleDays, input.idleDays] },
      });
      for (const follower of this.reminderFollowers) await follower(m, before, input);
    });
    return this.reminderSettings();
  }
}

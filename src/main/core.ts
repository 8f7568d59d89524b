import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { contract } from '../shared/contract';
import { CHANNEL_GUARDS } from '../shared/contract/guards';
import { DeskSession, type Clock, type CoreDeps, type Logger } from './context';
import { databasePath, openDatabase } from './db/data-source';
import { onCommitted } from './db/transactions';
import { EventBus } from './events';
import type { Handlers } from './ipc/handlers';
import { combineHandlers, createRouter, type Router } from './ipc/router';
import { createFileLogger } from './logger';
import { AuditService } from './modules/audit';
import { BusinessPrivacyService, BusinessService, BusinessTimelineService, businessHandlers } from './modules/businesses';
import { ConsultationService, consultationHandlers, eraseConsultationNarrative } from './modules/consultations';
import { ConsultantService, consultantHandlers } from './modules/consultants';
import { FollowUpService, ReminderEngine, followUpHandlers } from './modules/follow-ups';
import { PrintService, printHandlers } from './modules/printing';
import { defaultResourcesDir } from './db/migrations';
import { SessionService, sessionHandlers } from './modules/session';
import { SettingsService, settingsHandlers } from './modules/settings';
import { RegionService, regionHandlers } from './modules/regions';
import { systemHandlers } from './modules/system';
import { ConflictInbox, ExportService, ImportService, OfficeKeys, TransferJobs, removeLeftoverTemps, transferHandlers } from './modules/transfer';
import { ImpactService, impactHandlers } from './modules/impact';
import { ReportService, reportHandlers } from './modules/reports';
import { BackupService, backupFolder, backupHandlers, writeBackup } from './modules/backups';
import { UPDATE_PUBLIC_KEY_FILE, UpdateService, updateHandlers } from './modules/updates';
import { TrainingService, trainingHandlers } from './modules/trainings';
import { PrivacyRequestService, RestrictionRule, guardRestricted, privacyRequestHandlers } from './modules/privacy';
import { BreachService, ProcessingRecordService, RetentionService, breachHandlers, processingRecordHandlers, retentionHandlers } from './modules/privacy';
import { ParticipantImporter } from './modules/trainings/participant-import';
import type { Platform } from './platform';

export interface CoreOptions {
  dataDir: string;
  platform: Platform;
  /** Where resources/ lives (region data); defaults to ./resources or KLINIK_RESOURCES_DIR. */
  resourcesDir?: string;
  clock?: Clock;
  logger?: Logger;
  /** Start the reminder engine's timer (default true); tests of other things leave it off. */
  reminders?: boolean;
  /** Automatic backups: today's at start, a timer for the next day, one at close (default true). */
  backups?: boolean;
  /** The Ed25519 public key (PEM) updates must be signed with; defaults to resources/update-public-key.pem. */
  updatePublicKey?: string;
}

export interface Core {
  router: Router;
  events: EventBus;
  services: {
    audit: AuditService;
    settings: SettingsService;
    consultants: ConsultantService;
    session: SessionService;
    regions: RegionService;
    businesses: BusinessService;
    consultations: ConsultationService;
    followUps: FollowUpService;
    reminders: ReminderEngine;
    print: PrintService;
    exporter: ExportService;
    importer: ImportService;
    officeKeys: OfficeKeys;
    conflicts: ConflictInbox;
    trainings: TrainingService;
    impact: ImpactService;
    reports: ReportService;
    backups: BackupService;
    updates: UpdateService;
    privacyRequests: PrivacyRequestService;
    retention: RetentionService;
    breaches: BreachService;
    processingRecord: ProcessingRecordService;
  };
  ds: DataSource;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Everything below the shells: database, services, router and events. It knows no Electron;
 * the Electron main process, the browser harness and the tests each call it with their platform.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? createFileLogger(options.dataDir);
  const clock = options.clock ?? (() => new Date());
  const ds = await openDatabase(options.dataDir, {
    resourcesDir: options.resourcesDir,
    logger,
    // A database about to be upgraded is backed up first, as it is.
    beforeMigrate: async (pending) => {
      const meta = await writeBackup({ dbFile: databasePath(options.dataDir), folder: backupFolder(options.dataDir), reason: 'migration', at: clock() });
      logger.info('backup before migrations', { id: meta.id, pending });
    },
  });
  const deps: CoreDeps = { ds, clock, session: new DeskSession(), logger };
  const events = new EventBus(logger);

  const audit = new AuditService(deps);
  const settings = new SettingsService(deps, audit);
  const consultants = new ConsultantService(deps, audit);
  const session = new SessionService(deps, audit, consultants, settings);
  const regions = new RegionService(ds.manager);
  const businesses = new BusinessService(deps, audit, regions, settings);
  const privacy = new BusinessPrivacyService(deps, audit, businesses, options.platform);
  const timeline = new BusinessTimelineService(audit, businesses);
  const followUps = new FollowUpService(deps, audit, settings, regions);
  const reminders = new ReminderEngine(deps, followUps, events, options.platform, async () => (await settings.get()).language);
  const consultations = new ConsultationService(deps, audit, regions, settings, followUps);
  consultations.connect(businesses, timeline);
  followUps.connect(businesses, timeline);

  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const print = new PrintService(deps, settings, businesses, consultations, followUps, regions, options.platform, resourcesDir);
  const transferJobs = new TransferJobs(events);
  const officeKeys = new OfficeKeys(deps, audit, settings);
  const exporter = new ExportService(deps, audit, settings, print, options.platform, transferJobs, officeKeys);
  const backups = new BackupService(deps, audit, settings, options.platform, options.dataDir, {
    afterRestore: async () => {
      // Every table may differ now (a restore writes no rows to note): every cached answer loads again.
      const tables = (await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table'`)) as Array<{ name: string }>;
      events.emit('data:changed', { tables: tables.map((t) => t.name) });
      events.emit('settings:changed', await settings.get());
      events.emit('session:changed', await session.get());
      reminders.poke();
    },
    changed: (lastGoodAt) => events.emit('backups:changed', { lastGoodAt }),
  });
  // Imported follow-ups carry the times the sending desk worked out (its zone, its version's rule):
  // this desk works them out again, and the reminder engine looks again once that is done.
  const afterImport = () =>
    followUps.rescheduleOpen().catch((err: unknown) => {
      deps.logger.error('re-scheduling imported follow-ups failed', { error: err instanceof Error ? err.message : String(err) });
      reminders.poke();
    });
  const conflicts = new ConflictInbox(deps, audit, businesses, afterImport);
  // Temp copies of packages a crash left behind: no preview can hold them after a start.
  await removeLeftoverTemps(options.dataDir);
  const importer = new ImportService(deps, audit, businesses, transferJobs, options.dataDir, officeKeys, conflicts, afterImport, async () => {
    await backups.create('import');
  });
  const trainings = new TrainingService(deps, audit, settings, regions, businesses, followUps, options.platform);
  const participantImporter = new ParticipantImporter(deps, audit, settings, businesses, options.platform, (id) => trainings.participants.list(id));
  const impact = new ImpactService(deps, audit, businesses);
  const reports = new ReportService(deps, settings, regions, print, options.platform, resourcesDir, followUps);
  const updates = new UpdateService(deps, audit, options.platform, backups, options.updatePublicKey ?? readFileSync(join(resourcesDir, UPDATE_PUBLIC_KEY_FILE), 'utf8'));

  const privacyRequests = new PrivacyRequestService(deps, audit, settings, businesses, trainings, print, reminders, resourcesDir);
  // Retention ends personal data through each owner's own erasure (the same as on a person's request).
  const retention = new RetentionService(
    deps,
    audit,
    {
      businessOwner: (id, reason) => privacy.erasePersonalData(id, reason),
      participant: (id, reason) => trainings.participants.erasePersonalData(id, reason),
      consultation: eraseConsultationNarrative,
    },
    async () => {
      const s = await settings.get();
      return { timeZone: s.office.timeZone, language: s.language };
    },
  );
  reminders.addSource(retention.reminderSource());
  const breaches = new BreachService(deps, audit, print, () => settings.get(), resourcesDir);
  reminders.addSource(breaches.reminderSource());
  const processingRecord = new ProcessingRecordService(deps, audit, print, () => settings.get(), () => retention.settings(), resourcesDir);
  // A person's restricted data is refused by one rule, checked before every channel that would process it.
  const restriction = new RestrictionRule(deps, consultations, trainings);

  const handlers: Handlers = guardRestricted(combineHandlers(
    settingsHandlers(settings, events, { onTimeZoneChanged: () => followUps.rescheduleOpen() }),
    consultantHandlers(consultants),
    sessionHandlers(session, settings, events),
    systemHandlers({ ds, dataDir: options.dataDir, appVersion: options.platform.appVersion }, audit),
    regionHandlers(regions),
    businessHandlers(businesses, privacy, timeline),
    consultationHandlers(consultations),
    followUpHandlers(followUps),
    printHandlers(print),
    transferHandlers(exporter, importer, transferJobs, options.platform, officeKeys, conflicts),
    trainingHandlers(trainings, participantImporter),
    impactHandlers(impact),
    reportHandlers(reports),
    backupHandlers(backups),
    updateHandlers(updates),
    privacyRequestHandlers(privacyRequests),
    retentionHandlers(retention),
    breachHandlers(breaches),
    processingRecordHandlers(processingRecord),
  ), restriction);
  const router = createRouter(contract, handlers, logger, {
    rules: CHANNEL_GUARDS,
    desk: {
      actorId: () => deps.session.actorId,
      locked: () => deps.session.isLocked,
      freshPin: () => session.freshUntil() !== null,
      role: () => session.role(),
    },
  });
  // One way for screens to stay fresh: every commit says which tables it changed.
  onCommitted(ds, (tables) => events.emit('data:changed', { tables }));
  logger.info('core ready', { channels: router.channels.length });
  if (options.reminders ?? true) reminders.start();
  backups.start({ automatic: options.backups ?? true });

  let closed = false;
  return {
    router,
    events,
    services: { audit, settings, consultants, session, regions, businesses, consultations, followUps, reminders, print, exporter, importer, officeKeys, conflicts, trainings, impact, reports, backups, updates, privacyRequests, retention, breaches, processingRecord },
    ds,
    dataDir: options.dataDir,
    async close() {
      if (closed) return;
      closed = true;
      reminders.stop();
      await importer.dispose();
      await backups.stop();
      await ds.destroy();
    },
  };
}

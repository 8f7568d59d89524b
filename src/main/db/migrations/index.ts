import { resolve } from 'node:path';
import { Initial1764316800000 } from './1764316800000-initial';
import { regionsMigration } from './1764403200000-regions';
import { Businesses1764489600000 } from './1764489600000-businesses';
import { Consultations1764576000000 } from './1764576000000-consultations';
import { FollowUpReminders1764662400000 } from './1764662400000-follow-up-reminders';
import { Transfer1764748800000 } from './1764748800000-transfer';
import { ConsultationListSpeed1764921600000 } from './1764921600000-consultation-list-speed';
import { BusinessActivity1765008000000 } from './1765008000000-business-activity';
import { TrainingsImpact1765094400000 } from './1765094400000-trainings-impact';
import { ReportSpeed1765180800000 } from './1765180800000-report-speed';
import { ReportAggregates1765267200000 } from './1765267200000-report-aggregates';
import { BackupSettings1765353600000 } from './1765353600000-backup-settings';
import { NameVariants1765447200000 } from './1765447200000-name-variants';
import { FollowUpDueEndOfDay1765533600000 } from './1765533600000-follow-up-due-end-of-day';
import { UpdateSettings1765620000000 } from './1765620000000-update-settings';
import { RecordVersions1765700000000 } from './1765700000000-record-versions';
import { DeskLock1765710000000 } from './1765710000000-desk-lock';
import { PrivacyRequests1765720000000 } from './1765720000000-privacy-requests';
import { PrivacyDuties1765730000000 } from './1765730000000-privacy-duties';
import { VersionTriggersNewColumns1765790000000 } from './1765790000000-version-triggers-new-columns';
import { ExportSubjects1765795000000 } from './1765795000000-export-subjects';

/** resources/ beside the project, unless the shell says where its resources are. */
export function defaultResourcesDir(): string {
  return process.env['KLINIK_RESOURCES_DIR'] || resolve('resources');
}

/**
 * Every migration, oldest first. Named `<epoch-ms>-<name>`; the list is explicit so the built
 * bundle never depends on scanning folders, and the applied list is checked against it at start.
 */
export function createMigrations(resourcesDir: string = defaultResourcesDir()) {
  return [
    Initial1764316800000,
    regionsMigration(resourcesDir),
    Businesses1764489600000,
    Consultations1764576000000,
    FollowUpReminders1764662400000,
    Transfer1764748800000,
    ConsultationListSpeed1764921600000,
    BusinessActivity1765008000000,
    TrainingsImpact1765094400000,
    ReportSpeed1765180800000,
    ReportAggregates1765267200000,
    BackupSettings1765353600000,
    NameVariants1765447200000,
    FollowUpDueEndOfDay1765533600000,
    UpdateSettings1765620000000,
    RecordVersions1765700000000,
    DeskLock1765710000000,
    PrivacyRequests1765720000000,
    PrivacyDuties1765730000000,
    VersionTriggersNewColumns1765790000000,
    ExportSubjects1765795000000,
  ];
}

export const migrations = createMigrations();

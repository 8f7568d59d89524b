import type { CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/audit.service';
import type { BusinessService } from '../businesses';
import type { FollowUpService } from '../follow-ups';
import type { RegionService } from '../regions/region.service';
import type { SettingsService } from '../settings/settings.service';

/** Trainings (Pelatihan), their participants, attendance, sheet import and check-ins. */
export class TrainingService {
  constructor(
    readonly deps: CoreDeps,
    readonly audit: AuditService,
    readonly settings: SettingsService,
    readonly regions: RegionService,
    readonly businesses: BusinessService,
    readonly followUps: FollowUpService,
    readonly platform: Platform,
  ) {}
}

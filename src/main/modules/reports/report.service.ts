import type { CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { PrintService } from '../printing';
import type { RegionService } from '../regions/region.service';
import type { SettingsService } from '../settings/settings.service';

/** The dashboard, the activity report, the impact scorecard and the data checks before reporting. */
export class ReportService {
  constructor(
    readonly deps: CoreDeps,
    readonly settings: SettingsService,
    readonly regions: RegionService,
    readonly print: PrintService,
    readonly platform: Platform,
    readonly resourcesDir: string,
  ) {}
}

import type { CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { FollowUpService } from '../follow-ups';
import type { PrintService } from '../printing';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { DashboardService } from './dashboard.service';
import { ReportDocumentService } from './report-document.service';
import { ReportFiguresService } from './report-figures.service';

/**
 * The reports module, one service per job: the dashboard; the figures of the activity report,
 * the impact scorecard and the data checks; and those reports as documents (HTML, PDF, Excel).
 */
export class ReportService {
  readonly dashboard: DashboardService;
  readonly figures: ReportFiguresService;
  readonly documents: ReportDocumentService;

  constructor(deps: CoreDeps, settings: SettingsService, regions: RegionService, print: PrintService, platform: Platform, resourcesDir: string, followUps: FollowUpService) {
    this.dashboard = new DashboardService(deps, regions, followUps);
    this.figures = new ReportFiguresService(deps, settings, regions);
    this.documents = new ReportDocumentService(deps, settings, regions, print, platform, resourcesDir, this.figures);
  }
}

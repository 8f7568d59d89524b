import type { ParsedInput, PrintResult, ReportKind, ReportPeriod } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { PrintService } from '../printing';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { reportDocument } from './report.html';
import type { ReportFiguresService, ReportQuery } from './report-figures.service';
import { writeReportWorkbook } from './report.xlsx';
import { periodSlug, reportText } from './reports.text';

type DocumentQuery = ReportQuery & { kind: ReportKind };

/** The activity report and the impact scorecard as documents: an A4 HTML page, a PDF, an Excel workbook. */
export class ReportDocumentService {
  constructor(
    readonly deps: CoreDeps,
    readonly settings: SettingsService,
    readonly regions: RegionService,
    readonly print: PrintService,
    readonly platform: Platform,
    readonly resourcesDir: string,
    readonly figures: ReportFiguresService,
  ) {}

  private async documentData(q: DocumentQuery) {
    const settings = await this.settings.get();
    const text = reportText(settings.language);
    const activity = q.kind === 'activity' ? await this.figures.activity(q) : null;
    // The activity report ends with the period's impact in brief; the scorecard is the impact report.
    const impact = await this.figures.impact(q);
    return { settings, text, activity, impact, regencyName: await this.regions.name(q.regencyCode ?? null) };
  }

  /** The report as a complete A4 HTML document; what the tests render and `reports:print` delivers. */
  async reportHtml(q: DocumentQuery): Promise<string> {
    const d = await this.documentData(q);
    return reportDocument({
      kind: q.kind,
      period: q.period,
      regencyName: d.regencyName,
      activity: d.activity,
      impact: d.impact,
      office: d.settings.office,
      language: d.settings.language,
      text: d.text,
      resourcesDir: this.resourcesDir,
      printedAt: this.deps.clock(),
    });
  }

  private fileName(q: { period: ReportPeriod; kind: ReportKind }, ext: string): string {
    return `${q.kind === 'activity' ? 'Laporan-Kegiatan' : 'Laporan-Dampak'}-${periodSlug(q.period)}.${ext}`;
  }

  async printReport(q: ParsedInput<'reports:print'>): Promise<PrintResult> {
    return this.print.deliverDocument(await this.reportHtml(q), q.target, this.fileName(q, 'pdf'));
  }

  async exportXlsx(q: ParsedInput<'reports:exportXlsx'>): Promise<{ status: 'saved' | 'cancelled'; path: string | null }> {
    const d = await this.documentData(q);
    const path = await this.platform.chooseSavePath({
      title: d.text.saveTitle,
      defaultName: this.fileName(q, 'xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
    if (!path) return { status: 'cancelled', path: null };
    await writeReportWorkbook(path, { kind: q.kind, period: q.period, regencyName: d.regencyName, activity: d.activity, impact: d.impact, text: d.text });
    return { status: 'saved', path };
  }
}

import { writeFile } from 'node:fs/promises';
import { BATCH_MAX, type ConsultationDetail, type ParsedInput, type PrintResult } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { todayIn, type CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { BusinessService } from '../businesses';
import { safeFileName } from '../../files/names';
import type { ConsultationService } from '../consultations';
import type { FollowUpService } from '../follow-ups';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { printText } from './print.text';
import { businessSheetDocument } from './sheet.html';
import { summaryDocument, type PrintedBusiness, type SummaryContext } from './summary.html';

type Target = 'printer' | 'pdf';

/** `Kota Samarinda` -> `Samarinda`: how a place is written above a signature. */
function placeName(regencyName: string | null): string | null {
  return regencyName ? regencyName.replace(/^(Kota|Kabupaten|Kab\.)\s+/i, '') : null;
}

/**
 * Printed documents: HTML made here, turned into PDF bytes or sent to the OS print dialog by the
 * platform (Electron's printToPDF, the harness's Chromium). Nothing here knows Electron.
 */
export class PrintService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly settings: SettingsService,
    private readonly businesses: BusinessService,
    private readonly consultations: ConsultationService,
    private readonly followUps: FollowUpService,
    private readonly regions: RegionService,
    private readonly platform: Platform,
    private readonly resourcesDir: string,
  ) {}

  private async context(): Promise<SummaryContext> {
    const settings = await this.settings.get();
    return {
      office: settings.office,
      text: printText(settings.language),
      language: settings.language,
      resourcesDir: this.resourcesDir,
      printedAt: this.deps.clock(),
      place: placeName(await this.regions.name(settings.office.regencyCode)),
    };
  }

  private async printedBusiness(id: string | null): Promise<PrintedBusiness | null> {
    if (!id) return null;
    const b = await this.businesses.get(id);
    return { name: b.name, brand: b.brand, ownerName: b.ownerName, ownerNikMasked: b.ownerNikMasked, regencyName: b.regencyName, nib: b.nib };
  }

  /** The HTML of one summary; also what the tests and `npm run print:sample` render. */
  async consultationHtml(id: string): Promise<{ html: string; consultation: ConsultationDetail; business: PrintedBusiness | null }> {
    const consultation = await this.consultations.get(id);
    if (consultation.deletedAt) throw new AppError('NOT_FOUND', 'consultations.notFound');
    const business = await this.printedBusiness(consultation.businessId);
    return { html: summaryDocument([{ consultation, business }], await this.context()), consultation, business };
  }

  async printConsultation(id: string, target: Target): Promise<PrintResult> {
    const { html, consultation, business } = await this.consultationHtml(id);
    const number = consultation.number ? consultation.number.replace(/\//g, '-') : `DRAF-${consultation.draft?.date || ''}`;
    const name = `Ringkasan-Konsultasi-${safeFileName(`${number}-${business?.name ?? ''}`)}.pdf`;
    return this.deliver(html, target, name, 1);
  }

  async businessSheetHtml(id: string): Promise<string> {
    const business = await this.businesses.get(id);
    const ctx = await this.context();
    const [recent, open] = await Promise.all([
      this.consultations.list({ businessId: id, status: 'final', page: 1, pageSize: 8 }),
      this.followUps.openForBusiness(id, 10),
    ]);
    const today = todayIn(ctx.office.timeZone, this.deps.clock);
    return businessSheetDocument({ business, consultations: recent.rows, followUps: open, today }, ctx);
  }

  async printBusinessSheet(id: string, target: Target): Promise<PrintResult> {
    const business = await this.businesses.get(id);
    return this.deliver(await this.businessSheetHtml(id), target, `Profil-Usaha-${safeFileName(business.name)}.pdf`, 0);
  }

  /** Every finalised summary of the range or of the business, oldest first, in one document. */
  async batchHtml(q: Pick<ParsedInput<'print:batch'>, 'from' | 'to' | 'businessId'>): Promise<{ html: string; count: number }> {
    const list = await this.consultations.list({ from: q.from, to: q.to, businessId: q.businessId, status: 'final', page: 1, pageSize: BATCH_MAX });
    if (list.total === 0) throw new AppError('NOT_FOUND', 'printing.noneFinal');
    if (list.total > BATCH_MAX) {
      throw new AppError('VALIDATION', 'printing.tooMany', {
        params: { count: list.total },
        fields: { from: { key: 'v.batchTooLarge', params: { count: list.total, max: BATCH_MAX } } },
      });
    }
    const items = [];
    for (const row of [...list.rows].reverse()) {
      const consultation = await this.consultations.get(row.id);
      items.push({ consultation, business: await this.printedBusiness(consultation.businessId) });
    }
    return { html: summaryDocument(items, await this.context()), count: items.length };
  }

  async printBatch(q: ParsedInput<'print:batch'>): Promise<PrintResult> {
    const { html, count } = await this.batchHtml(q);
    const scope = q.businessId ? (await this.businesses.get(q.businessId)).name : `${q.from}-sd-${q.to}`;
    return this.deliver(html, q.target, `Ringkasan-Konsultasi-${safeFileName(scope)}.pdf`, count);
  }

  /** Prints, or saves as PDF where the consultant chooses, a document made by another module (the reports). */
  deliverDocument(html: string, target: Target, defaultName: string, count = 1): Promise<PrintResult> {
    return this.deliver(html, target, defaultName, count);
  }

  private async deliver(html: string, target: Target, defaultName: string, count: number): Promise<PrintResult> {
    if (target === 'printer') {
      const printed = await this.platform.printHtml(html);
      return { status: printed ? 'printed' : 'cancelled', path: null, count };
    }
    const path = await this.platform.chooseSavePath({ title: 'Simpan PDF', defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (!path) return { status: 'cancelled', path: null, count };
    const pdf = await this.platform.printToPdf(html);
    try {
      await writeFile(path, pdf);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new AppError('STORAGE', code === 'ENOSPC' ? 'printing.diskFull' : 'printing.cannotSave');
    }
    return { status: 'saved', path, count };
  }
}

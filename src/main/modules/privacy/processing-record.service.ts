import {
  PROCESSING_RECORD_FIELDS,
  type Language,
  type ParsedInput,
  type PrintResult,
  type ProcessingRecord,
  type ProcessingRecordField,
  type RetentionSettings,
  type Settings,
} from '../../../shared/contract';
import { nowIso, todayIn, type CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import { esc, htmlDocument, letterhead, longDateTime, printText } from '../printing';
import type { PrintService } from '../printing';
import { PROCESSING_RECORD_DEFAULTS } from './processing-record.defaults';
import { readTexts, removeText, writeText } from './processing-record.queries';

const TEXT = {
  id: {
    title: 'Catatan Kegiatan Pemrosesan Data Pribadi',
    subtitle: (date: string) => `Pasal 31 UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi · keadaan per ${date}`,
    headings: {
      controller: 'Pengendali data',
      purposes: 'Tujuan pemrosesan',
      legalBasis: 'Dasar pemrosesan',
      subjects: 'Subjek data',
      categories: 'Jenis data pribadi',
      recipients: 'Penerima data',
      transfers: 'Transfer ke luar negeri',
      security: 'Langkah keamanan',
    } satisfies Record<ProcessingRecordField, string>,
    retention: 'Masa retensi',
    kind: 'Jenis catatan',
    period: 'Masa simpan',
    months: (n: number) => (n % 12 === 0 ? `${n / 12} tahun` : `${n} bulan`),
    kinds: {
      businessOwner: 'Data pribadi pemilik usaha (sejak kegiatan terakhir)',
      consultation: 'Uraian konsultasi: keluhan, diagnosis, saran (sejak tanggal konsultasi)',
      participant: 'Data peserta pelatihan (sejak pelatihan selesai)',
    },
    afterRetention: 'Setelah masa retensi, data pribadi dianonimkan; angka statistik (wilayah, sektor, tanggal, jumlah) tetap.',
    printed: (at: string) => `Dicetak ${at}`,
  },
  en: {
    title: 'Record of Personal Data Processing Activities',
    subtitle: (date: string) => `Article 31 of Law No. 27 of 2022 on Personal Data Protection · as of ${date}`,
    headings: {
      controller: 'Controller',
      purposes: 'Purposes of processing',
      legalBasis: 'Legal basis',
      subjects: 'Data subjects',
      categories: 'Categories of personal data',
      recipients: 'Recipients',
      transfers: 'Transfers abroad',
      security: 'Security measures',
    } satisfies Record<ProcessingRecordField, string>,
    retention: 'Retention periods',
    kind: 'Kind of record',
    period: 'Kept for',
    months: (n: number) => (n % 12 === 0 ? `${n / 12} year${n === 12 ? '' : 's'}` : `${n} months`),
    kinds: {
      businessOwner: "Business owners' personal data (from the last activity)",
      consultation: 'Consultation narrative: complaint, diagnosis, advice (from the consultation date)',
      participant: "Training participants' data (from the end of the training)",
    },
    afterRetention: 'After the retention period personal data is anonymised; the statistics (regions, sectors, dates, counts) stay.',
    printed: (at: string) => `Printed ${at}`,
  },
} satisfies Record<Language, unknown>;

/**
 * The record of processing (UU PDP art. 31): its texts come from Pengaturan (sensible defaults
 * until the office changes them) and the retention periods; printed as an A4 PDF.
 */
export class ProcessingRecordService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly print: PrintService,
    private readonly settings: () => Promise<Settings>,
    private readonly retention: () => Promise<RetentionSettings>,
    private readonly resourcesDir: string,
  ) {}

  async get(): Promise<ProcessingRecord> {
    const stored = await readTexts(this.deps.ds.manager);
    const byField = new Map(stored.map((s) => [s.field, s]));
    const texts = Object.fromEntries(
      PROCESSING_RECORD_FIELDS.map((f) => [f, byField.get(f)?.text ?? PROCESSING_RECORD_DEFAULTS[f]]),
    ) as Record<ProcessingRecordField, string>;
    const updated = stored.map((s) => s.updatedAt).sort();
    return { texts, defaults: PROCESSING_RECORD_FIELDS.filter((f) => !byField.has(f)), updatedAt: updated.at(-1) ?? null };
  }

  async set(input: ParsedInput<'privacy:setProcessingRecord'>): Promise<ProcessingRecord> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = await this.get();
      const changed: string[] = [];
      for (const field of PROCESSING_RECORD_FIELDS) {
        const next = input.texts[field];
        if (next === undefined || next === before.texts[field]) continue;
        // An empty text, or the default itself, means "the default".
        if (next === '' || next === PROCESSING_RECORD_DEFAULTS[field]) await removeText(m, field);
        else await writeText(m, field, next, nowIso(this.deps.clock), actor);
        changed.push(field);
      }
      if (changed.length > 0) {
        await this.audit.record(m, { action: 'update', entity: 'processing_record', entityId: null, changes: { fields: [null, changed] } });
      }
    });
    return this.get();
  }

  async html(): Promise<string> {
    const settings = await this.settings();
    const language = settings.language;
    const t = TEXT[language];
    const pt = printText(language);
    const record = await this.get();
    const retention = await this.retention();
    const zone = settings.office.timeZone;
    const sections = PROCESSING_RECORD_FIELDS.map((f) => `<h2>${esc(t.headings[f])}</h2><p class="text">${esc(record.texts[f])}</p>`).join('\n');
    const rows = retention.periods.map((p) => `<tr><td>${esc(t.kinds[p.kind])}</td><td class="nowrap">${esc(t.months(p.months))}</td></tr>`).join('');
    const today = todayIn(zone, this.deps.clock);
    const body = `${letterhead(settings.office, pt)}
<h1>${esc(t.title)}</h1>
<p class="subtitle">${esc(t.subtitle(today.split('-').reverse().join('/')))}</p>
${sections}
<h2>${esc(t.retention)}</h2>
<table class="grid keep"><thead><tr><th>${esc(t.kind)}</th><th>${esc(t.period)}</th></tr></thead><tbody>${rows}</tbody></table>
<p class="muted">${esc(t.afterRetention)}</p>`;
    return htmlDocument(
      { title: t.title, language, text: pt, resourcesDir: this.resourcesDir, footerLeft: t.printed(longDateTime(this.deps.clock(), zone, pt)) },
      body,
    );
  }

  async printRecord(input: ParsedInput<'privacy:printProcessingRecord'>): Promise<PrintResult> {
    const settings = await this.settings();
    const date = todayIn(settings.office.timeZone, this.deps.clock);
    return this.print.deliverDocument(await this.html(), input.target, `Catatan-Pemrosesan-Data-Pribadi-${date}.pdf`);
  }
}

import type { Language, ReportPeriod } from '../../../shared/contract';
import { localeOf, numberFormat } from '../../../shared/domain/numbers';
import { printText } from '../printing';
import { labelsEn, labelsId } from '../../../shared/labels';

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The words of the printed and exported reports, per UI language. Figures are written the way of
 * the same language: 1.234.567, Rp 1.500.000, 41,7% in Indonesian; 1,234,567, Rp 1,500,000, 41.7% in English.
 */
const id = {
  activityTitle: 'Laporan Kegiatan',
  impactTitle: 'Laporan Dampak',
  periodMonth: (year: number, month: number) => `Bulan ${MONTHS_ID[month - 1]} ${year}`,
  periodQuarter: (year: number, quarter: number) => `Triwulan ${['I', 'II', 'III', 'IV'][quarter - 1]} ${year}`,
  allRegencies: 'Semua kabupaten/kota',
  regency: 'Kabupaten/kota',
  noRegency: 'Tanpa kabupaten/kota',
  noRows: 'Tidak ada data pada periode ini',
  summary: 'Ringkasan',
  figure: 'Uraian',
  value: 'Jumlah',
  consultations: 'Konsultasi',
  contactHours: 'Jam kontak',
  contactMinutes: 'Menit kontak',
  prepMinutes: 'Menit persiapan',
  businessesServed: 'UMKM dilayani',
  businesses: 'UMKM',
  newClients: 'Klien baru (konsultasi pertama)',
  newProfiles: 'Profil UMKM baru',
  followUpsDone: 'Tindak lanjut selesai',
  trainings: 'Pelatihan',
  participants: 'Peserta pelatihan',
  attended: 'Peserta hadir',
  womenOwners: 'Pemilik perempuan',
  youthOwners: 'Pemilik usia muda (16–30 tahun)',
  womenParticipants: 'Peserta perempuan',
  youthParticipants: 'Peserta usia muda (16–30 tahun)',
  shareOf: (count: string, known: string, pct: string) => `${pct} (${count} dari ${known} yang diketahui)`,
  unknownShare: '—',
  byArea: 'Per bidang layanan',
  area: 'Bidang layanan',
  byChannel: 'Per cara konsultasi',
  channel: 'Cara konsultasi',
  byRegency: 'Per kabupaten/kota',
  byConsultant: 'Per konsultan',
  consultant: 'Konsultan',
  areaNote: 'Satu konsultasi dihitung sekali pada setiap bidangnya.',
  milestones: 'Capaian tercatat',
  businessesWithMilestones: 'UMKM dengan capaian',
  businessesStarted: 'Usaha baru dimulai',
  startedFromTraining: 'di antaranya dari peserta pelatihan',
  jobs: 'Tenaga kerja',
  jobsCreated: 'Lapangan kerja baru',
  jobsKept: 'Lapangan kerja dipertahankan',
  men: 'Laki-laki',
  women: 'Perempuan',
  total: 'Jumlah',
  sales: 'Omzet bulanan',
  salesCount: 'UMKM melaporkan omzet',
  salesBefore: 'Sebelum',
  salesAfter: 'Sesudah',
  salesIncrease: 'Kenaikan',
  capital: 'Akses permodalan',
  source: 'Sumber',
  count: 'Jumlah',
  amount: 'Nilai',
  permits: 'Perizinan diperoleh',
  permit: 'Izin',
  markets: 'Pasar baru',
  market: 'Saluran',
  credited: 'Atribusi dan bukti',
  creditedConsultation: 'Dikreditkan ke konsultasi',
  creditedTraining: 'Dikreditkan ke pelatihan',
  withEvidence: 'Dengan catatan bukti',
  capitalNames: labelsId.capitalSources,
  permitNames: labelsId.permitKinds,
  marketNames: labelsId.salesChannels,
  // Workbook
  sheetSummary: 'Ringkasan',
  sheetArea: 'Per Bidang',
  sheetRegency: 'Per Kabupaten-Kota',
  sheetConsultant: 'Per Konsultan',
  sheetImpact: 'Dampak',
  period: 'Periode',
  saveTitle: 'Simpan laporan XLSX',
};

export type ReportText = typeof id & { print: ReturnType<typeof printText>; figures: Figures };

const en: typeof id = {
  ...id,
  activityTitle: 'Activity Report',
  impactTitle: 'Impact Report',
  periodMonth: (year, month) => `${MONTHS_EN[month - 1]} ${year}`,
  periodQuarter: (year, quarter) => `Quarter ${quarter} ${year}`,
  allRegencies: 'All regencies and cities',
  regency: 'Regency/city',
  noRegency: 'No regency/city',
  noRows: 'Nothing in this period',
  summary: 'Summary',
  figure: 'Item',
  value: 'Value',
  consultations: 'Consultations',
  contactHours: 'Contact hours',
  contactMinutes: 'Contact minutes',
  prepMinutes: 'Preparation minutes',
  businessesServed: 'Businesses served',
  businesses: 'Businesses',
  newClients: 'New clients (first consultation)',
  newProfiles: 'New business profiles',
  followUpsDone: 'Follow-ups completed',
  trainings: 'Trainings',
  participants: 'Training participants',
  attended: 'Participants present',
  womenOwners: 'Women owners',
  youthOwners: 'Young owners (16–30)',
  womenParticipants: 'Women participants',
  youthParticipants: 'Young participants (16–30)',
  shareOf: (count, known, pct) => `${pct} (${count} of ${known} known)`,
  byArea: 'By service area',
  area: 'Service area',
  byChannel: 'By channel',
  channel: 'Channel',
  byRegency: 'By regency/city',
  byConsultant: 'By consultant',
  consultant: 'Consultant',
  areaNote: 'A consultation counts once in each of its areas.',
  milestones: 'Milestones recorded',
  businessesWithMilestones: 'Businesses with milestones',
  businessesStarted: 'Businesses started',
  startedFromTraining: 'of which by training participants',
  jobs: 'Jobs',
  jobsCreated: 'Jobs created',
  jobsKept: 'Jobs kept',
  men: 'Men',
  women: 'Women',
  total: 'Total',
  sales: 'Monthly sales',
  salesCount: 'Businesses reporting sales',
  salesBefore: 'Before',
  salesAfter: 'After',
  salesIncrease: 'Increase',
  capital: 'Access to capital',
  source: 'Source',
  count: 'Count',
  amount: 'Amount',
  permits: 'Permits obtained',
  permit: 'Permit',
  markets: 'New markets',
  market: 'Channel',
  credited: 'Attribution and evidence',
  creditedConsultation: 'Credited to a consultation',
  creditedTraining: 'Credited to a training',
  withEvidence: 'With an evidence note',
  capitalNames: labelsEn.capitalSources,
  permitNames: labelsEn.permitKinds,
  marketNames: labelsEn.salesChannels,
  sheetSummary: 'Ringkasan',
  sheetArea: 'Per Bidang',
  sheetRegency: 'Per Kabupaten-Kota',
  sheetConsultant: 'Per Konsultan',
  sheetImpact: 'Dampak',
  period: 'Period',
  saveTitle: 'Save XLSX report',
};

export function reportText(language: Language): ReportText {
  return { ...(language === 'en' ? en : id), print: printText(language), figures: figures(localeOf(language)) };
}

export function periodLabel(p: ReportPeriod, text: ReportText): string {
  return p.kind === 'month' ? text.periodMonth(p.year, p.month) : text.periodQuarter(p.year, p.quarter);
}

/** `2026-11` for a month, `2026-Q4` for a quarter: the part of a file name that names the period. */
export function periodSlug(p: ReportPeriod): string {
  return p.kind === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}` : `${p.year}-Q${p.quarter}`;
}

/** The report's figures, written in its language (examples in Indonesian). */
export interface Figures {
  /** `1.234.567` */
  num: (n: number) => string;
  /** `Rp 1.500.000` */
  rupiah: (n: number) => string;
  /** `41,7%`, or null when nothing is known. */
  percent: (count: number, known: number) => string | null;
  /** Contact minutes as hours with one decimal: `12,5`. */
  hours: (minutes: number) => string;
}

function figures(locale: string): Figures {
  const whole = numberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    num: (n) => whole.format(n),
    rupiah: (n) => `Rp ${whole.format(n)}`,
    percent: (count, known) => (known > 0 ? `${oneDecimal.format((count / known) * 100)}%` : null),
    hours: (minutes) => oneDecimal.format(minutes / 60),
  };
}

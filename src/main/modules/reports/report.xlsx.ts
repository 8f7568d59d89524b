import { rename, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { ActivityReport, ImpactReport, ReportKind, ReportPeriod } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { periodLabel, type ReportText } from './reports.text';

export interface ReportWorkbookData {
  kind: ReportKind;
  period: ReportPeriod;
  regencyName: string | null;
  activity: ActivityReport | null;
  impact: ImpactReport;
  text: ReportText;
}

const RUPIAH = '"Rp" #,##0';
const WHOLE = '#,##0';
const HOURS = '#,##0.0';
const PERCENT = '0.0%';

type Cell = string | number | null;
interface Column {
  header: string;
  format?: string;
}

/** A sheet with a bold, frozen header row, number formats per column and widths fitted to the content. */
function addSheet(wb: ExcelJS.Workbook, title: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.format) col.eachCell((cell, row) => {
      if (row > 1) cell.numFmt = c.format!;
    });
    const longest = Math.max(c.header.length, ...rows.map((r) => displayLength(r[i], c.format)));
    col.width = Math.min(60, Math.max(8, longest + 2));
  });
  return ws;
}

function displayLength(v: Cell | undefined, format?: string): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') {
    const digits = Math.trunc(Math.abs(v)).toString().length;
    return digits + Math.floor((digits - 1) / 3) + (format === RUPIAH ? 3 : 0) + (format === HOURS || format === PERCENT ? 3 : 0);
  }
  return v.length;
}

const ratio = (count: number, known: number): number | null => (known > 0 ? count / known : null);

/** The report as a workbook: Ringkasan, Per Bidang, Per Kabupaten-Kota, Per Konsultan and Dampak. */
export function reportWorkbook(d: ReportWorkbookData): ExcelJS.Workbook {
  const { text } = d;
  const p = text.print;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Klinik Bisnis';
  const a = d.activity;
  const m = d.impact;

  const summary: Cell[][] = [
    [text.period, periodLabel(d.period, text), null],
    [text.regency, d.regencyName ?? text.allRegencies, null],
  ];
  if (a) {
    const t = a.totals;
    summary.push(
      [text.consultations, t.consultations, WHOLE],
      [text.contactHours, t.contactMinutes / 60, HOURS],
      [text.contactMinutes, t.contactMinutes, WHOLE],
      [text.prepMinutes, t.prepMinutes, WHOLE],
      [text.businessesServed, t.businessesServed, WHOLE],
      [text.newClients, t.newClients, WHOLE],
      [text.newProfiles, t.newProfiles, WHOLE],
      [text.followUpsDone, t.followUpsDone, WHOLE],
      [text.trainings, t.trainings, WHOLE],
      [text.participants, t.participants, WHOLE],
      [text.attended, t.attended, WHOLE],
      [text.womenOwners, ratio(a.womenOwners.count, a.womenOwners.known), PERCENT],
      [text.youthOwners, ratio(a.youthOwners.count, a.youthOwners.known), PERCENT],
      [text.womenParticipants, ratio(a.womenParticipants.count, a.womenParticipants.known), PERCENT],
      [text.youthParticipants, ratio(a.youthParticipants.count, a.youthParticipants.known), PERCENT],
    );
  }
  summary.push(
    [text.businessesStarted, m.businessesStarted, WHOLE],
    [text.jobsCreated, m.jobsCreated.men + m.jobsCreated.women, WHOLE],
    [text.jobsKept, m.jobsKept.men + m.jobsKept.women, WHOLE],
    [text.salesIncrease, m.sales.increase, RUPIAH],
    [text.capital, m.capital.reduce((s, c) => s + c.amount, 0), RUPIAH],
  );
  const ws = addSheet(wb, text.sheetSummary, [{ header: text.figure }, { header: text.value }], summary.map((r): Cell[] => [r[0] ?? null, r[1] ?? null]));
  summary.forEach((r, i) => {
    if (r[2]) ws.getCell(i + 2, 2).numFmt = r[2] as string;
  });
  ws.getColumn(2).width = Math.max(ws.getColumn(2).width ?? 10, 18);

  const counts = [{ header: text.consultations, format: WHOLE }, { header: text.contactHours, format: HOURS }, { header: text.contactMinutes, format: WHOLE }, { header: text.businesses, format: WHOLE }];
  const countCells = (r: { consultations: number; contactMinutes: number; businesses: number }): Cell[] => [r.consultations, r.contactMinutes / 60, r.contactMinutes, r.businesses];
  addSheet(wb, text.sheetArea, [{ header: text.area }, ...counts], (a?.byArea ?? []).map((r) => [p.areaNames[r.area] ?? r.area, ...countCells(r)]));
  addSheet(
    wb,
    text.sheetRegency,
    [{ header: text.regency }, ...counts, { header: text.participants, format: WHOLE }],
    (a?.byRegency ?? []).map((r) => [r.regencyName ?? text.noRegency, ...countCells(r), r.participants]),
  );
  addSheet(wb, text.sheetConsultant, [{ header: text.consultant }, ...counts], (a?.byConsultant ?? []).map((r) => [r.consultantName, ...countCells(r)]));

  const impact: Cell[][] = [
    [text.businessesWithMilestones, null, m.businesses, null],
    [text.milestones, null, m.milestones, null],
    [text.businessesStarted, null, m.businessesStarted, null],
    [text.startedFromTraining, null, m.startedFromTraining, null],
    [text.jobsCreated, text.men, m.jobsCreated.men, null],
    [text.jobsCreated, text.women, m.jobsCreated.women, null],
    [text.jobsKept, text.men, m.jobsKept.men, null],
    [text.jobsKept, text.women, m.jobsKept.women, null],
    [text.sales, text.salesBefore, m.sales.count, m.sales.before],
    [text.sales, text.salesAfter, m.sales.count, m.sales.after],
    [text.sales, text.salesIncrease, m.sales.count, m.sales.increase],
    ...m.capital.map((c): Cell[] => [text.capital, text.capitalNames[c.source], c.count, c.amount]),
    ...m.permits.map((x): Cell[] => [text.permits, text.permitNames[x.kind], x.count, null]),
    ...m.markets.map((x): Cell[] => [text.markets, text.marketNames[x.channel], x.count, null]),
    [text.creditedConsultation, null, m.credited.consultation, null],
    [text.creditedTraining, null, m.credited.training, null],
    [text.withEvidence, null, m.credited.withEvidence, null],
  ];
  addSheet(wb, text.sheetImpact, [{ header: text.figure }, { header: text.source }, { header: text.count, format: WHOLE }, { header: text.amount, format: RUPIAH }], impact);
  return wb;
}

/** Writes the workbook as `<path>.partial` and renames it when complete, so a failed write leaves no half file. */
export async function writeReportWorkbook(path: string, d: ReportWorkbookData): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await reportWorkbook(d).xlsx.writeFile(partial);
    await rename(partial, path);
  } catch (err) {
    await rm(partial, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('STORAGE', code === 'ENOSPC' ? 'reports.diskFull' : 'reports.cannotSave');
  }
}

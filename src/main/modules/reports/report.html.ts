import type { ActivityReport, ImpactReport, Language, OfficeProfile, ReportKind, ReportPeriod, Share } from '../../../shared/contract';
import { esc, htmlDocument, letterhead, longDateTime } from '../printing';
import { periodLabel, type ReportText } from './reports.text';

export interface ReportDocumentData {
  kind: ReportKind;
  period: ReportPeriod;
  regencyName: string | null;
  activity: ActivityReport | null;
  impact: ImpactReport;
  office: OfficeProfile;
  language: Language;
  text: ReportText;
  resourcesDir: string;
  printedAt: Date;
}

const STYLE = `<style>
  table.grid td.n, table.grid th.n { text-align: right; white-space: nowrap; }
  table.grid tfoot td { font-weight: 700; background: #f6f8fb; }
  table.grid td.none { color: #666; font-style: italic; }
  .report-note { font-size: 8pt; color: #555; margin: 1mm 0 0; }
  .two { display: flex; gap: 6mm; } .two > div { flex: 1; }
</style>`;

/** A table; with no rows it says so in one row instead of standing empty, and drops its total. */
function table(head: string[], rows: Array<Array<string>>, numeric: number[], noRows: string, foot?: string[]): string {
  const cell = (tag: 'th' | 'td', v: string, i: number) => `<${tag}${numeric.includes(i) ? ' class="n"' : ''}>${esc(v)}</${tag}>`;
  if (rows.length === 0) {
    return `<table class="grid"><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody><tr><td class="none" colspan="${head.length}">${esc(noRows)}</td></tr></tbody></table>`;
  }
  const body = rows.map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`).join('');
  const tfoot = foot ? `<tfoot><tr>${foot.map((v, i) => cell('td', v, i)).join('')}</tr></tfoot>` : '';
  return `<table class="grid"><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${body}</tbody>${tfoot}</table>`;
}

function shareText(s: Share, text: ReportText): string {
  const { num, percent } = text.figures;
  const pct = percent(s.count, s.known);
  return pct ? text.shareOf(num(s.count), num(s.known), pct) : text.unknownShare;
}

function activityBody(a: ActivityReport, text: ReportText): string {
  const { num, hours } = text.figures;
  const p = text.print;
  const t = a.totals;
  const summary = table(
    [text.figure, text.value],
    [
      [text.consultations, num(t.consultations)],
      [text.contactHours, hours(t.contactMinutes)],
      [text.contactMinutes, num(t.contactMinutes)],
      [text.prepMinutes, num(t.prepMinutes)],
      [text.businessesServed, num(t.businessesServed)],
      [text.newClients, num(t.newClients)],
      [text.newProfiles, num(t.newProfiles)],
      [text.followUpsDone, num(t.followUpsDone)],
      [text.trainings, num(t.trainings)],
      [text.participants, num(t.participants)],
      [text.attended, num(t.attended)],
      [text.womenOwners, shareText(a.womenOwners, text)],
      [text.youthOwners, shareText(a.youthOwners, text)],
      [text.womenParticipants, shareText(a.womenParticipants, text)],
      [text.youthParticipants, shareText(a.youthParticipants, text)],
    ],
    [1],
    text.noRows,
  );
  const countHead = [text.consultations, text.contactHours, text.businesses];
  const countCells = (r: { consultations: number; contactMinutes: number; businesses: number }) => [num(r.consultations), hours(r.contactMinutes), num(r.businesses)];
  const byArea = table(
    [text.area, ...countHead],
    a.byArea.map((r) => [p.areaNames[r.area] ?? r.area, ...countCells(r)]),
    [1, 2, 3],
    text.noRows,
  );
  const byChannel = table(
    [text.channel, ...countHead],
    a.byChannel.map((r) => [p.channels[r.channel] ?? r.channel, ...countCells(r)]),
    [1, 2, 3],
    text.noRows,
    [text.total, num(t.consultations), hours(t.contactMinutes), num(t.businessesServed)],
  );
  const byRegency = table(
    [text.regency, ...countHead, text.participants],
    a.byRegency.map((r) => [r.regencyName ?? text.noRegency, ...countCells(r), num(r.participants)]),
    [1, 2, 3, 4],
    text.noRows,
    [text.total, num(t.consultations), hours(t.contactMinutes), num(t.businessesServed), num(t.participants)],
  );
  const byConsultant = table(
    [text.consultant, ...countHead],
    a.byConsultant.map((r) => [r.consultantName, ...countCells(r)]),
    [1, 2, 3],
    text.noRows,
  );
  return `<h2>${esc(text.summary)}</h2>${summary}
<h2>${esc(text.byArea)}</h2>${byArea}<p class="report-note">${esc(text.areaNote)}</p>
<h2>${esc(text.byRegency)}</h2>${byRegency}
<h2>${esc(text.byConsultant)}</h2>${byConsultant}
<h2>${esc(text.byChannel)}</h2>${byChannel}`;
}

function impactBody(m: ImpactReport, text: ReportText): string {
  const { num, rupiah } = text.figures;
  const summary = table(
    [text.figure, text.value],
    [
      [text.businessesWithMilestones, num(m.businesses)],
      [text.milestones, num(m.milestones)],
      [text.businessesStarted, num(m.businessesStarted)],
      [text.startedFromTraining, num(m.startedFromTraining)],
    ],
    [1],
    text.noRows,
  );
  const jobs = table(
    [text.jobs, text.men, text.women, text.total],
    [
      [text.jobsCreated, num(m.jobsCreated.men), num(m.jobsCreated.women), num(m.jobsCreated.men + m.jobsCreated.women)],
      [text.jobsKept, num(m.jobsKept.men), num(m.jobsKept.women), num(m.jobsKept.men + m.jobsKept.women)],
    ],
    [1, 2, 3],
    text.noRows,
  );
  const sales = table(
    [text.salesCount, text.salesBefore, text.salesAfter, text.salesIncrease],
    [[num(m.sales.count), rupiah(m.sales.before), rupiah(m.sales.after), rupiah(m.sales.increase)]],
    [0, 1, 2, 3],
    text.noRows,
  );
  const capital = table(
    [text.source, text.count, text.amount],
    m.capital.map((c) => [text.capitalNames[c.source], num(c.count), rupiah(c.amount)]),
    [1, 2],
    text.noRows,
    [text.total, num(m.capital.reduce((s, c) => s + c.count, 0)), rupiah(m.capital.reduce((s, c) => s + c.amount, 0))],
  );
  const permits = table(
    [text.permit, text.count],
    m.permits.map((p) => [text.permitNames[p.kind], num(p.count)]),
    [1],
    text.noRows,
  );
  const markets = table(
    [text.market, text.count],
    m.markets.filter((x) => x.count > 0).map((x) => [text.marketNames[x.channel], num(x.count)]),
    [1],
    text.noRows,
    [text.total, num(m.markets.reduce((s, x) => s + x.count, 0))],
  );
  const credited = table(
    [text.figure, text.value],
    [
      [text.creditedConsultation, num(m.credited.consultation)],
      [text.creditedTraining, num(m.credited.training)],
      [text.withEvidence, num(m.credited.withEvidence)],
    ],
    [1],
    text.noRows,
  );
  return `${summary}
<h2>${esc(text.jobs)}</h2>${jobs}
<h2>${esc(text.sales)}</h2>${sales}
<h2>${esc(text.capital)}</h2>${capital}
<div class="two keep"><div><h2>${esc(text.permits)}</h2>${permits}</div><div><h2>${esc(text.markets)}</h2>${markets}</div></div>
<h2>${esc(text.credited)}</h2>${credited}`;
}

/** Laporan Kegiatan (with the period's impact in brief) or Laporan Dampak, on A4. */
export function reportDocument(d: ReportDocumentData): string {
  const { text } = d;
  const title = d.kind === 'activity' ? text.activityTitle : text.impactTitle;
  const subtitle = `${periodLabel(d.period, text)} · ${d.regencyName ?? text.allRegencies}`;
  const printed = text.print.printed(longDateTime(d.printedAt, d.office.timeZone, text.print));
  const body =
    d.kind === 'activity' && d.activity
      ? `${activityBody(d.activity, text)}<h2 class="break">${esc(text.impactTitle)}</h2>${impactBody(d.impact, text)}`
      : impactBody(d.impact, text);
  return htmlDocument(
    { title: `${title} — ${subtitle}`, language: d.language, text: text.print, resourcesDir: d.resourcesDir, footerLeft: `${title} · ${printed}` },
    `${STYLE}${letterhead(d.office, text.print)}
<h1>${esc(title)}</h1>
<div class="subtitle">${esc(subtitle)}</div>
${body}`,
  );
}

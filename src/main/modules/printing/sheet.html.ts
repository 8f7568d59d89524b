import type { BusinessDetail, ConsultationSummary, FollowUpItem } from '../../../shared/contract';
import { kbliByCode } from '../../../shared/domain/kbli';
import { esc, htmlDocument, letterhead, longDate, longDateTime } from './document';
import type { SummaryContext } from './summary.html';

interface SheetData {
  business: BusinessDetail;
  consultations: ConsultationSummary[];
  followUps: FollowUpItem[];
  /** Today in the office zone, to mark expired permits. */
  today: string;
}

function permitRow(name: string, number: string | null, expires: string | null, today: string, ctx: SummaryContext): string {
  const { text } = ctx;
  if (!number) return `<tr><td>${esc(name)}</td><td class="muted">—</td><td class="muted">—</td></tr>`;
  const until = expires
    ? `${esc(longDate(expires, text))}${expires < today ? ` <strong>(${esc(text.expired)})</strong>` : ''}`
    : `<span class="muted">${esc(text.noExpiry)}</span>`;
  return `<tr><td>${esc(name)}</td><td>${esc(number)}</td><td class="nowrap">${until}</td></tr>`;
}

/** Profil Usaha: one page with the profile, its permits, recent consultations and open follow-ups. */
export function businessSheetDocument(d: SheetData, ctx: SummaryContext): string {
  const { text } = ctx;
  const b = d.business;
  const left: Array<[string, string]> = [
    [text.business, [b.name, b.brand].filter(Boolean).join(' — ')],
    [text.owner, b.ownerName ?? '—'],
    [text.nik, b.ownerNikMasked ?? '—'],
    [text.region, [b.districtName, b.regencyName].filter(Boolean).join(', ') || '—'],
  ];
  const right: Array<[string, string]> = [
    [text.sector, [b.kbliCode, (b.kbliCode && kbliByCode(b.kbliCode)?.title) || b.sectorText].filter(Boolean).join(' — ') || '—'],
    [text.products, b.products ?? '—'],
    [text.employees, b.employeesMale !== null || b.employeesFemale !== null ? text.employeesValue(b.employeesMale ?? 0, b.employeesFemale ?? 0) : '—'],
    [text.scale, b.scale ? text.scaleNames[b.scale] : '—'],
  ];
  const facts = left.map(([k, v], i) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td><th>${esc(right[i]![0])}</th><td>${esc(right[i]![1])}</td></tr>`).join('');
  const permits = [
    permitRow('NIB', b.nib, null, d.today, ctx),
    permitRow('P-IRT', b.pirtNumber, b.pirtExpiresAt, d.today, ctx),
    permitRow('Halal', b.halalNumber, b.halalExpiresAt, d.today, ctx),
    permitRow('BPOM', b.bpomNumber, null, d.today, ctx),
    permitRow(ctx.language === 'en' ? 'Trademark' : 'Merek', b.merekNumber, null, d.today, ctx),
  ].join('');
  const consultations = d.consultations
    .map(
      (c) => `<tr><td class="nowrap">${c.date ? esc(longDate(c.date, text)) : '—'}</td><td class="nowrap">${esc(c.number ?? '')}</td>
        <td>${esc(c.serviceAreas.map((a) => text.areaNames[a] ?? a).join(', '))}</td><td>${esc(c.consultantNames.join(', '))}</td></tr>`,
    )
    .join('');
  const followUps = d.followUps
    .map(
      (f) => `<tr><td class="nowrap">${esc(longDate(f.dueDate, text))}</td><td>${esc(f.title)}</td><td class="nowrap">${esc(text.who[f.assignee])}</td></tr>`,
    )
    .join('');
  const table = (head: string[], rows: string) =>
    rows
      ? `<table class="grid"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
      : `<p class="text muted">${esc(text.none)}</p>`;
  const body = `
${letterhead(ctx.office, text)}
<h1>${esc(text.sheetTitle)}</h1>
<div class="subtitle"><strong>${esc(b.name)}</strong></div>
<table class="facts">${facts}</table>
<h2>${esc(text.permits)}</h2>
${table([text.permit, text.permitNumber, text.permitExpires], permits)}
<h2>${esc(text.recentConsultations)}</h2>
${table([text.date, text.number, text.areas, text.consultants], consultations)}
<h2>${esc(text.openFollowUps)}</h2>
${table([text.actionDue, text.actionWhat, text.actionWho], followUps)}`;
  return htmlDocument(
    {
      title: `${text.sheetTitle} ${b.name}`,
      language: ctx.language,
      text,
      resourcesDir: ctx.resourcesDir,
      footerLeft: text.printed(longDateTime(ctx.printedAt, ctx.office.timeZone, text)),
    },
    body,
  );
}

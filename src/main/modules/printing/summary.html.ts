import type { ConsultationDetail, OfficeProfile } from '../../../shared/contract';
import { esc, htmlDocument, letterhead, longDate, longDateTime, zoneAbbreviation } from './document';
import type { PrintText } from './print.text';

/** The business as printed: the owner's NIK masked; no phone or address (not needed on paper). */
export interface PrintedBusiness {
  name: string;
  brand: string | null;
  ownerName: string | null;
  ownerNikMasked: string | null;
  regencyName: string | null;
  nib: string | null;
}

export interface SummaryContext {
  office: OfficeProfile;
  text: PrintText;
  language: 'id' | 'en';
  resourcesDir: string;
  printedAt: Date;
  /** Where the document is signed, e.g. `Samarinda`. */
  place: string | null;
}

interface SummaryFields {
  date: string | null;
  startTime: string | null;
  channel: string | null;
  serviceAreas: string[];
  contactMinutes: number | null;
  prepMinutes: number | null;
  complaint: string;
  diagnosis: string;
  advice: string;
  referrals: Array<{ kind: string | null; note: string | null }>;
  actionItems: Array<{ what: string; who: string; dueDate: string | null }>;
}

/** The same fields from a finalised consultation or from a draft as typed. */
function fieldsOf(c: ConsultationDetail): SummaryFields {
  if (c.values) {
    const v = c.values;
    return {
      date: v.date,
      startTime: v.startTime,
      channel: v.channel,
      serviceAreas: v.serviceAreas,
      contactMinutes: v.contactMinutes,
      prepMinutes: v.prepMinutes,
      complaint: v.complaint,
      diagnosis: v.diagnosis ?? '',
      advice: v.advice,
      referrals: v.referrals,
      actionItems: v.actionItems,
    };
  }
  const d = c.draft;
  const realDate = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);
  return {
    date: realDate(d?.date),
    startTime: d?.startTime || null,
    channel: d?.channel ?? null,
    serviceAreas: d?.serviceAreas ?? [],
    contactMinutes: typeof d?.contactMinutes === 'number' ? d.contactMinutes : null,
    prepMinutes: typeof d?.prepMinutes === 'number' ? d.prepMinutes : null,
    complaint: d?.complaint ?? '',
    diagnosis: d?.diagnosis ?? '',
    advice: d?.advice ?? '',
    referrals: (d?.referrals ?? []).filter((r) => r.kind),
    actionItems: (d?.actionItems ?? []).filter((a) => a.what.trim()).map((a) => ({ what: a.what, who: a.who, dueDate: realDate(a.dueDate) })),
  };
}

function paragraph(value: string, text: PrintText): string {
  return value.trim() ? `<p class="text">${esc(value.trim())}</p>` : `<p class="text muted">${esc(text.none)}</p>`;
}

function label<T extends Record<string, string>>(names: T, key: string | null): string {
  return key ? (names[key as keyof T] ?? key) : '—';
}

/** The body of one summary (no document frame), so a batch can put several into one PDF. */
export function summaryBody(c: ConsultationDetail, business: PrintedBusiness | null, ctx: SummaryContext): string {
  const { text } = ctx;
  const f = fieldsOf(c);
  const isDraft = c.status === 'draft';
  const zone = zoneAbbreviation(ctx.office.timeZone);
  const left: Array<[string, string]> = [
    [text.date, f.date ? esc(longDate(f.date, text)) : '—'],
    [text.time, f.startTime ? `${esc(f.startTime.replace(':', '.'))} ${zone}` : '—'],
    [text.channel, esc(label(text.channels, f.channel))],
    [text.minutes, f.contactMinutes !== null ? esc(text.minutesValue(f.contactMinutes, f.prepMinutes ?? 0)) : '—'],
    [text.consultants, esc(c.consultants.map((k) => k.name).join(', ') || '—')],
  ];
  const right: Array<[string, string]> = [
    [text.business, esc(business ? [business.name, business.brand].filter(Boolean).join(' — ') : '—')],
    [text.owner, esc(business?.ownerName ?? '—')],
    [text.nik, esc(business?.ownerNikMasked ?? '—')],
    [text.region, esc(business?.regencyName ?? '—')],
    [text.nib, esc(business?.nib ?? '—')],
  ];
  const factRows = left
    .map(([k, v], i) => `<tr><th>${esc(k)}</th><td>${v}</td><th>${esc(right[i]![0])}</th><td>${right[i]![1]}</td></tr>`)
    .join('');
  const actionRows = f.actionItems
    .map(
      (a, i) => `<tr><td class="num">${i + 1}</td><td>${esc(a.what)}</td><td class="nowrap">${esc(label(text.who, a.who))}</td>
        <td class="nowrap">${a.dueDate ? esc(longDate(a.dueDate, text)) : text.noDue}</td></tr>`,
    )
    .join('');
  const referralRows = f.referrals
    .map((r) => `<tr><td>${esc(label(text.referralNames, r.kind))}</td><td>${esc(r.note ?? '')}</td></tr>`)
    .join('');
  const signDate = esc(text.placeDate(ctx.place, longDate(f.date ?? ctx.printedAt.toISOString().slice(0, 10), text)));
  const firstConsultant = c.consultants[0]?.name ?? '';
  return `
${letterhead(ctx.office, text)}
<h1>${esc(text.summaryTitle)}</h1>
<div class="subtitle">${c.number ? `${esc(text.number)}: <strong>${esc(c.number)}</strong>` : ''}${c.version > 1 ? ` · ${esc(text.amended(c.version))}` : ''}</div>
${isDraft ? `<div class="draft-note">${esc(text.draftNote)}</div>` : ''}
<table class="facts">${factRows}</table>
<h2>${esc(text.areas)}</h2>
<p class="text">${esc(f.serviceAreas.map((a) => label(text.areaNames, a)).join(', ') || '—')}</p>
<h2>${esc(text.complaint)}</h2>
${paragraph(f.complaint, text)}
<h2>${esc(text.diagnosis)}</h2>
${paragraph(f.diagnosis, text)}
<h2>${esc(text.advice)}</h2>
${paragraph(f.advice, text)}
<h2>${esc(text.actionPlan)}</h2>
${
  actionRows
    ? `<table class="grid"><thead><tr><th class="num">No</th><th>${esc(text.actionWhat)}</th><th>${esc(text.actionWho)}</th><th>${esc(text.actionDue)}</th></tr></thead><tbody>${actionRows}</tbody></table>`
    : `<p class="text muted">${esc(text.none)}</p>`
}
<h2>${esc(text.referrals)}</h2>
${
  referralRows
    ? `<table class="grid"><thead><tr><th>${esc(text.referralTo)}</th><th>${esc(text.referralNote)}</th></tr></thead><tbody>${referralRows}</tbody></table>`
    : `<p class="text muted">${esc(text.none)}</p>`
}
<section class="signatures">
  <div><div class="place">&nbsp;</div><div>${esc(text.signOwner)},</div><div class="space"></div><div class="name">${esc(business?.ownerName ?? '')}&nbsp;</div></div>
  <div><div class="place">${signDate}</div><div>${esc(text.signConsultant)},</div><div class="space"></div><div class="name">${esc(firstConsultant)}&nbsp;</div></div>
</section>`;
}

/** One summary, or several (a batch) one after another, each starting on a new page. */
export function summaryDocument(items: Array<{ consultation: ConsultationDetail; business: PrintedBusiness | null }>, ctx: SummaryContext): string {
  const anyDraft = items.some((i) => i.consultation.status === 'draft');
  const single = items.length === 1 ? items[0]!.consultation : null;
  const body = items.map((i, n) => `<article${n > 0 ? ' class="break"' : ''}>${summaryBody(i.consultation, i.business, ctx)}</article>`).join('\n');
  return htmlDocument(
    {
      title: single?.number ? `${ctx.text.summaryTitle} ${single.number}` : ctx.text.summaryTitle,
      language: ctx.language,
      text: ctx.text,
      resourcesDir: ctx.resourcesDir,
      footerLeft: ctx.text.printed(longDateTime(ctx.printedAt, ctx.office.timeZone, ctx.text)),
      headerRight: single ? (single.number ?? ctx.text.draft) : undefined,
      watermark: anyDraft ? ctx.text.draft : null,
    },
    body,
  );
}

import type { BreachDetail, BreachLetter, Language, OfficeProfile } from '../../../shared/contract';
import { formatWhole, localeOf } from '../../../shared/domain/numbers';
import { esc, htmlDocument, letterhead, longDateTime, printText } from '../printing';

/**
 * The draft notification letters of a breach (UU PDP art. 46): to each person whose data it
 * concerns, and to the authority. What data, when and how it was exposed, and the remedies. They are
 * drafts: the office reads them, adds a number and signs.
 */

const TEXT = {
  id: {
    subjectsTitle: 'Pemberitahuan Kegagalan Pelindungan Data Pribadi',
    authorityTitle: 'Pemberitahuan Kegagalan Pelindungan Data Pribadi kepada Lembaga Pelindungan Data Pribadi',
    draft: 'DRAF',
    number: 'Nomor',
    to: 'Kepada Yth.',
    authority: 'Kepala Lembaga Pelindungan Data Pribadi',
    authorityPlace: 'di tempat',
    regarding: 'Perihal',
    intro: (office: string) =>
      `Dengan hormat, sesuai Pasal 46 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, ${office} memberitahukan kegagalan pelindungan data pribadi berikut.`,
    whatData: 'Data pribadi yang terungkap',
    whenHow: 'Kapan dan bagaimana data terungkap',
    measures: 'Upaya penanganan dan pemulihan',
    advice: 'Yang dapat Bapak/Ibu lakukan',
    adviceText:
      'Waspadai telepon, pesan WhatsApp atau SMS yang mengatasnamakan kantor kami atau meminta data, kode OTP atau uang. Kantor kami tidak pernah meminta kode OTP atau kata sandi.',
    contact: (office: string, phone: string | null) =>
      `Pertanyaan dapat disampaikan kepada ${office}${phone ? ` melalui ${phone}` : ''}. Kami mohon maaf atas kejadian ini.`,
    occurred: 'Terjadi',
    discovered: 'Diketahui',
    unknown: 'tidak diketahui pasti',
    exportOf: (at: string) => `Ekspor data tanggal ${at}`,
    encryptedYes: 'Berkas ekspor dienkripsi (ZIP AES-256 dengan kata sandi).',
    encryptedNo: 'Berkas ekspor TIDAK dienkripsi.',
    personalFull: 'nama, NIK, nomor telepon, alamat, e-mail dan tanggal lahir pemilik usaha tercantum lengkap',
    personalMasked: 'nama pemilik dan data usaha; NIK dan nomor telepon disamarkan sebagian',
    participants: 'nama, jenis kelamin, umur atau tanggal lahir, dan nomor telepon peserta pelatihan',
    businessData: 'data profil usaha dan ringkasan konsultasi',
    affected: 'Subjek data terdampak',
    affectedCount: (b: number, p: number) => `${formatWhole(b, localeOf('id'))} pemilik usaha dan ${formatWhole(p, localeOf('id'))} peserta pelatihan`,
    annex: 'Lampiran: daftar subjek data terdampak',
    more: (n: number) => `… dan ${formatWhole(n, localeOf('id'))} lainnya (daftar lengkap di aplikasi Klinik Bisnis)`,
    name: 'Nama',
    context: 'Usaha / pelatihan',
    deadline: (at: string) => `Batas waktu pemberitahuan (3 × 24 jam sejak diketahui): ${at}`,
    sign: 'Hormat kami,',
    signer: 'Kepala Kantor',
    dear: (name: string) => `Yth. Bapak/Ibu ${name}`,
    concerning: (context: string) => `terkait ${context}`,
    printed: (at: string) => `Draf dibuat ${at}`,
  },
  en: {
    subjectsTitle: 'Notice of a Personal Data Protection Failure',
    authorityTitle: 'Notice of a Personal Data Protection Failure to the Personal Data Protection Agency',
    draft: 'DRAFT',
    number: 'Number',
    to: 'To',
    authority: 'Head of the Personal Data Protection Agency',
    authorityPlace: '',
    regarding: 'Regarding',
    intro: (office: string) =>
      `In accordance with Article 46 of Law No. 27 of 2022 on Personal Data Protection, ${office} gives notice of the following personal data protection failure.`,
    whatData: 'Personal data exposed',
    whenHow: 'When and how the data was exposed',
    measures: 'What is being done to handle and recover',
    advice: 'What you can do',
    adviceText:
      'Be wary of calls, WhatsApp messages or texts in our office’s name that ask for data, OTP codes or money. Our office never asks for OTP codes or passwords.',
    contact: (office: string, phone: string | null) => `Questions can be addressed to ${office}${phone ? ` at ${phone}` : ''}. We apologise for this incident.`,
    occurred: 'Occurred',
    discovered: 'Discovered',
    unknown: 'not known exactly',
    exportOf: (at: string) => `Data export of ${at}`,
    encryptedYes: 'The export was encrypted (AES-256 ZIP with a password).',
    encryptedNo: 'The export was NOT encrypted.',
    personalFull: "business owners' names, NIK, phone numbers, addresses, e-mail and birth dates in full",
    personalMasked: "business owners' names and business data; NIK and phone numbers partly masked",
    participants: "training participants' names, gender, age or birth date, and phone numbers",
    businessData: 'business profiles and consultation summaries',
    affected: 'Data subjects affected',
    affectedCount: (b: number, p: number) => `${formatWhole(b, localeOf('en'))} business owners and ${formatWhole(p, localeOf('en'))} training participants`,
    annex: 'Annex: data subjects affected',
    more: (n: number) => `… and ${formatWhole(n, localeOf('en'))} more (the full list is in the Klinik Bisnis app)`,
    name: 'Name',
    context: 'Business / training',
    deadline: (at: string) => `Notification deadline (3 × 24 hours from discovery): ${at}`,
    sign: 'Yours faithfully,',
    signer: 'Head of Office',
    dear: (name: string) => `Dear ${name}`,
    concerning: (context: string) => `concerning ${context}`,
    printed: (at: string) => `Draft made ${at}`,
  },
};

export interface LetterContext {
  breach: BreachDetail;
  letter: BreachLetter;
  office: OfficeProfile;
  language: Language;
  resourcesDir: string;
  printedAt: Date;
}

const para = (s: string) => `<p class="text">${esc(s)}</p>`;

export function breachLetterHtml(ctx: LetterContext): string {
  const t = TEXT[ctx.language];
  const pt = printText(ctx.language);
  const zone = ctx.office.timeZone;
  const b = ctx.breach;
  const officeName = ctx.office.officeName ?? ctx.office.unitName ?? pt.appName;
  const when = (iso: string | null) => (iso ? longDateTime(new Date(iso), zone, pt) : t.unknown);
  const dataHeld = [
    b.businesses > 0 ? `${b.personalData === 'full' ? t.personalFull : t.personalMasked}; ${t.businessData}` : null,
    b.participants > 0 ? t.participants : null,
  ].filter(Boolean) as string[];
  const facts = `
<h2>${esc(t.whatData)}</h2>
<ul>${dataHeld.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>
<p>${esc(b.encrypted ? t.encryptedYes : t.encryptedNo)}</p>
<h2>${esc(t.whenHow)}</h2>
<table class="facts">
<tr><th>${esc(t.occurred)}</th><td>${esc(when(b.occurredAt))}</td><th>${esc(t.discovered)}</th><td>${esc(when(b.discoveredAt))}</td></tr>
</table>
${b.exportAt ? para(t.exportOf(when(b.exportAt))) : ''}
${para(b.description)}
<h2>${esc(t.measures)}</h2>
${para(b.measures)}`;
  const signature = `<div class="signatures"><div><div class="place">${esc(t.sign)}</div><div class="space"></div><div class="name">${esc(t.signer)}</div></div><div></div></div>`;
  const head = (title: string) => `${letterhead(ctx.office, pt)}
<h1>${esc(title)}</h1>
<p class="subtitle">${esc(t.number)}: ……………………</p>`;

  let body: string;
  if (ctx.letter === 'authority') {
    const annex = b.subjects
      .map((s, i) => `<tr><td class="num">${i + 1}</td><td>${esc(s.name)}</td><td>${esc(s.context)}</td></tr>`)
      .join('');
    body = `${head(t.authorityTitle)}
<p>${esc(t.to)}<br><strong>${esc(t.authority)}</strong><br>${esc(t.authorityPlace)}</p>
<p><strong>${esc(t.regarding)}:</strong> ${esc(b.title)}</p>
${para(t.intro(officeName))}
<p><strong>${esc(t.affected)}:</strong> ${esc(t.affectedCount(b.businesses, b.participants))}</p>
${facts}
<p class="muted">${esc(t.deadline(when(b.deadlineAt)))}</p>
${para(t.contact(officeName, ctx.office.phone))}
${signature}
<div class="break"></div>
<h2>${esc(t.annex)}</h2>
<table class="grid"><thead><tr><th class="num">#</th><th>${esc(t.name)}</th><th>${esc(t.context)}</th></tr></thead><tbody>${annex}</tbody></table>
${b.businesses + b.participants > b.subjects.length ? `<p class="muted">${esc(t.more(b.businesses + b.participants - b.subjects.length))}</p>` : ''}`;
  } else {
    body = b.subjects
      .map(
        (s, i) => `${i > 0 ? '<div class="break"></div>' : ''}${head(t.subjectsTitle)}
<p><strong>${esc(t.dear(s.name))}</strong>${s.context ? `<br>${esc(t.concerning(s.context))}` : ''}</p>
<p><strong>${esc(t.regarding)}:</strong> ${esc(b.title)}</p>
${para(t.intro(officeName))}
${facts}
<h2>${esc(t.advice)}</h2>
${para(t.adviceText)}
${para(t.contact(officeName, ctx.office.phone))}
${signature}`,
      )
      .join('\n');
  }
  return htmlDocument(
    {
      title: ctx.letter === 'authority' ? t.authorityTitle : t.subjectsTitle,
      language: ctx.language,
      text: pt,
      resourcesDir: ctx.resourcesDir,
      footerLeft: t.printed(longDateTime(ctx.printedAt, zone, pt)),
      watermark: t.draft,
    },
    body,
  );
}

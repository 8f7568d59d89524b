import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeProfile } from '../../../shared/contract';
import { formatPhoneLocal } from '../../../shared/validation/fields';
import type { PrintText } from './print.text';

/** Escapes text for HTML; everything printed from the database goes through it. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A CSS string literal (for `content:` in page margin boxes). */
function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

const FACES: Array<{ file: string; weight: number; style: 'normal' | 'italic'; range: string }> = [
  { file: 'noto-sans-latin-400-normal.woff2', weight: 400, style: 'normal', range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { file: 'noto-sans-latin-700-normal.woff2', weight: 700, style: 'normal', range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { file: 'noto-sans-latin-400-italic.woff2', weight: 400, style: 'italic', range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { file: 'noto-sans-latin-ext-400-normal.woff2', weight: 400, style: 'normal', range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
  { file: 'noto-sans-latin-ext-700-normal.woff2', weight: 700, style: 'normal', range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
];

const fontCache = new Map<string, string>();

/**
 * The document font, Noto Sans (SIL OFL, resources/fonts), embedded so a page prints the same on
 * every PC whatever fonts it has: é, ñ, curly quotes and the like included.
 */
export function fontFaces(resourcesDir: string): string {
  const cached = fontCache.get(resourcesDir);
  if (cached) return cached;
  const css = FACES.map((f) => {
    const data = readFileSync(join(resourcesDir, 'fonts', f.file)).toString('base64');
    return `@font-face{font-family:'Klinik Sans';font-style:${f.style};font-weight:${f.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${f.range};}`;
  }).join('\n');
  fontCache.set(resourcesDir, css);
  return css;
}

const STYLE = `
  @page { size: A4 portrait; margin: 16mm 16mm 18mm 18mm; }
  * { box-sizing: border-box; }
  html { font-family: 'Klinik Sans', 'Noto Sans', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1a1a1a; line-height: 1.35; }
  body { margin: 0; }
  .letterhead { display: flex; align-items: center; gap: 5mm; padding-bottom: 3mm; border-bottom: 0.8mm double #1f3a5f; margin-bottom: 4mm; }
  .letterhead img { max-height: 20mm; max-width: 30mm; object-fit: contain; }
  .letterhead .office { flex: 1; }
  .letterhead .name { font-size: 14pt; font-weight: 700; color: #1f3a5f; letter-spacing: 0.2pt; }
  .letterhead .unit { font-size: 11pt; font-weight: 700; }
  .letterhead .contact { font-size: 8.5pt; color: #444; }
  h1 { font-size: 13pt; text-align: center; text-transform: uppercase; letter-spacing: 1pt; margin: 0 0 1mm; }
  .subtitle { text-align: center; font-size: 10pt; margin-bottom: 3.5mm; }
  .draft-note { text-align: center; color: #b00020; font-weight: 700; margin: -3mm 0 4mm; }
  .watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 110pt; font-weight: 700;
    color: rgba(176, 0, 32, 0.12); transform: rotate(-30deg); z-index: -1; letter-spacing: 8pt; }
  table.facts { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }
  table.facts th { text-align: left; font-weight: 700; width: 25mm; white-space: nowrap; vertical-align: top; padding: 0.6mm 2mm 0.6mm 0; color: #333; }
  table.facts td { vertical-align: top; padding: 0.6mm 5mm 0.6mm 0; width: 35%; }
  h2 { font-size: 10.5pt; color: #1f3a5f; border-bottom: 0.3mm solid #c7d0dc; padding-bottom: 0.8mm; margin: 3.2mm 0 1.2mm; break-after: avoid; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; orphans: 3; widows: 3; }
  table.grid { width: 100%; border-collapse: collapse; }
  table.grid thead { display: table-header-group; }
  table.grid th, table.grid td { border: 0.25mm solid #9aa7b8; padding: 1mm 2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
  table.grid th { background: #eef2f7; font-weight: 700; }
  table.grid tr { break-inside: avoid; }
  table.grid .num { width: 10mm; text-align: right; white-space: nowrap; }
  table.grid td.nowrap { white-space: nowrap; }
  .muted { color: #666; }
  .signatures { display: flex; gap: 20mm; margin-top: 6mm; break-inside: avoid; }
  .signatures > div { flex: 1; }
  .signatures .place { margin-bottom: 1mm; }
  .signatures .space { height: 16mm; }
  .signatures .name { font-weight: 700; border-top: 0.25mm solid #333; padding-top: 1mm; }
  .break { break-before: page; }
  .keep { break-inside: avoid; }
`;

export interface DocumentFrame {
  title: string;
  language: 'id' | 'en';
  text: PrintText;
  resourcesDir: string;
  /** Shown at the bottom left of every page. */
  footerLeft: string;
  /** Shown at the top right of every page (e.g. the consultation number). */
  headerRight?: string;
  watermark?: string | null;
}

/** A complete HTML document: fonts, page size and margins, the running header and footer with page X of Y. */
export function htmlDocument(frame: DocumentFrame, body: string): string {
  const pageBoxes = `
    @page {
      @bottom-left { content: ${cssString(frame.footerLeft)}; font-size: 7.5pt; color: #555; font-family: 'Klinik Sans', sans-serif; }
      @bottom-right { content: ${cssString(`${frame.text.page} `)} counter(page) ${cssString(` ${frame.text.of} `)} counter(pages); font-size: 7.5pt; color: #555; font-family: 'Klinik Sans', sans-serif; }
      ${frame.headerRight ? `@top-right { content: ${cssString(frame.headerRight)}; font-size: 7.5pt; color: #555; font-family: 'Klinik Sans', sans-serif; }` : ''}
    }`;
  return `<!doctype html>
<html lang="${frame.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${esc(frame.title)}</title>
<style>${fontFaces(frame.resourcesDir)}${STYLE}${pageBoxes}</style>
</head>
<body>
${frame.watermark ? `<div class="watermark" aria-hidden="true">${esc(frame.watermark)}</div>` : ''}
${body}
</body>
</html>`;
}

/** The office letterhead from settings; without a logo it is text only, without a name it says what the app is. */
export function letterhead(office: OfficeProfile, text: PrintText): string {
  const contact = [office.address, office.phone ? formatPhoneLocal(office.phone) : null, office.email].filter(Boolean).map(esc).join(' · ');
  const logo = office.logoDataUrl ? `<img src="${esc(office.logoDataUrl)}" alt="">` : '';
  const name = office.officeName ?? office.unitName ?? text.appName;
  return `<header class="letterhead">
  ${logo}
  <div class="office">
    <div class="name">${esc(name)}</div>
    ${office.unitName && office.unitName !== name ? `<div class="unit">${esc(office.unitName)}</div>` : ''}
    ${contact ? `<div class="contact">${contact}</div>` : ''}
  </div>
</header>`;
}

/** `28 November 2026` in the document's language, for an ISO date (no time zone involved). */
export function longDate(isoDate: string, text: PrintText): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(text.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** `28 November 2026 16.40 WITA` (`28 November 2026 16:40 WITA` in English) for an instant, in the office zone. */
export function longDateTime(instant: Date, timeZone: string, text: PrintText): string {
  const date = new Intl.DateTimeFormat(text.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(instant);
  const time = new Intl.DateTimeFormat(text.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(instant);
  return `${date} ${time} ${zoneAbbreviation(timeZone)}`;
}

export function zoneAbbreviation(timeZone: string): string {
  return { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[timeZone] ?? timeZone;
}

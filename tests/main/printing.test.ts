import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closePdfBrowser } from '../../src/harness/chromium-pdf';
import { SRI_NIK, openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew, toDraft } from './helpers/consultation';

/** Page count and size from poppler's pdfinfo. */
function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Math.round(Number(size[1])), height: Math.round(Number(size[2])) };
}

/** The text of the whole PDF, or of one page; lines joined so wrapped sentences read whole. */
function pdfText(file: string, page?: number): string {
  const args = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const LONG = (marker: string) =>
  `${'Pemilik menjelaskan bahwa omzet turun karena pelanggan beralih ke toko daring dan harga bahan baku naik. '.repeat(40)}${marker}`;

describe('printing consultation summaries to real PDFs', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());
  afterAll(() => closePdfBrowser());

  async function printPdf(channel: 'print:consultation' | 'print:businessSheet' | 'print:batch', input: Record<string, unknown>): Promise<string> {
    const file = join(desk.t.dataDir, `${randomUUID()}.pdf`);
    desk.t.platform.dialogAnswers.push(file);
    const result = await desk.call(channel, { ...input, target: 'pdf' } as never);
    expect(result).toMatchObject({ status: 'saved', path: file });
    return file;
  }

  it('prints a short summary on one A4 page with everything a business owner takes home, NIK masked', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const c = await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    const file = await printPdf('print:consultation', { id: c.id });

    expect(pdfInfo(file)).toEqual({ pages: 1, width: 595, height: 842 });
    const text = pdfText(file);
    for (const expected of [c.number!, 'Kue Bu Sri', 'Urus P-IRT', 'Kirim contoh desain kemasan', 'Pelajari toko daring', 'Sri Wahyuni', 'Siti Rahmawati', 'Halaman 1 dari 1', 'Dinas Kesehatan (P-IRT)']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('6472'); // the masked NIK's visible part
    expect(text).not.toContain(SRI_NIK);
    expect(text.replace(/\D/g, '')).not.toContain(SRI_NIK);
    expect(text).not.toContain('DRAF');
    // A file name safe on FAT and Windows, from the number and the business.
    const name = desk.t.platform.saveDialogs.at(-1)!.defaultName;
    expect(name).toBe(`Ringkasan-Konsultasi-${c.number!.replace(/\//g, '-')}-Kue-Bu-Sri.pdf`);
    expect(name).not.toMatch(/[:*?"<>|/\\]/);
  });

  it('flows long text onto further pages without clipping, numbering every page X of Y', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const c = await finalizeNew(
      desk,
      consultationValues(b.id, desk.consultantId, { complaint: LONG('AKHIR-KELUHAN'), diagnosis: LONG('AKHIR-DIAGNOSIS'), advice: LONG('AKHIR-SARAN') }),
    );
    const file = await printPdf('print:consultation', { id: c.id });
    const { pages, width, height } = pdfInfo(file);
    expect([width, height]).toEqual([595, 842]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(file);
    for (const marker of ['AKHIR-KELUHAN', 'AKHIR-DIAGNOSIS', 'AKHIR-SARAN', 'Sri Wahyuni', 'Siti Rahmawati']) expect(text).toContain(marker);
    for (let p = 1; p <= pages; p++) expect(pdfText(file, p)).toContain(`Halaman ${p} dari ${pages}`);
  });

  it('never splits an action-plan row across pages', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const items = Array.from({ length: 30 }, (_, i) => ({
      id: randomUUID(),
      what: `Langkah ${i + 1}: ${'siapkan dokumen, foto produk, dan catatan keuangan harian '.repeat(3)}SELESAI-${i + 1}`,
      who: i % 2 ? ('consultant' as const) : ('business' as const),
      dueDate: '2026-07-01',
    }));
    const c = await finalizeNew(desk, consultationValues(b.id, desk.consultantId, { actionItems: items }));
    const file = await printPdf('print:consultation', { id: c.id });
    const { pages } = pdfInfo(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    const perPage = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1));
    for (let i = 1; i <= 30; i++) {
      const start = perPage.findIndex((t) => t.includes(`Langkah ${i}:`));
      const end = perPage.findIndex((t) => t.includes(`SELESAI-${i} `) || t.endsWith(`SELESAI-${i}`));
      expect(start, `row ${i} begins on some page`).toBeGreaterThanOrEqual(0);
      expect(end, `row ${i} ends on the page it begins on`).toBe(start);
    }
  });

  it('prints a draft with DRAF across it', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const id = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: toDraft(consultationValues(b.id, desk.consultantId)) });
    const file = await printPdf('print:consultation', { id });
    expect(pdfText(file)).toContain('DRAF');
    expect(desk.t.platform.saveDialogs.at(-1)!.defaultName).toMatch(/^Ringkasan-Konsultasi-DRAF-.*Kue-Bu-Sri\.pdf$/);
  });

  it('falls back to a text-only letterhead without a logo, and to the app’s name without an office name', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const c = await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    const { html } = await desk.t.core.services.print.consultationHtml(c.id);
    expect(html).not.toContain('<img');
    expect(html).toContain('Klinik Bisnis Kaltim');

    await desk.t.core.ds.query(`UPDATE office_profile SET office_name = NULL, unit_name = NULL`);
    const file = await printPdf('print:consultation', { id: c.id });
    const text = pdfText(file);
    expect(text).toContain('Klinik Bisnis UMKM');
    expect(text).not.toContain('Klinik Bisnis Kaltim');
  });

  it('prints the logo from settings when there is one', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const c = await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    // A 1 x 1 PNG is enough to see the letterhead take the logo.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    await desk.t.core.ds.query(`UPDATE office_profile SET logo_data_url = ?`, [`data:image/png;base64,${png}`]);
    const { html } = await desk.t.core.services.print.consultationHtml(c.id);
    expect(html).toContain(`<img src="data:image/png;base64,`);
  });

  it('prints é, ñ, curly quotes and Rupiah amounts as typed', async () => {
    desk = await openDesk();
    const b = await desk.create(profile({ name: 'Kue “Bu Sri” & José Peñalosa', nib: null, ownerNik: null }));
    const c = await finalizeNew(
      desk,
      consultationValues(b.id, desk.consultantId, { advice: 'Ajukan KUR Rp25.000.000 untuk oven; pakai label ‘halal’ café-style.' }),
    );
    const text = pdfText(await printPdf('print:consultation', { id: c.id }));
    expect(text).toContain('Kue “Bu Sri” & José Peñalosa');
    expect(text).toContain('Ajukan KUR Rp25.000.000 untuk oven; pakai label ‘halal’ café-style.');
    expect(desk.t.platform.saveDialogs.at(-1)!.defaultName).not.toMatch(/[:*?"<>|]/);
  });

  it('sends the summary to the OS print dialog when printing on paper', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const c = await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    expect(await desk.call('print:consultation', { id: c.id, target: 'printer' })).toEqual({ status: 'printed', path: null, count: 1 });
    expect(desk.t.platform.printed.at(-1)).toContain(c.number!);
  });

  it('prints a one-page business profile sheet with permits, recent consultations and open follow-ups', async () => {
    desk = await openDesk();
    const b = await desk.create(profile({ pirtNumber: '2066472010123-26', pirtIssuedAt: '2025-01-10', pirtExpiresAt: '2030-01-10' }));
    const c = await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    const file = await printPdf('print:businessSheet', { id: b.id });
    expect(pdfInfo(file)).toMatchObject({ pages: 1, width: 595, height: 842 });
    const text = pdfText(file);
    for (const expected of ['PROFIL USAHA', 'Kue Bu Sri', '206647201012326', '10 Januari 2030', c.number!, 'Kirim contoh desain kemasan', 'Urus P-IRT']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(SRI_NIK);
  });

  it('prints every summary of a business into one PDF, each from a new page', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const first = await finalizeNew(desk, consultationValues(b.id, desk.consultantId, { date: '2026-06-01' }));
    const second = await finalizeNew(desk, consultationValues(b.id, desk.consultantId, { date: '2026-06-10' }));
    const file = await printPdf('print:batch', { businessId: b.id });
    const { pages } = pdfInfo(file);
    expect(pages).toBe(2);
    expect(pdfText(file, 1)).toContain(first.number!);
    expect(pdfText(file, 2)).toContain(second.number!);

    const byRange = await printPdf('print:batch', { from: '2026-06-05', to: '2026-06-30' });
    expect(pdfInfo(byRange).pages).toBe(1);
    expect((await desk.fail('print:batch', { target: 'pdf' })).fields?.['from']?.key).toBe('v.batchScope');
    const none = await desk.fail('print:batch', { from: '2025-01-01', to: '2025-01-31', target: 'pdf' });
    expect(none.code).toBe('NOT_FOUND');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const c = await finalizeNew(desk, consultationValues(b.id, desk.consultantId));
    desk.t.platform.dialogAnswers.push(null as unknown as string);
    expect(await desk.call('print:consultation', { id: c.id, target: 'pdf' })).toEqual({ status: 'cancelled', path: null, count: 1 });
  });
});

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROCESSING_RECORD_FIELDS } from '../../src/shared/contract';
import { openDesk, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { fakePdf } from './helpers/transfer';

/** The record of processing (UU PDP art. 31): texts from Pengaturan with defaults, and the retention periods, as an A4 PDF. */

let desk: Desk | undefined;
let out: string | undefined;
afterEach(async () => {
  await desk?.t.dispose();
  desk = undefined;
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the record of processing', () => {
  it('starts from Indonesian defaults for every section', async () => {
    desk = await openDesk();
    const record = await desk.call('privacy:processingRecord');
    expect(record.defaults).toEqual([...PROCESSING_RECORD_FIELDS]);
    expect(record.texts.legalBasis).toContain('Pasal 20 ayat (2)');
    expect(record.texts.categories).toContain('NIK');
    expect(record.updatedAt).toBeNull();
  });

  it('keeps an edited text, goes back to the default when it is emptied, and the change is in the history', async () => {
    desk = await openDesk();
    const edited = await desk.call('privacy:setProcessingRecord', { texts: { recipients: 'Dinas Koperasi dan UKM Provinsi Kalimantan Timur (laporan bulanan).' } });
    expect(edited.texts.recipients).toBe('Dinas Koperasi dan UKM Provinsi Kalimantan Timur (laporan bulanan).');
    expect(edited.defaults).not.toContain('recipients');
    expect(edited.updatedAt).not.toBeNull();
    const back = await desk.call('privacy:setProcessingRecord', { texts: { recipients: '   ' } });
    expect(back.defaults).toContain('recipients');
    expect(back.texts.recipients).toContain('Petugas konsultan pendamping');
    const history = await desk.call('audit:list', { limit: 5, entity: 'processing_record' });
    expect(history.map((h) => h.changes)).toEqual([{ fields: [null, ['recipients']] }, { fields: [null, ['recipients']] }]);
  });

  it('prints the texts, with the retention periods as set, to a PDF', async () => {
    desk = await openDesk();
    await desk.call('privacy:setRetention', { periods: { businessOwner: 84, consultation: 120, participant: 18 } });
    await desk.call('privacy:setProcessingRecord', { texts: { purposes: 'Pendampingan UMKM <binaan> & pelatihan.' } });
    const html = await desk.t.core.services.processingRecord.html();
    expect(html).toContain('Catatan Kegiatan Pemrosesan Data Pribadi');
    expect(html).toContain('Pendampingan UMKM &lt;binaan&gt; &amp; pelatihan.');
    expect(html).toContain('7 tahun');
    expect(html).toContain('10 tahun');
    expect(html).toContain('18 bulan');
    expect(html).toContain('Klinik Bisnis Kaltim');
    fakePdf(desk);
    out = tempDir('klinik-ropa-');
    desk.t.platform.dialogAnswers.push(join(out, 'catatan.pdf'));
    expect(await desk.call('privacy:printProcessingRecord', { target: 'pdf' })).toMatchObject({ status: 'saved' });
    expect(readFileSync(join(out, 'catatan.pdf'), 'latin1').startsWith('%PDF')).toBe(true);
    expect(desk.t.platform.saveDialogs[0]!.defaultName).toBe('Catatan-Pemrosesan-Data-Pribadi-2026-06-15.pdf');
  });
});

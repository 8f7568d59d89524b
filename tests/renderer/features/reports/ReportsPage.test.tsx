import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportsPage } from '../../../../src/renderer/src/features/reports';
import { parsePeriodKey, periodKey, switchKind } from '../../../../src/renderer/src/features/reports/period';
import type { FakeHandlers } from '../../helpers';
import { installApi, ok } from '../businesses/fixtures';
import { Where, renderAt } from '../follow-ups/fixtures';
import { CONSULTATION_ID, TRAINING_ID, activity, allClear, checks, impact } from './fixtures';

const NOVEMBER = { kind: 'month', year: 2026, month: 11 };

function api(handlers: FakeHandlers = {}) {
  return installApi({
    'session:get': () => ok({ consultant: null, needsSetup: false, locked: false, freshUntil: null }),
    'reports:activity': () => ok(activity()),
    'reports:impact': () => ok(impact()),
    'reports:dataChecks': () => ok(allClear),
    ...handlers,
  });
}

const callsOf = (invoke: ReturnType<typeof api>['invoke'], channel: string) =>
  invoke.mock.calls.filter((c) => c[0] === channel).map((c) => c[1] as Record<string, unknown>);

/** The report's buttons wait for the data checks. */
async function buttonsReady() {
  await waitFor(() => expect(screen.getByRole('button', { name: 'Cetak' }).hasAttribute('disabled')).toBe(false));
}

function renderPage(route = '/laporan') {
  return renderAt(
    <>
      <ReportsPage />
      <Where />
    </>,
    { path: '/laporan', route },
  );
}

describe('report periods in the address bar', () => {
  it('read and write months and quarters, and switch between them by time of year', () => {
    expect(parsePeriodKey('2026-11')).toEqual(NOVEMBER);
    expect(parsePeriodKey('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(parsePeriodKey('2026-13')).toBeNull();
    expect(parsePeriodKey('nonsense')).toBeNull();
    expect(periodKey({ kind: 'month', year: 2026, month: 3 })).toBe('2026-03');
    expect(periodKey({ kind: 'quarter', year: 2026, quarter: 2 })).toBe('2026-Q2');
    expect(switchKind({ kind: 'month', year: 2026, month: 11 }, 'quarter')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(switchKind({ kind: 'quarter', year: 2026, quarter: 2 }, 'month')).toEqual({ kind: 'month', year: 2026, month: 4 });
  });
});

describe('Laporan page', () => {
  beforeEach(() => {
    // 28/11/2026 11.00 WITA.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T03:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("opens on this month's activity report, with totals, hours and tables formatted id-ID", async () => {
    const { invoke } = api();
    renderPage();

    expect(within(await screen.findByTestId('total-consultations')).getByText('1.234')).toBeTruthy();
    expect(callsOf(invoke, 'reports:activity')[0]).toEqual({ period: NOVEMBER });
    expect(screen.getByTestId('report-range').textContent).toBe('01/11/2026 – 30/11/2026');
    expect(within(screen.getByTestId('total-contact')).getByText('12,5 jam')).toBeTruthy();
    expect(within(screen.getByTestId('total-prep')).getByText('1,5 jam')).toBeTruthy();

    const byArea = screen.getByRole('table', { name: 'Menurut bidang layanan' });
    const marketing = within(byArea).getByRole('row', { name: /Pemasaran/ });
    expect(within(marketing).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Pemasaran', '1.000', '10 jam', '80']);
    expect(within(byArea).getByRole('row', { name: /Legalitas\/perizinan/ }).textContent).toContain('2,5 jam');

    const byChannel = screen.getByRole('table', { name: 'Menurut saluran konsultasi' });
    expect(within(byChannel).getAllByRole('cell').map((c) => c.textContent)).toEqual(['WhatsApp', '1.234', '12,5 jam', '97']);

    const byRegency = screen.getByRole('table', { name: 'Menurut kabupaten/kota' });
    expect(within(byRegency).getByRole('row', { name: /Kota Samarinda/ }).textContent).toContain('1.200');
    expect(within(byRegency).getByRole('row', { name: /Tanpa kabupaten\/kota/ })).toBeTruthy();

    const byConsultant = screen.getByRole('table', { name: 'Menurut konsultan' });
    expect(within(byConsultant).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Siti Rahmawati', '1.234', '12,5 jam', '97']);
  });

  it('shows the shares of women and youth as percentages of those known, "n dari m", and how many are unknown', async () => {
    api();
    renderPage();
    const women = await screen.findByTestId('share-women-owners');
    expect(within(women).getByText('40%')).toBeTruthy();
    expect(women.textContent).toContain('4 dari 10');
    expect(women.textContent).toContain('2 belum diketahui');
    const youth = screen.getByTestId('share-youth-owners');
    expect(within(youth).getByText('33,3%')).toBeTruthy();
    expect(youth.textContent).toContain('9 belum diketahui');
    const womenParticipants = screen.getByTestId('share-women-participants');
    expect(within(womenParticipants).getByText('62,5%')).toBeTruthy();
    expect(womenParticipants.textContent).not.toContain('belum diketahui');
    expect(within(screen.getByTestId('share-youth-participants')).getByText('Belum ada data')).toBeTruthy();
  });

  it('asks for the chosen quarter, year and kabupaten/kota', async () => {
    const { invoke } = api();
    renderPage();
    await screen.findByTestId('total-consultations');

    await userEvent.click(screen.getByRole('radio', { name: 'Kuartal' }));
    await waitFor(() => expect(callsOf(invoke, 'reports:activity').at(-1)).toEqual({ period: { kind: 'quarter', year: 2026, quarter: 4 } }));
    expect(screen.getByTestId('report-range').textContent).toBe('01/10/2026 – 31/12/2026');
    expect(screen.getByTestId('where').textContent).toBe('/laporan?periode=2026-Q4');

    await userEvent.click(screen.getByRole('combobox', { name: 'Tahun' }));
    await userEvent.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() => expect(callsOf(invoke, 'reports:activity').at(-1)).toEqual({ period: { kind: 'quarter', year: 2025, quarter: 4 } }));

    await userEvent.click(screen.getByRole('combobox', { name: 'Kabupaten/kota' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Kota Samarinda' }));
    await waitFor(() =>
      expect(callsOf(invoke, 'reports:activity').at(-1)).toEqual({ period: { kind: 'quarter', year: 2025, quarter: 4 }, regencyCode: '64.72' }),
    );
    expect(callsOf(invoke, 'reports:dataChecks').at(-1)).toEqual({ period: { kind: 'quarter', year: 2025, quarter: 4 }, regencyCode: '64.72' });
  });

  it('opens the period in the address bar', async () => {
    const { invoke } = api();
    renderPage('/laporan?periode=2026-03&kab=64.72');
    await screen.findByTestId('total-consultations');
    expect(callsOf(invoke, 'reports:activity')[0]).toEqual({ period: { kind: 'month', year: 2026, month: 3 }, regencyCode: '64.72' });
  });

  it('shows the impact scorecard with Rupiah and labels', async () => {
    const { invoke } = api();
    renderPage();
    await screen.findByTestId('total-consultations');
    await userEvent.click(screen.getByRole('tab', { name: 'Kartu skor dampak' }));

    expect(within(await screen.findByTestId('impact-started')).getByText('3')).toBeTruthy();
    expect(callsOf(invoke, 'reports:impact')[0]).toEqual({ period: NOVEMBER });
    expect(screen.getByTestId('impact-started').textContent).toContain('2 dari peserta pelatihan');
    expect(within(screen.getByTestId('impact-jobs-created')).getByText('11')).toBeTruthy();
    expect(screen.getByTestId('impact-jobs-created').textContent).toContain('4 laki-laki, 7 perempuan');
    expect(within(screen.getByTestId('impact-sales')).getByText('Rp12.500.000')).toBeTruthy();
    expect(within(screen.getByTestId('impact-sales')).getByText('Kenaikan omzet per bulan')).toBeTruthy();
    expect(screen.getByTestId('impact-sales').textContent).toContain('Rp20.000.000');
    const capital = screen.getByRole('table', { name: 'Akses permodalan' });
    expect(within(capital).getAllByRole('cell').map((c) => c.textContent)).toEqual(['KUR', '2', 'Rp150.000.000']);
    expect(within(screen.getByRole('table', { name: 'Izin terbit' })).getByRole('row', { name: /Sertifikat halal/ })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Pasar baru' })).getByRole('row', { name: /Rest area tol/ })).toBeTruthy();
    expect(within(screen.getByTestId('credited-evidence')).getByText('12')).toBeTruthy();
  });

  it('lists each data check with its count, what is wrong, and links to fix each record', async () => {
    api({ 'reports:dataChecks': () => ok(checks()) });
    renderPage('/laporan?tab=checks');

    const tab = await screen.findByRole('tab', { name: /Pemeriksaan data/ });
    expect(await within(tab).findByLabelText('3 perlu diperbaiki')).toBeTruthy();

    const zero = await screen.findByRole('region', { name: 'Konsultasi tanpa durasi' });
    expect(within(zero).getByText('2 catatan')).toBeTruthy();
    expect(within(zero).getByText(/Durasi kontak konsultasi ini 0 menit/)).toBeTruthy();
    expect(within(zero).getByRole('link', { name: 'SMD1-2611-0007' }).getAttribute('href')).toBe(`/konsultasi/${CONSULTATION_ID}`);
    expect(within(zero).getByText('Kue Bu Sri')).toBeTruthy();
    expect(within(zero).getByText('12/11/2026')).toBeTruthy();
    expect(within(zero).getByText('Ditampilkan 1 dari 2.')).toBeTruthy();

    const gender = screen.getByRole('region', { name: 'Peserta pelatihan tanpa jenis kelamin' });
    expect(within(gender).getByRole('link', { name: 'Rina' }).getAttribute('href')).toBe(`/pelatihan/${TRAINING_ID}`);
    expect(within(gender).queryByText(/Ditampilkan/)).toBeNull();

    expect(screen.queryByRole('region', { name: 'Konsultasi tanpa bidang layanan' })).toBeNull();
    expect(screen.queryByText('Semua data siap dilaporkan')).toBeNull();

    await userEvent.click(within(zero).getByRole('link', { name: 'SMD1-2611-0007' }));
    expect(screen.getByTestId('where').textContent).toBe(`/konsultasi/${CONSULTATION_ID}`);
  });

  it('says all data is ready when every check is zero, with no badge on the tab', async () => {
    api();
    renderPage('/laporan?tab=checks');
    expect(await screen.findByText('Semua data siap dilaporkan')).toBeTruthy();
    expect(within(screen.getByRole('tab', { name: /Pemeriksaan data/ })).queryByLabelText(/perlu diperbaiki/)).toBeNull();
  });

  it('"Cetak" sends reports:print with the period, the kind and the printer', async () => {
    const { invoke } = api({ 'reports:print': () => ok({ status: 'printed', path: null, count: 0 }) });
    renderPage('/laporan?kab=64.72');
    await screen.findByTestId('total-consultations');
    await buttonsReady();
    await userEvent.click(screen.getByRole('button', { name: 'Cetak' }));
    await waitFor(() => expect(callsOf(invoke, 'reports:print')).toEqual([{ period: NOVEMBER, regencyCode: '64.72', kind: 'activity', target: 'printer' }]));
    expect(await screen.findByText('Laporan dikirim ke printer.')).toBeTruthy();
  });

  it('"Simpan PDF" of the impact scorecard says where the PDF was saved', async () => {
    const { invoke } = api({ 'reports:print': () => ok({ status: 'saved', path: '/home/siti/Laporan-Dampak-2026-11.pdf', count: 0 }) });
    renderPage('/laporan?tab=impact');
    await screen.findByTestId('impact-started');
    await buttonsReady();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan PDF' }));
    expect(await screen.findByText('PDF tersimpan di /home/siti/Laporan-Dampak-2026-11.pdf')).toBeTruthy();
    expect(callsOf(invoke, 'reports:print')).toEqual([{ period: NOVEMBER, kind: 'impact', target: 'pdf' }]);
  });

  it('"Simpan Excel" sends reports:exportXlsx and says where the file was saved; a cancelled save says nothing', async () => {
    const answers = [ok({ status: 'saved' as const, path: '/home/siti/Laporan-Kegiatan.xlsx' }), ok({ status: 'cancelled' as const, path: null })];
    const { invoke } = api({ 'reports:exportXlsx': () => answers.shift()! });
    renderPage();
    await screen.findByTestId('total-consultations');
    await buttonsReady();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan Excel' }));
    expect(await screen.findByText('Excel tersimpan di /home/siti/Laporan-Kegiatan.xlsx')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan Excel' }));
    await waitFor(() => expect(callsOf(invoke, 'reports:exportXlsx')).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Simpan Excel' }).hasAttribute('data-loading')).toBe(false));
    expect(screen.getAllByText(/Excel tersimpan/)).toHaveLength(1);
    expect(callsOf(invoke, 'reports:exportXlsx')[0]).toEqual({ period: NOVEMBER, kind: 'activity' });
  });

  it('warns before printing when data checks found records, and offers to review them', async () => {
    const { invoke } = api({
      'reports:dataChecks': () => ok(checks()),
      'reports:print': () => ok({ status: 'printed', path: null, count: 0 }),
    });
    renderPage();
    await screen.findByTestId('total-consultations');
    await within(screen.getByRole('tab', { name: /Pemeriksaan data/ })).findByLabelText('3 perlu diperbaiki');
    await buttonsReady();

    await userEvent.click(screen.getByRole('button', { name: 'Cetak' }));
    let dialog = await screen.findByRole('dialog', { name: 'Ada data yang perlu diperbaiki' });
    expect(within(dialog).getByText(/menemukan 3 catatan/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Periksa data dulu' }));
    expect(callsOf(invoke, 'reports:print')).toHaveLength(0);
    expect(await screen.findByRole('region', { name: 'Konsultasi tanpa durasi' })).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/laporan?tab=checks');

    await userEvent.click(screen.getByRole('tab', { name: 'Laporan kegiatan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cetak' }));
    dialog = await screen.findByRole('dialog', { name: 'Ada data yang perlu diperbaiki' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tetap lanjutkan' }));
    await waitFor(() => expect(callsOf(invoke, 'reports:print')).toEqual([{ period: NOVEMBER, kind: 'activity', target: 'printer' }]));
  });

  it('waits for the data checks before printing', async () => {
    let answer: (value: unknown) => void = () => {};
    api({ 'reports:dataChecks': () => new Promise((resolve) => (answer = resolve)) as never });
    renderPage();
    await screen.findByTestId('total-consultations');
    expect(screen.getByRole('button', { name: 'Cetak' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Simpan Excel' }).hasAttribute('disabled')).toBe(true);
    answer(ok(allClear));
    await buttonsReady();
  });

  it('shows an error from the core and nothing else when the report fails', async () => {
    api({ 'reports:activity': () => ({ ok: false as const, error: { code: 'INTERNAL' as const, message: 'x' } }) as never });
    renderPage();
    const retry = await screen.findByRole('button', { name: 'Coba lagi' });
    expect(retry.closest('[role="alert"]')?.textContent).toContain('Terjadi kesalahan');
    expect(screen.queryByTestId('total-consultations')).toBeNull();
  });
});


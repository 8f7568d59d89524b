import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '../../../../src/shared/contract';
import { DashboardPanel } from '../../../../src/renderer/src/features/dashboard';
import { dashboardRange, formatMonth } from '../../../../src/renderer/src/features/dashboard/period';
import { i18n } from '../../../../src/renderer/src/app/i18n';
import { installApi, ok, renderAt, settings } from '../businesses/fixtures';

const zeroAreas = { kelembagaan: 0, sdm: 0, produksi: 0, pemasaran: 0, pembiayaan: 0, legalitas: 0, digital: 0, jaringan: 0 };

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    from: '2026-11-01',
    to: '2026-11-28',
    consultationsByMonth: [
      { month: '2026-10', total: 7, areas: { ...zeroAreas, pemasaran: 4, legalitas: 3 } },
      { month: '2026-11', total: 1234, areas: { ...zeroAreas, pemasaran: 1000, legalitas: 234 } },
    ],
    businessesByRegency: [
      { regencyCode: '64.02', regencyName: 'Kabupaten Kutai Kartanegara', businesses: 12 },
      { regencyCode: '64.72', regencyName: 'Kota Samarinda', businesses: 85 },
      { regencyCode: null, regencyName: null, businesses: 3 },
    ],
    followUps: { open: 14, overdue: 3, today: 2 },
    trainings: { trainings: 2, participants: 48, attended: 41, prospects: 10, converted: 4 },
    impact: { businessesStarted: 5, jobsCreated: 17, jobsKept: 9, salesIncrease: 12_500_000, capitalAmount: 250_000_000, permits: 6, markets: 4 },
    totals: { consultations: 1234, contactMinutes: 750, businessesServed: 97 },
    ...overrides,
  };
}

const dashboardCalls = (invoke: ReturnType<typeof installApi>['invoke']) =>
  invoke.mock.calls.filter((c) => c[0] === 'reports:dashboard').map((c) => c[1] as Record<string, unknown>);

describe('dashboard periods', () => {
  it('run from the start of the month, quarter, year or twelve months back up to today', () => {
    expect(dashboardRange('month', '2026-11-28')).toEqual({ from: '2026-11-01', to: '2026-11-28' });
    expect(dashboardRange('quarter', '2026-11-28')).toEqual({ from: '2026-10-01', to: '2026-11-28' });
    expect(dashboardRange('quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(dashboardRange('year', '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-11-28' });
    expect(dashboardRange('last12', '2026-11-28')).toEqual({ from: '2025-12-01', to: '2026-11-28' });
    expect(dashboardRange('last12', '2026-12-05')).toEqual({ from: '2026-01-01', to: '2026-12-05' });
  });

  it('label months the Indonesian way', () => {
    expect(formatMonth('2026-11')).toBe('Nov 2026');
    expect(formatMonth('2026-05')).toBe('Mei 2026');
  });
});

describe('Beranda dashboard', () => {
  beforeEach(() => {
    // 28/11/2026 11.00 WITA.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T03:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the figures of the answer, formatted id-ID, with follow-ups linking to their list', async () => {
    installApi({ 'reports:dashboard': () => ok(dashboard()) });
    renderAt(<DashboardPanel />);

    expect(within(await screen.findByTestId('card-consultations')).getByText('1.234')).toBeTruthy();
    expect(within(screen.getByTestId('card-hours')).getByText('12,5 jam')).toBeTruthy();
    expect(within(screen.getByTestId('card-businesses')).getByText('97')).toBeTruthy();
    expect(within(screen.getByTestId('card-trainings')).getByText('2 pelatihan')).toBeTruthy();
    expect(within(screen.getByTestId('card-trainings')).getByText('48 peserta, 41 hadir')).toBeTruthy();
    expect(within(screen.getByTestId('impact-sales')).getByText('Rp12.500.000')).toBeTruthy();
    expect(within(screen.getByTestId('impact-capital')).getByText('Rp250.000.000')).toBeTruthy();
    expect(within(screen.getByTestId('impact-created')).getByText('17 orang')).toBeTruthy();
    expect(within(screen.getByTestId('impact-kept')).getByText('9 orang')).toBeTruthy();
    expect(within(screen.getByTestId('impact-started')).getByText('5')).toBeTruthy();
    expect(within(screen.getByTestId('impact-permits')).getByText('6')).toBeTruthy();
    expect(within(screen.getByTestId('impact-markets')).getByText('4')).toBeTruthy();

    const followUps = screen.getByTestId('card-followups');
    expect(within(followUps).getByRole('link', { name: '14 terbuka' }).getAttribute('href')).toBe('/tindak-lanjut');
    expect(within(followUps).getByRole('link', { name: '3 terlambat' }).getAttribute('href')).toBe('/tindak-lanjut?tab=overdue');
  });

  it('charts consultations per month by area with month and area names, and businesses per regency, most first', async () => {
    installApi({ 'reports:dashboard': () => ok(dashboard()) });
    renderAt(<DashboardPanel />);

    const months = await screen.findByRole('table', { name: 'Konsultasi per bulan' });
    const nov = within(months).getByRole('row', { name: /Nov 2026/ });
    expect(within(nov).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1.234', '0', '0', '0', '1.000', '0', '234', '0', '0']);
    expect(within(months).getByRole('columnheader', { name: 'Legalitas/perizinan' })).toBeTruthy();
    expect(within(months).getByRole('row', { name: /Okt 2026/ })).toBeTruthy();

    const regencies = screen.getByRole('table', { name: 'UMKM dilayani per kabupaten/kota' });
    expect(within(regencies).getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'Kota Samarinda',
      'Kabupaten Kutai Kartanegara',
      'Tanpa kabupaten/kota',
    ]);
  });

  it('counts a consultation with two service areas once in its month, and shows the areas apart as a breakdown', async () => {
    const twoAreas = [{ month: '2026-11', total: 1, areas: { ...zeroAreas, pemasaran: 1, legalitas: 1 } }];
    installApi({ 'reports:dashboard': () => ok(dashboard({ consultationsByMonth: twoAreas })) });
    renderAt(<DashboardPanel />);

    const months = await screen.findByRole('table', { name: 'Konsultasi per bulan' });
    const nov = within(months).getByRole('row', { name: /Nov 2026/ });
    expect(within(nov).getAllByRole('cell')[0]!.textContent).toBe('1');
    const areas = screen.getByTestId('areas-breakdown');
    expect(areas.textContent).toContain('Pemasaran 1');
    expect(areas.textContent).toContain('Legalitas/perizinan 1');
    expect(areas.textContent).toContain('jumlah per bidang bisa melebihi jumlah konsultasi');
  });

  it('speaks English with English month names, decimal points and plurals', async () => {
    await i18n.changeLanguage('en');
    try {
      installApi({ 'settings:get': () => ok({ ...settings, language: 'en' }), 'reports:dashboard': () => ok(dashboard()) });
      renderAt(<DashboardPanel />);
      const months = await screen.findByRole('table', { name: 'Consultations per month' });
      const oct = within(months).getByRole('row', { name: /Oct 2026/ });
      expect(within(oct).getAllByRole('cell')[0]!.textContent).toBe('7');
      const nov = within(months).getByRole('row', { name: /Nov 2026/ });
      expect(within(nov).getAllByRole('cell')[0]!.textContent).toBe('1,234');
      expect(within(screen.getByTestId('card-hours')).getByText('12.5 h')).toBeTruthy();
    } finally {
      await i18n.changeLanguage('id');
    }
  });

  it('says so in each chart\'s place when the period has no consultations, keeping the cards', async () => {
    const noMonths = [{ month: '2026-11', total: 0, areas: zeroAreas }];
    installApi({
      'reports:dashboard': () =>
        ok(dashboard({ consultationsByMonth: noMonths, businessesByRegency: [], totals: { consultations: 0, contactMinutes: 0, businessesServed: 0 } })),
    });
    renderAt(<DashboardPanel />);

    expect(within(await screen.findByTestId('card-consultations')).getByText('0')).toBeTruthy();
    expect(within(screen.getByTestId('card-trainings')).getByText('2 pelatihan')).toBeTruthy();
    const months = screen.getByRole('region', { name: 'Konsultasi per bulan' });
    expect(within(months).getByText('Belum ada konsultasi final pada periode ini.')).toBeTruthy();
    expect(within(months).queryByRole('table')).toBeNull();
    const regencies = screen.getByRole('region', { name: 'UMKM dilayani per kabupaten/kota' });
    expect(within(regencies).getByText('Belum ada UMKM yang dilayani pada periode ini.')).toBeTruthy();
    expect(within(regencies).queryByRole('table')).toBeNull();
  });

  it('draws the charts, not the empty sentences, when there is something to chart', async () => {
    installApi({ 'reports:dashboard': () => ok(dashboard()) });
    renderAt(<DashboardPanel />);
    await screen.findByRole('table', { name: 'Konsultasi per bulan' });
    expect(screen.queryByText('Belum ada konsultasi final pada periode ini.')).toBeNull();
    expect(screen.queryByText('Belum ada UMKM yang dilayani pada periode ini.')).toBeNull();
  });

  it('keeps only the ten regencies with the most businesses', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ regencyCode: `64.${10 + i}`, regencyName: `Kabupaten ${i + 1}`, businesses: i + 1 }));
    installApi({ 'reports:dashboard': () => ok(dashboard({ businessesByRegency: many })) });
    renderAt(<DashboardPanel />);
    const regencies = await screen.findByRole('table', { name: 'UMKM dilayani per kabupaten/kota' });
    const names = within(regencies).getAllByRole('rowheader').map((c) => c.textContent);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('Kabupaten 12');
    expect(names).not.toContain('Kabupaten 1');
    expect(names).not.toContain('Kabupaten 2');
  });

  it('asks for this month in the office time zone first, then the period chosen', async () => {
    const { invoke } = installApi({ 'reports:dashboard': () => ok(dashboard()) });
    renderAt(<DashboardPanel />);
    await screen.findByTestId('card-consultations');
    expect(dashboardCalls(invoke)).toEqual([{ from: '2026-11-01', to: '2026-11-28' }]);
    expect(screen.getByTestId('dashboard-range').textContent).toBe('01/11/2026 – 28/11/2026');

    await userEvent.click(screen.getByRole('radio', { name: 'Kuartal ini' }));
    await waitFor(() => expect(dashboardCalls(invoke).at(-1)).toEqual({ from: '2026-10-01', to: '2026-11-28' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Tahun ini' }));
    await waitFor(() => expect(dashboardCalls(invoke).at(-1)).toEqual({ from: '2026-01-01', to: '2026-11-28' }));
    await userEvent.click(screen.getByRole('radio', { name: '12 bulan terakhir' }));
    await waitFor(() => expect(dashboardCalls(invoke).at(-1)).toEqual({ from: '2025-12-01', to: '2026-11-28' }));
    expect(screen.getByTestId('dashboard-range').textContent).toBe('01/12/2025 – 28/11/2026');
  });

  it("reads today on the office's calendar, not the computer's: 00.30 WITA on 1 December is December", async () => {
    vi.setSystemTime(new Date('2026-11-30T16:30:00.000Z'));
    const { invoke } = installApi({ 'reports:dashboard': () => ok(dashboard()) });
    renderAt(<DashboardPanel />);
    await screen.findByTestId('card-consultations');
    expect(dashboardCalls(invoke)[0]).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('filters by kabupaten/kota', async () => {
    const { invoke } = installApi({ 'reports:dashboard': () => ok(dashboard()) });
    renderAt(<DashboardPanel />);
    await screen.findByTestId('card-consultations');
    await userEvent.click(screen.getByRole('combobox', { name: 'Kabupaten/kota' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Kota Samarinda' }));
    await waitFor(() => expect(dashboardCalls(invoke).at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-28', regencyCode: '64.72' }));
  });

  it('shows skeletons while loading', async () => {
    let answer: (value: unknown) => void = () => {};
    installApi({ 'reports:dashboard': () => new Promise((resolve) => (answer = resolve)) as never });
    renderAt(<DashboardPanel />);
    expect(await screen.findByTestId('dashboard-loading')).toBeTruthy();
    answer(ok(dashboard()));
    await screen.findByTestId('card-consultations');
    expect(screen.queryByTestId('dashboard-loading')).toBeNull();
  });

  it('says so when nothing happened in the period, but still shows the open follow-ups', async () => {
    installApi({
      'reports:dashboard': () =>
        ok(
          dashboard({
            consultationsByMonth: [{ month: '2026-11', total: 0, areas: zeroAreas }],
            businessesByRegency: [],
            trainings: { trainings: 0, participants: 0, attended: 0, prospects: 0, converted: 0 },
            impact: { businessesStarted: 0, jobsCreated: 0, jobsKept: 0, salesIncrease: 0, capitalAmount: 0, permits: 0, markets: 0 },
            totals: { consultations: 0, contactMinutes: 0, businessesServed: 0 },
          }),
        ),
    });
    renderAt(<DashboardPanel />);
    expect(await screen.findByText('Belum ada kegiatan pada periode ini')).toBeTruthy();
    expect(screen.queryByTestId('card-consultations')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Konsultasi per bulan' })).toBeNull();
    expect(within(screen.getByTestId('card-followups')).getByRole('link', { name: '14 terbuka' })).toBeTruthy();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ConsultationSummary } from '../../../../src/shared/contract';
import { ConsultationsPage, DraftsNotice } from '../../../../src/renderer/src/features/consultations';
import { DRAFT_ID, SRI_ID, calls, installApi, ok, renderAt } from './fixtures';

const row: ConsultationSummary = {
  id: 'c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b',
  status: 'final',
  number: 'KB/SMD1/2026/11/0042',
  version: 1,
  date: '2026-11-27',
  startTime: '09:30',
  businessId: SRI_ID,
  businessName: 'Kue Bu Sri',
  regencyName: 'Kota Samarinda',
  consultantNames: ['Siti Rahmawati', 'Budi Santoso'],
  channel: 'whatsapp',
  serviceAreas: ['pemasaran', 'legalitas'],
  contactMinutes: 45,
  openFollowUps: 2,
  updatedAt: '2026-11-27T02:00:00.000Z',
};

const drafts = [
  { id: DRAFT_ID, businessId: SRI_ID, businessName: 'Kue Bu Sri', excerpt: 'Omzet turun', date: '2026-11-28', updatedAt: '2026-11-28T01:00:00.000Z', updatedByName: null },
  { id: '7d0c6f3e-1b2a-4c5d-8e7f-0a1b2c3d4e5f', businessId: null, businessName: null, excerpt: null, date: null, updatedAt: '2026-11-28T02:00:00.000Z', updatedByName: null },
];

describe('consultation lists', { timeout: 40_000 }, () => {
  it('lists this month\'s finalised consultations with the total contact hours in id-ID', async () => {
    const { invoke } = installApi({
      'consultations:list': () => ok({ rows: [row], total: 1, page: 1, pageSize: 50, totalContactMinutes: 750 }),
    });
    renderAt(<ConsultationsPage />, { path: '/konsultasi' });
    const table = await screen.findByRole('table', { name: 'Daftar konsultasi' });
    expect(within(table).getByRole('link', { name: 'KB/SMD1/2026/11/0042' })).toBeTruthy();
    expect(within(table).getByText('27/11/2026')).toBeTruthy();
    expect(within(table).getByText('Siti Rahmawati, Budi Santoso')).toBeTruthy();
    expect(within(table).getByText('Legalitas/perizinan')).toBeTruthy();
    expect(screen.getByTestId('total-hours').textContent).toBe('Jam kontak: 12,5 jam');
    const query = calls(invoke, 'consultations:list')[0];
    expect(query).toMatchObject({ status: 'final', from: expect.stringMatching(/-01$/) });
  });

  it('keeps its filters and page in the URL, so Back returns to the same list', async () => {
    const { invoke } = installApi({
      'consultations:list': () => ok({ rows: [row], total: 120, page: 2, pageSize: 50, totalContactMinutes: 750 }),
    });
    renderAt(<ConsultationsPage />, { path: '/konsultasi', route: '/konsultasi?dari=2026-10-01&sampai=2026-10-31&bidang=pemasaran&saluran=whatsapp&hal=2' });
    await screen.findByRole('table', { name: 'Daftar konsultasi' });
    expect(calls(invoke, 'consultations:list')[0]).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      serviceArea: 'pemasaran',
      channel: 'whatsapp',
      status: 'final',
      page: 2,
      pageSize: 50,
    });
    expect(screen.getByRole('button', { name: '2' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows contact hours per consultant per month', async () => {
    const user = userEvent.setup();
    installApi({
      'consultations:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 50, totalContactMinutes: 0 }),
      'consultations:hours': () =>
        ok([{ consultantId: 'x', consultantName: 'Siti Rahmawati', month: '2026-11', consultations: 9, contactMinutes: 750, prepMinutes: 90 }]),
    });
    renderAt(<ConsultationsPage />, { path: '/konsultasi' });
    await user.click(await screen.findByRole('tab', { name: 'Jam kontak' }));
    const table = await screen.findByRole('table', { name: 'Jam kontak per konsultan' });
    expect(within(table).getByText('12,5 jam')).toBeTruthy();
    expect(within(table).getByText('1,5 jam')).toBeTruthy();
  });

  it('offers each live draft with "Lanjutkan draf", naming a draft without a business as such', async () => {
    installApi({ 'consultations:drafts': () => ok(drafts) });
    renderAt(<DraftsNotice />);
    const notice = await screen.findByRole('region', { name: 'Ada 2 draf konsultasi yang belum selesai' });
    expect(within(notice).getByText('Kue Bu Sri')).toBeTruthy();
    expect(within(notice).getByText('UMKM belum dipilih')).toBeTruthy();
    expect(within(notice).getByRole('link', { name: 'Lanjutkan draf Kue Bu Sri' }).getAttribute('href')).toBe(`/konsultasi/${DRAFT_ID}`);
  });

  it('says nothing when there are no drafts', async () => {
    const { invoke } = installApi();
    renderAt(<DraftsNotice />);
    await waitFor(() => expect(calls(invoke, 'consultations:drafts').length).toBeGreaterThan(0));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText('Lanjutkan draf')).toBeNull();
  });
});

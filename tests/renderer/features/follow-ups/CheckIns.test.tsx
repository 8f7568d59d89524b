import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FollowUpDetailPage, FollowUpsPage } from '../../../../src/renderer/src/features/follow-ups';
import { CHECK_IN_ID, SRI_ID, TRAINING_ID, calls, checkIn, installApi, item, ok, renderAt } from './fixtures';

const TRAINING_LINE = 'Peserta pelatihan: Pelatihan Sablon Kaos Samarinda';

function hrefs(container: HTMLElement): string[] {
  return within(container)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href') ?? '');
}

describe('a training participant\'s check-in', () => {
  it('lists the participant by name with a link to the training, and never links to a missing business', async () => {
    installApi({ 'followUps:list': () => ok({ rows: [checkIn(), item()], total: 2, page: 1, pageSize: 25 }) });
    renderAt(<FollowUpsPage />, { path: '/tindak-lanjut', route: '/tindak-lanjut' });
    const table = await screen.findByRole('table', { name: 'Daftar tindak lanjut' });
    const [row] = within(table).getAllByTestId('follow-up-row');
    expect(within(row!).getByText('Rina Marlina')).toBeTruthy();
    expect(within(row!).getByRole('link', { name: TRAINING_LINE }).getAttribute('href')).toBe(`/pelatihan/${TRAINING_ID}`);
    expect(within(row!).getByText('Dibuat manual')).toBeTruthy();
    expect(hrefs(row!).some((h) => h.startsWith('/umkm/'))).toBe(false);
    expect(hrefs(table).filter((h) => h.startsWith('/umkm/'))).toEqual([`/umkm/${SRI_ID}`]);
  });

  it('shows the participant in the agenda and in the mark-done dialog', async () => {
    const { invoke } = installApi({
      'followUps:agenda': () => ok([checkIn()]),
      'followUps:list': () => ok({ rows: [checkIn()], total: 1, page: 1, pageSize: 25 }),
      'followUps:complete': () => ok(checkIn({ status: 'done' })),
    });
    renderAt(<FollowUpsPage />, { path: '/tindak-lanjut', route: '/tindak-lanjut?tab=overdue&tampilan=agenda' });
    const [day] = await screen.findAllByTestId('agenda-day');
    expect(within(day!).getByText(/Rina Marlina/)).toBeTruthy();
    await userEvent.click(within(day!).getByRole('button', { name: 'Selesai: Sudah mulai usaha?' }));
    const dialog = screen.getByRole('dialog', { name: 'Tandai selesai' });
    expect(within(dialog).getByText(/Rina Marlina/)).toBeTruthy();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Hasil tindak lanjut/ }), 'Sudah buka usaha sablon di rumah');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan sebagai selesai' }));
    await waitFor(() => expect(calls(invoke, 'followUps:complete')).toEqual([{ id: CHECK_IN_ID, outcome: 'Sudah buka usaha sablon di rumah' }]));
  });

  it('opens on the detail page under "Peserta pelatihan", with the training linked', async () => {
    installApi({ 'followUps:get': () => ok(checkIn()) });
    const { container } = renderAt(<FollowUpDetailPage />, { path: '/tindak-lanjut/:id', route: `/tindak-lanjut/${CHECK_IN_ID}` });
    expect(await screen.findByRole('heading', { name: 'Sudah mulai usaha?' })).toBeTruthy();
    expect(screen.getByText('Peserta pelatihan')).toBeTruthy();
    expect(screen.getByText('Rina Marlina')).toBeTruthy();
    expect(screen.getByRole('link', { name: TRAINING_LINE }).getAttribute('href')).toBe(`/pelatihan/${TRAINING_ID}`);
    expect(hrefs(container).some((h) => h.startsWith('/umkm/'))).toBe(false);
  });

  it('once the participant has a business, links the business and still names the training', async () => {
    installApi({ 'followUps:get': () => ok(checkIn({ businessId: SRI_ID, businessName: 'Sablon Rina' })) });
    renderAt(<FollowUpDetailPage />, { path: '/tindak-lanjut/:id', route: `/tindak-lanjut/${CHECK_IN_ID}` });
    expect((await screen.findByRole('link', { name: 'Sablon Rina' })).getAttribute('href')).toBe(`/umkm/${SRI_ID}`);
    expect(screen.getByText('UMKM')).toBeTruthy();
    expect(screen.getByRole('link', { name: TRAINING_LINE }).getAttribute('href')).toBe(`/pelatihan/${TRAINING_ID}`);
  });
});

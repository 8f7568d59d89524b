import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FollowUpSummary, IdleBusinessesCard } from '../../../../src/renderer/src/features/follow-ups';
import { SITI_ID, SRI_ID, calls, installApi, item, ok, renderAt } from './fixtures';

describe('Beranda follow-up summary', () => {
  it("shows the consultant's own counts first, then the office's, each linking to its tab", async () => {
    const { invoke } = installApi({
      'followUps:counts': (input) =>
        ok((input as { consultantId?: string }).consultantId ? { overdue: 1, today: 2, week: 0, later: 0 } : { overdue: 3, today: 5, week: 4, later: 1 }),
    });
    renderAt(<FollowUpSummary />);

    const mine = await screen.findByTestId('summary-mine');
    const office = screen.getByTestId('summary-office');
    expect(mine.compareDocumentPosition(office) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(mine).getByRole('link', { name: '1 terlambat' }).getAttribute('href')).toBe(`/tindak-lanjut?tab=overdue&konsultan=${SITI_ID}`);
    expect(within(mine).getByRole('link', { name: '2 hari ini' }).getAttribute('href')).toBe(`/tindak-lanjut?tab=today&konsultan=${SITI_ID}`);
    expect(within(office).getByRole('link', { name: '3 terlambat' }).getAttribute('href')).toBe('/tindak-lanjut?tab=overdue');
    expect(within(office).getByRole('link', { name: '5 hari ini' }).getAttribute('href')).toBe('/tindak-lanjut?tab=today');
    expect(calls(invoke, 'followUps:counts')).toEqual(expect.arrayContaining([{ consultantId: SITI_ID }, {}]));
  });

  it('lists idle businesses with a check-in follow-up prefilled "Cek kabar usaha"', async () => {
    const { invoke } = installApi({
      'followUps:idle': () =>
        ok({ rows: [{ id: SRI_ID, name: 'Kue Bu Sri', regencyName: 'Kota Samarinda', lastActivityAt: '2026-07-01T02:00:00.000Z', idleDays: 150 }], total: 1, capped: false, days: 90 }),
      'followUps:create': (input) => ok(item({ title: input.title, dueDate: input.dueDate })),
    });
    renderAt(<IdleBusinessesCard />);
    const card = await screen.findByRole('region', { name: 'UMKM yang lama tidak didampingi' });
    expect(await within(card).findByText(/selama 90 hari/)).toBeTruthy();
    expect(within(card).getByText('Kota Samarinda · 150 hari tanpa kegiatan')).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Buat tindak lanjut cek kabar' }));
    const dialog = screen.getByRole('dialog', { name: 'Tambah tindak lanjut' });
    expect((within(dialog).getByRole('textbox', { name: /Yang perlu ditindaklanjuti/ }) as HTMLInputElement).value).toBe('Cek kabar usaha');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan tindak lanjut' }));
    await waitFor(() => expect(calls(invoke, 'followUps:create')[0]).toMatchObject({ businessId: SRI_ID, title: 'Cek kabar usaha', consultantId: SITI_ID }));
  });

  it('stays out of the way when no business is idle', async () => {
    const { invoke } = installApi();
    const { container } = renderAt(<IdleBusinessesCard />);
    await waitFor(() => expect(calls(invoke, 'followUps:idle')).toHaveLength(1));
    await waitFor(() => expect(container.querySelector('section')).toBeNull());
  });
});

describe('IdleBusinessesCard past the count cap', () => {
  it('says "more than" when the core stopped counting', async () => {
    installApi({
      'followUps:idle': () =>
        ok({ rows: [{ id: SRI_ID, name: 'Kue Bu Sri', regencyName: null, lastActivityAt: '2026-07-01T02:00:00.000Z', idleDays: 150 }], total: 1000, capped: true, days: 90 }),
    });
    renderAt(<IdleBusinessesCard />);
    const card = await screen.findByRole('region', { name: 'UMKM yang lama tidak didampingi' });
    expect(await within(card).findByText(/999\+/)).toBeTruthy();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpLiveProvider, OverdueNavBadge } from '../../../../src/renderer/src/features/follow-ups';
import { dueInstant } from '../../../../src/shared/domain/follow-up-due';
import { zonedParts } from '../../../../src/shared/domain/zoned';
import { FU_ID, Where, calls, installApi, ok, renderAt } from './fixtures';

function Shell() {
  return (
    <FollowUpLiveProvider>
      <OverdueNavBadge />
      <Where />
    </FollowUpLiveProvider>
  );
}

afterEach(() => {
  document.title = '';
});

describe('live follow-up events', () => {
  it('puts the overdue count in the window title and on the nav badge, from the counts and then from each change', async () => {
    const { emit } = installApi({ 'followUps:counts': () => ok({ overdue: 2, today: 1, week: 0, later: 0 }) });
    renderAt(<Shell />, { path: '*', route: '/' });
    await waitFor(() => expect(document.title).toBe('Klinik Bisnis — 2 terlambat'));
    expect(screen.getByTestId('nav-overdue-badge').textContent).toBe('2');

    await emit('followUps:changed', { overdue: 1234, today: 0 });
    expect(document.title).toBe('Klinik Bisnis — 1.234 terlambat');
    expect(screen.getByTestId('nav-overdue-badge').textContent).toBe('1.234');

    await emit('followUps:changed', { overdue: 0, today: 3 });
    expect(document.title).toBe('Klinik Bisnis');
    expect(screen.queryByTestId('nav-overdue-badge')).toBeNull();
  });

  it('reloads the follow-up queries when the counts change', async () => {
    const { emit, invoke } = installApi();
    renderAt(<Shell />, { path: '*', route: '/' });
    await waitFor(() => expect(calls(invoke, 'followUps:counts')).toHaveLength(1));
    await emit('followUps:changed', { overdue: 4, today: 0 });
    await waitFor(() => expect(calls(invoke, 'followUps:counts')).toHaveLength(2));
  });

  it('opens the route main asks for (a click on a desktop notification)', async () => {
    const { emit } = installApi();
    renderAt(<Shell />, { path: '*', route: '/' });
    await emit('app:navigate', { route: `/tindak-lanjut/${FU_ID}` });
    expect(screen.getByTestId('where').textContent).toBe(`/tindak-lanjut/${FU_ID}`);
    await emit('app:navigate', { route: '/tindak-lanjut?tab=overdue' });
    expect(screen.getByTestId('where').textContent).toBe('/tindak-lanjut?tab=overdue');
  });

  it('shows a due reminder in the app too, and its button opens the follow-up', async () => {
    const { emit } = installApi();
    renderAt(<Shell />, { path: '*', route: '/' });
    await emit('reminder:due', {
      items: [{ id: FU_ID, title: 'Telepon pemilik soal pengajuan KUR', businessName: 'Kue Bu Sri', effectiveAt: '2026-11-28T01:00:00.000Z' }],
      overdue: 1,
    });
    expect(await screen.findByText('Tindak lanjut jatuh tempo')).toBeTruthy();
    expect(screen.getByText('Telepon pemilik soal pengajuan KUR — Kue Bu Sri')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Buka' }));
    expect(screen.getByTestId('where').textContent).toBe(`/tindak-lanjut/${FU_ID}`);
  });

  it('says "hari ini" for a follow-up reminded of before it is overdue (one for today without a time), and opens the Hari ini tab for a group', async () => {
    const { emit } = installApi();
    renderAt(<Shell />, { path: '*', route: '/' });
    const today = zonedParts(new Date(), 'Asia/Makassar').date;
    const endOfToday = dueInstant(today, null, 'Asia/Makassar');
    await emit('reminder:due', {
      items: [{ id: FU_ID, title: 'Telepon pemilik soal pengajuan KUR', businessName: 'Kue Bu Sri', effectiveAt: endOfToday }],
      overdue: 0,
    });
    expect(await screen.findByText('Tindak lanjut jatuh tempo hari ini')).toBeTruthy();
    expect(screen.queryByText(/terlambat/i)).toBeNull();

    const items = ['a', 'b'].map((id) => ({ id: `${FU_ID.slice(0, -1)}${id}`, title: `Cek ${id}`, businessName: null, effectiveAt: endOfToday }));
    await emit('reminder:due', { items, overdue: 0 });
    expect(await screen.findByText('2 tindak lanjut jatuh tempo hari ini')).toBeTruthy();
    const open = screen.getAllByRole('button', { name: 'Buka' }).at(-1)!;
    await userEvent.click(open);
    expect(screen.getByTestId('where').textContent).toBe('/tindak-lanjut?tab=today');
  });
});

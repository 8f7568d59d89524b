import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeleteModal } from '../../../../src/renderer/src/features/businesses/detail/DeleteModal';
import { SRI_ID, detail, installApi, ok, renderAt } from './fixtures';

const deleteCalls = (invoke: ReturnType<typeof installApi>['invoke']) => invoke.mock.calls.filter((c) => c[0] === 'businesses:delete').map((c) => c[1]);

describe('deleting a business profile', () => {
  it('names the profile, sends businesses:delete on confirmation and closes', async () => {
    const onClose = vi.fn();
    const { invoke } = installApi({ 'businesses:delete': () => ok(detail({ deletedAt: '2026-11-28T03:00:00.000Z' })) });
    renderAt(<DeleteModal d={detail()} opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Kue Bu Sri/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Batal' })).toBe(document.activeElement);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Hapus profil' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(deleteCalls(invoke)).toEqual([{ id: SRI_ID }]);
  });

  it('keeps the dialog open when main refuses, saying why', async () => {
    const onClose = vi.fn();
    const { invoke } = installApi({
      'businesses:delete': () => ({ ok: false, error: { code: 'CONFLICT', message: 'Profil ini baru saja diubah di tempat lain.' } }),
    });
    renderAt(<DeleteModal d={detail()} opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hapus profil' }));
    await waitFor(() => expect(deleteCalls(invoke)).toHaveLength(1));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Hapus profil' }).hasAttribute('data-loading')).toBe(false));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('Profil ini baru saja diubah di tempat lain.');
    // Cancelling after a refusal closes as usual; the refusal is not there at the next opening.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

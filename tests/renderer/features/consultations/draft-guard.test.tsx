import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { FakeReply } from '../../helpers';
import { ConsultationPage } from '../../../../src/renderer/src/features/consultations';
import { DRAFT_ID, draftDetail, installApi, ok, renderAt } from './fixtures';

const question = () => screen.queryByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });

/** A saveDraft held until the test releases it; a save after that (typing split by a slow machine) answers at once. */
function heldSave() {
  let held = true;
  const waiting: Array<() => void> = [];
  const handler = (input: { id: string }): Promise<FakeReply<'consultations:saveDraft'>> => {
    const answer = ok({ id: input.id, updatedAt: '2026-11-28T08:42:00.000Z' });
    return held ? new Promise((resolve) => waiting.push(() => resolve(answer))) : Promise.resolve(answer);
  };
  const release = () => {
    held = false;
    for (const answer of waiting.splice(0)) answer();
  };
  return { handler, release };
}

describe('consultation draft: leaving while a save is pending', { timeout: 40_000 }, () => {
  it('asks while the typing is not stored yet, and leaves without asking once it is', async () => {
    const user = userEvent.setup();
    const save = heldSave();
    const { invoke } = installApi({ 'consultations:get': () => ok(draftDetail()), 'consultations:saveDraft': save.handler });
    renderAt(
      <>
        <Link to="/pelatihan">Pelatihan</Link>
        <ConsultationPage />
      </>,
      { path: '/konsultasi/:id', route: `/konsultasi/${DRAFT_ID}` },
    );
    await user.click(await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi'));
    await user.keyboard(' lagi');

    await user.click(screen.getByRole('link', { name: 'Pelatihan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));
    expect(screen.queryByTestId('elsewhere')).toBeNull();

    await waitFor(() => expect(invoke.mock.calls.some((c) => c[0] === 'consultations:saveDraft')).toBe(true), { timeout: 4000 });
    save.release();
    await waitFor(() => expect(screen.getByTestId('draft-status').getAttribute('data-state')).toBe('saved'), { timeout: 4000 });
    await user.click(screen.getByRole('link', { name: 'Pelatihan' }));
    expect(await screen.findByTestId('elsewhere')).toBeTruthy();
    expect(question()).toBeNull();
  });
});

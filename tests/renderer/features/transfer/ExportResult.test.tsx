import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, exportResult, setup } from './fixtures';

async function exportEverything() {
  await userEvent.click(await screen.findByRole('radio', { name: 'KINGSTON' }));
  for (let i = 0; i < 3; i++) await userEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
}

describe('Ekspor: the words and the result', () => {
  it('explains the safe writing in words a consultant knows, not *.partial or SHA-256', async () => {
    const { view } = setup();
    await exportEverything();
    const text = view.container.textContent ?? '';
    expect(text).toContain('file yang belum selesai ditulis');
    expect(text).toContain('sidik berkas');
    expect(text).not.toContain('*.partial');
    expect(text).not.toContain('SHA-256-nya');
  });

  it('opens the folder the export wrote with "Buka folder"', async () => {
    const { invoke } = setup();
    await exportEverything();
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    const success = await screen.findByTestId('export-success');
    expect(within(success).getByText(/cocok dengan sidik berkasnya/)).toBeTruthy();
    await userEvent.click(within(success).getByRole('button', { name: 'Buka folder' }));
    expect(calls(invoke, 'transfer:openFolder')).toEqual([{ path: exportResult.folder }]);
  });
});

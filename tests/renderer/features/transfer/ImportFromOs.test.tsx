import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, setup } from './fixtures';

/** A `.klb` double-clicked in Windows opens the app on Impor with `?berkas=` (main checked the file). */
describe('Impor opened with a package from the OS', () => {
  it('has the package chosen already, and checks it without a dialog', async () => {
    const path = 'C:\\Users\\Siti\\Downloads\\Paket-Data-BPN1-2026-12-05-1600.klb';
    const { invoke } = setup({}, 'import', { path: '/ekspor/impor', route: `/ekspor/impor?berkas=${encodeURIComponent(path)}` });
    expect((await screen.findByTestId('import-path')).textContent).toBe(path);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa paket' }));
    await screen.findByTestId('import-preview');
    expect(calls(invoke, 'transfer:previewImport')[0]).toMatchObject({ path });
    expect(calls(invoke, 'transfer:choosePackage')).toHaveLength(0);
  });

});

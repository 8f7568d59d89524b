import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fail, ok, setupHome, status } from './fixtures';

describe('Beranda: backups', () => {
  it('says when the data was last backed up, and warns of nothing when all is well', async () => {
    setupHome();
    expect((await screen.findByTestId('home-backup')).textContent).toContain('Terakhir dicadangkan: 06/12/2026 14.05');
    expect(screen.queryByTestId('home-backup-warning')).toBeNull();
  });

  it('warns when the last backup is more than 7 days old, with a link to the backup settings', async () => {
    setupHome({ 'backups:status': () => ok(status({ lastGoodAt: '2026-11-20T02:00:00.000Z', warnings: ['stale'] })) });
    const warning = await screen.findByTestId('home-backup-warning');
    expect(warning.textContent).toContain('Cadangan terakhir lebih dari 7 hari yang lalu');
    expect(screen.getByTestId('home-backup').textContent).toContain('Terakhir dicadangkan: 20/11/2026 10.00');
    await userEvent.click(screen.getByRole('link', { name: 'Atur cadangan data' }));
    expect(screen.getByTestId('where').textContent).toBe('/pengaturan/cadangan');
  });

  it('warns that there is no backup at all yet', async () => {
    setupHome({ 'backups:status': () => ok(status({ lastGoodAt: null, lastSecondCopyAt: null, warnings: ['stale', 'noSecondCopy'] })) });
    const warning = await screen.findByTestId('home-backup-warning');
    expect(warning.textContent).toContain('Belum ada cadangan data');
    expect(warning.textContent).toContain('Belum ada salinan di folder kedua');
    expect(screen.getByTestId('home-backup').textContent).toContain('Belum pernah dicadangkan');
    expect(screen.getAllByRole('link', { name: 'Atur cadangan data' })).toHaveLength(1);
  });

  it('looks again when the core announces a backup it took on its own', async () => {
    let current = status({ lastGoodAt: '2026-11-20T02:00:00.000Z', warnings: ['stale'] });
    const { emit } = setupHome({ 'backups:status': () => ok(current) });
    expect((await screen.findByTestId('home-backup-warning')).textContent).toContain('7 hari');
    current = status();
    await emit('backups:changed', { lastGoodAt: current.lastGoodAt });
    await waitFor(() => expect(screen.getByTestId('home-backup').textContent).toContain('Terakhir dicadangkan: 06/12/2026 14.05'));
    expect(screen.queryByTestId('home-backup-warning')).toBeNull();
  });

  it('warns when no copy sits in a second folder', async () => {
    setupHome({ 'backups:status': () => ok(status({ secondFolder: null, lastSecondCopyAt: null, warnings: ['noSecondCopy'] })) });
    const warning = await screen.findByTestId('home-backup-warning');
    expect(warning.textContent).toContain('Belum ada salinan di folder kedua');
    expect(warning.textContent).not.toContain('7 hari');
  });

  it('leaves Beranda as it is when the status cannot be read', async () => {
    const { invoke } = setupHome({ 'backups:status': () => fail('INTERNAL', '') });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(invoke).toHaveBeenCalledWith('backups:status', undefined);
    expect(screen.queryByTestId('home-backup')).toBeNull();
  });
});

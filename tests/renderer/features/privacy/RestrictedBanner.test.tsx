import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailBanners } from '../../../../src/renderer/src/features/businesses/detail/DetailBanners';
import { detail, installApi, renderAt } from '../businesses/fixtures';

describe('a business whose processing is restricted', () => {
  it('says so at the top of its profile, since when, what is refused, and where the restriction is lifted', async () => {
    installApi();
    renderAt(<DetailBanners d={detail({ restrictedAt: '2026-12-06T02:00:00.000Z' })} />);
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('Pemrosesan data dibatasi');
    expect(banner.textContent).toContain('Sejak 06/12/2026 10.00 atas permintaan pemilik: data hanya disimpan.');
    expect(screen.getByRole('link', { name: 'Buka Permintaan Data Pribadi' }).getAttribute('href')).toContain('/permintaan-data');
  });

  it('shows nothing of the kind while processing goes on', async () => {
    installApi();
    renderAt(<DetailBanners d={detail()} />);
    expect(screen.queryByText('Pemrosesan data dibatasi')).toBeNull();
  });
});

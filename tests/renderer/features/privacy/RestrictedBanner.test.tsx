import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BusinessTimeline } from '../../../../src/renderer/src/features/businesses/detail/BusinessTimeline';
import { DetailBanners } from '../../../../src/renderer/src/features/businesses/detail/DetailBanners';
import { queryClient } from '../../../../src/renderer/src/lib/query';
import { SRI_ID, detail, installApi, renderAt } from '../businesses/fixtures';
import { ok } from '../../fake-api';

afterEach(() => queryClient.clear());

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

  it('the profile\'s history names the request, the restriction, its lifting and the copy made', async () => {
    const entry = (kind: string) => ({ at: '2026-12-06T02:00:00.000Z', kind, actorName: 'Siti Rahmawati', detail: null });
    installApi({ 'businesses:timeline': () => ok(['privacy_request', 'restrict', 'unrestrict', 'access_copy'].map(entry)) });
    renderAt(<BusinessTimeline id={SRI_ID} />);
    for (const title of ['Permintaan data pribadi dicatat', 'Pemrosesan dibatasi', 'Pembatasan dicabut', 'Salinan data pribadi dibuat']) {
      expect(await screen.findByText(title)).toBeTruthy();
    }
  });
});

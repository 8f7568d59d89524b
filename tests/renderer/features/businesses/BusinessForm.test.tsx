import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DuplicateCandidate } from '../../../../src/shared/contract';
import { BusinessEditPage, BusinessNewPage } from '../../../../src/renderer/src/features/businesses';
import { SRI_ID, detail, installApi, ok, renderAt } from './fixtures';
import { calls } from '../../helpers';

const nameField = () => screen.getByRole('textbox', { name: /^Nama usaha/ });
const ownerField = () => screen.getByRole('textbox', { name: /^Nama pemilik/ });
const nikField = () => screen.getByRole('textbox', { name: /^NIK pemilik/ });
/** The new-profile page waits for the office settings before it shows the form. */
const formReady = () => screen.findByRole('textbox', { name: /^Nama usaha/ });
const save = () => screen.getByRole('button', { name: 'Simpan profil' });

const kueBuSri: DuplicateCandidate = {
  id: SRI_ID,
  name: 'Kue Bu Sri',
  ownerName: 'Sri Wahyuni',
  regencyName: 'Kota Samarinda',
  reasons: ['name', 'ownerName'],
  score: 0.82,
};

// The whole form renders on every change; in happy-dom that is slow enough to want headroom.
describe('new business profile form', { timeout: 40_000 }, () => {
  it('refuses a 15-digit NIK with "NIK harus 16 digit" on the field and calls no create', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi();
    renderAt(<BusinessNewPage />);
    await formReady();

    await user.click(nameField());
    await user.paste('Kue Bu Sri');
    await user.click(ownerField());
    await user.paste('Sri Wahyuni');
    await user.click(nikField());
    await user.paste('647201520390000');
    await user.click(save());

    expect(await screen.findByText('NIK harus 16 digit')).toBeTruthy();
    expect(nikField().getAttribute('aria-invalid')).toBe('true');
    expect(calls(invoke, 'businesses:create')).toEqual([]);
  });

  it('shows the live scale as Kecil for a modal usaha of Rp1.500.000.000, with its reason', async () => {
    const user = userEvent.setup();
    installApi();
    renderAt(<BusinessNewPage />);
    await formReady();

    expect(screen.getByText('Isi modal usaha atau omzet untuk melihat skala.')).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: /^Modal usaha/ }));
    await user.paste('1500000000');

    expect(screen.getByRole('textbox', { name: /^Modal usaha/ })).toHaveProperty('value', 'Rp1.500.000.000');
    expect(screen.getByTestId('scale-badge').textContent).toBe('Kecil');
    expect(screen.getByText('modal Rp1.500.000.000 > Rp1 miliar → Kecil')).toBeTruthy();
  });

  it('saves with Ctrl+S while typing in a field', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'businesses:create': () => ok(detail()) });
    renderAt(<BusinessNewPage />);
    await formReady();

    await user.click(nameField());
    await user.paste('Kue Bu Sri');
    await user.click(ownerField());
    await user.paste('Sri Wahyuni');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(calls(invoke, 'businesses:create')).toHaveLength(1));
    expect(calls(invoke, 'businesses:create')[0]).toMatchObject({ profile: { name: 'Kue Bu Sri', ownerName: 'Sri Wahyuni', status: 'aktif' } });
  });

  it('starts in the office province and kabupaten/kota', async () => {
    installApi();
    renderAt(<BusinessNewPage />);
    await formReady();
    const region = (name: RegExp) => screen.getByRole('combobox', { name });
    await waitFor(() => expect(region(/^Kabupaten\/kota/)).toHaveProperty('value', 'Kota Samarinda'));
    expect(region(/^Provinsi/)).toHaveProperty('value', 'Kalimantan Timur');
  });

  it('shows look-alikes while typing; "Bukan duplikat" hides one and sends its id in notDuplicateOf', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({
      'businesses:checkDuplicates': (input) => ok(String((input as { name?: string }).name ?? '').includes('Sri') ? [kueBuSri] : []),
      'businesses:create': (input) => ok(detail({ id: '9b2f0c1e-3d4a-4b5c-8d6e-7f8091a2b3c4', name: (input as { profile: { name: string } }).profile.name })),
    });
    renderAt(<BusinessNewPage />, { path: '/umkm/baru' });
    await formReady();

    await user.click(nameField());
    await user.paste('Toko Kue Ibu Sri');
    const panel = screen.getByRole('region', { name: 'Cek duplikat' });
    expect(await within(panel).findByText('Kue Bu Sri', {}, { timeout: 3000 })).toBeTruthy();
    expect(within(panel).getByText('Mungkin sudah ada:')).toBeTruthy();
    expect(within(panel).getByText('Nama mirip')).toBeTruthy();
    expect(within(panel).getByText('Sri Wahyuni · Kota Samarinda')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Kue Bu Sri bukan duplikat' }));
    expect(within(panel).queryByText('Kue Bu Sri')).toBeNull();
    expect(within(panel).getByText('1 profil ditandai bukan duplikat')).toBeTruthy();

    await user.click(ownerField());
    await user.paste('Sri Rahayu');
    await user.click(save());

    await waitFor(() => expect(calls(invoke, 'businesses:create')).toHaveLength(1));
    const [input] = calls(invoke, 'businesses:create');
    expect(input).toMatchObject({ notDuplicateOf: [SRI_ID], profile: { name: 'Toko Kue Ibu Sri', ownerName: 'Sri Rahayu' } });
    expect(await screen.findByTestId('elsewhere')).toBeTruthy();
  });

  it('"Buka" on a candidate warns that the typed draft will be lost, then opens the profile', async () => {
    const user = userEvent.setup();
    installApi({ 'businesses:checkDuplicates': () => ok([kueBuSri]) });
    renderAt(<BusinessNewPage />, { path: '/umkm/baru' });
    await formReady();

    await user.click(nameField());
    await user.paste('Toko Kue Ibu Sri');
    const panel = screen.getByRole('region', { name: 'Cek duplikat' });
    await user.click(await within(panel).findByRole('button', { name: 'Buka profil Kue Bu Sri' }, { timeout: 3000 }));

    expect(screen.getByText('Isian yang sudah Anda ketik di formulir ini akan hilang.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tetap di sini' }));
    expect(nameField()).toHaveProperty('value', 'Toko Kue Ibu Sri');

    await user.click(within(panel).getByRole('button', { name: 'Buka profil Kue Bu Sri' }));
    await user.click(screen.getByRole('button', { name: 'Buka profil' }));
    expect(await screen.findByTestId('elsewhere')).toBeTruthy();
  });

  it('when main still answers DUPLICATE, shows the candidates and explains why nothing was saved', async () => {
    const user = userEvent.setup();
    let refused = false;
    installApi({
      // Nothing while typing; the candidate only on the check that follows the refusal, whatever the timing.
      'businesses:checkDuplicates': () => ok(refused ? [{ ...kueBuSri, reasons: ['phone'], score: 1 }] : []),
      'businesses:create': () => ((refused = true), {
        ok: false,
        error: { code: 'DUPLICATE', message: 'Mungkin profil ini sudah ada.', fields: { name: { key: 'v.duplicate', params: { count: 1 } } } },
      }),
    });
    renderAt(<BusinessNewPage />);
    await formReady();

    fireEvent.change(nameField(), { target: { value: 'Warung Sri' } });
    fireEvent.change(ownerField(), { target: { value: 'Sri' } });
    await user.click(save());

    expect(await screen.findByText('Belum disimpan: ada profil yang mirip')).toBeTruthy();
    expect(screen.getByText('Telepon sama')).toBeTruthy();
    expect(screen.getByText('Kemungkinan sudah terdaftar: 1 usaha mirip ditemukan. Periksa sebelum menyimpan.')).toBeTruthy();
  });
});

describe('edit business profile form', { timeout: 40_000 }, () => {
  it('shows the NIK masked, sends expectedUpdatedAt and keepNik, and "Ubah NIK" sends the new one', async () => {
    const user = userEvent.setup();
    const stored = detail();
    const { invoke } = installApi({
      'businesses:get': () => ok(stored),
      'businesses:update': (input) => ok({ ...stored, name: input.profile.name }),
    });
    renderAt(<BusinessEditPage />, { path: '/umkm/:id/ubah', route: `/umkm/${SRI_ID}/ubah` });

    const nik = await screen.findByRole('textbox', { name: /^NIK pemilik/ });
    expect(nik).toHaveProperty('value', '6472••••••••0003');
    expect(nik).toHaveProperty('readOnly', true);

    await user.click(screen.getByRole('button', { name: 'Ubah NIK' }));
    expect(nikField()).toHaveProperty('value', '');
    await user.click(nikField());
    await user.paste('6472015203900004');
    await user.click(save());

    await waitFor(() => expect(calls(invoke, 'businesses:update')).toHaveLength(1));
    expect(calls(invoke, 'businesses:update')[0]).toMatchObject({
      id: SRI_ID,
      expectedUpdatedAt: stored.updatedAt,
      keepNik: false,
      profile: { ownerNik: '6472015203900004', ownerPhone: '0812-3456-7890', name: 'Kue Bu Sri' },
    });
  });

  it('keeps the stored NIK when it is not changed, and puts server field issues on their fields', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({
      'businesses:get': () => ok(detail()),
      'businesses:update': () => ({
        ok: false,
        error: { code: 'VALIDATION', message: 'Data belum benar.', fields: { 'profile.ownerGender': { key: 'v.nikGender' } } },
      }),
    });
    renderAt(<BusinessEditPage />, { path: '/umkm/:id/ubah', route: `/umkm/${SRI_ID}/ubah` });

    await user.click(await screen.findByRole('button', { name: 'Simpan profil' }));
    expect(await screen.findByText('Jenis kelamin tidak cocok dengan NIK')).toBeTruthy();
    expect(calls(invoke, 'businesses:update')[0]).toMatchObject({ keepNik: true });
  });

  it('on CONFLICT says the profile changed elsewhere and reloads it on request', async () => {
    const user = userEvent.setup();
    let version = 0;
    const { invoke } = installApi({
      'businesses:get': () => ok(detail({ updatedAt: `2026-11-28T03:00:0${version++}.000Z` })),
      'businesses:update': () => ({ ok: false, error: { code: 'CONFLICT', message: 'Profil ini baru saja diubah di tempat lain.' } }),
    });
    renderAt(<BusinessEditPage />, { path: '/umkm/:id/ubah', route: `/umkm/${SRI_ID}/ubah` });

    await user.click(await screen.findByRole('button', { name: 'Simpan profil' }));
    expect(await screen.findByText('Profil ini baru saja diubah di tempat lain')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(calls(invoke, 'businesses:get')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText('Profil ini baru saja diubah di tempat lain')).toBeNull());
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../../../src/shared/contract';
import { formatPhoneLocal } from '../../../src/shared/validation/fields';
import { OfficeProfileForm } from '../../../src/renderer/src/features/settings/OfficeProfileForm';
import { installFakeApi, renderUi } from '../helpers';

const office: OfficeProfile = {
  officeName: 'Klinik Bisnis Samarinda',
  unitName: null,
  address: null,
  phone: '+625411234567',
  email: null,
  provinceCode: '64',
  regencyCode: '64.72',
  logoDataUrl: null,
  timeZone: 'Asia/Makassar',
  deskCode: 'SMD1',
  updatedAt: '2026-11-28T03:00:00.000Z',
  updatedBy: null,
};

const officeName = () => screen.getByLabelText(/^Nama kantor/);
const save = () => screen.getByRole('button', { name: 'Simpan' });


/** The save calls among everything the form asked for (it also loads region lists). */
function saves(invoke: { mock: { calls: unknown[][] } }): unknown[][] {
  return invoke.mock.calls.filter((c) => c[0] === 'settings:updateOffice');
}

describe('OfficeProfileForm', () => {
  it('shows the office as saved, with the phone written the local way', () => {
    installFakeApi();
    renderUi(<OfficeProfileForm office={office} />);
    expect(officeName()).toHaveProperty('value', 'Klinik Bisnis Samarinda');
    expect(screen.getByLabelText(/^Telepon/)).toHaveProperty('value', formatPhoneLocal('+625411234567'));
  });

  it('refuses an empty office name with the Indonesian required error and calls nothing', async () => {
    const user = userEvent.setup();
    const { invoke } = installFakeApi();
    renderUi(<OfficeProfileForm office={office} />);

    await user.clear(officeName());
    await user.click(save());

    expect(await screen.findByText('Wajib diisi')).toBeTruthy();
    expect(officeName().getAttribute('aria-invalid')).toBe('true');
    expect(saves(invoke)).toHaveLength(0);
  });

  it('puts server VALIDATION field issues on their fields', async () => {
    const user = userEvent.setup();
    const { invoke } = installFakeApi({
      'settings:updateOffice': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Data yang dikirim belum benar. Periksa isian yang ditandai.',
          fields: { email: { key: 'v.email' }, officeName: { key: 'v.tooLong', params: { max: 200 } } },
        },
      }),
    });
    renderUi(<OfficeProfileForm office={office} />);

    await user.type(screen.getByLabelText(/^Email/), 'klinik@kaltimprov.go.id');
    await user.click(save());

    await waitFor(() => expect(saves(invoke)).toHaveLength(1));
    expect(await screen.findByText('Alamat email tidak sah')).toBeTruthy();
    expect(screen.getByText('Paling banyak 200 karakter')).toBeTruthy();
    expect(screen.getByLabelText(/^Email/).getAttribute('aria-invalid')).toBe('true');
  });

  it('saves, takes the stored values back and says so', async () => {
    const user = userEvent.setup();
    const { invoke } = installFakeApi({
      'settings:updateOffice': (input) => ({
        ok: true,
        value: {
          office: { ...office, ...(input as object), phone: '+6281234567890', deskCode: 'BPN2' },
          language: 'id',
          lockAfterMinutes: 10,
        },
      }),
    });
    renderUi(<OfficeProfileForm office={office} />);

    const desk = screen.getByLabelText(/^Kode meja/);
    await user.clear(desk);
    await user.type(desk, 'bpn2');
    expect(desk).toHaveProperty('value', 'BPN2');
    await user.click(save());

    await waitFor(() => expect(saves(invoke)).toHaveLength(1));
    expect(saves(invoke)[0]![1]).toMatchObject({ deskCode: 'BPN2', officeName: 'Klinik Bisnis Samarinda' });
    expect(await screen.findByText('Profil kantor tersimpan')).toBeTruthy();
    expect(screen.getByLabelText(/^Telepon/)).toHaveProperty('value', '0812-3456-7890');
  });
});

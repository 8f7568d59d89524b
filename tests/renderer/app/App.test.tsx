import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Consultant, Session, Settings } from '../../../src/shared/contract';
import { App } from '../../../src/renderer/src/app/App';
import { AppProviders } from '../../../src/renderer/src/app/providers';
import { call } from '../../../src/renderer/src/lib/api';
import { installFakeApi } from '../helpers';

const siti: Consultant = {
  id: '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01',
  name: 'Siti Rahmawati',
  nip: null,
  phone: '+6281234567890',
  active: true,
  role: 'admin',
  hasPin: true,
  createdAt: '2026-11-28T03:00:00.000Z',
  updatedAt: '2026-11-28T03:00:00.000Z',
};

function settings(language: 'id' | 'en' = 'id'): Settings {
  return {
    office: {
      officeName: 'Klinik Bisnis Samarinda',
      unitName: null,
      address: null,
      phone: null,
      email: null,
      provinceCode: '64',
      regencyCode: null,
      logoDataUrl: null,
      timeZone: 'Asia/Makassar',
      deskCode: 'SMD1',
      updatedAt: '2026-11-28T03:00:00.000Z',
      updatedBy: null,
    },
    language,
    lockAfterMinutes: 10,
  };
}

function renderApp(session: Session, language: 'id' | 'en' = 'id', more: Parameters<typeof installFakeApi>[0] = {}) {
  const api = installFakeApi({
    ...more,
    'settings:get': () => ({ ok: true, value: settings(language) }),
    'session:get': () => ({ ok: true, value: session }),
    'consultants:list': () => ({ ok: true, value: [siti] }),
    'session:start': () => ({ ok: true, value: { consultant: siti, needsSetup: false, locked: false, freshUntil: null } }),
    'session:firstRun': () => ({ ok: true, value: { consultant: siti, needsSetup: false, locked: false, freshUntil: null } }),
    'session:end': () => ({ ok: true, value: { consultant: null, needsSetup: false, locked: true, freshUntil: null } }),
    ...more,
  });
  render(
    <AppProviders env="test">
      <App />
    </AppProviders>,
  );
  return api;
}

describe('session gate', () => {
  it('shows the first-run setup on a fresh install and refuses it empty', async () => {
    const user = userEvent.setup();
    const { invoke } = renderApp({ consultant: null, needsSetup: true, locked: false, freshUntil: null });
    expect(await screen.findByRole('heading', { name: 'Selamat datang di Klinik Bisnis' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    expect((await screen.findAllByText('Wajib diisi')).length).toBeGreaterThanOrEqual(2);
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain('session:firstRun');
  });

  it('sends the first-run form and opens the app', async () => {
    const user = userEvent.setup();
    const { invoke } = renderApp({ consultant: null, needsSetup: true, locked: false, freshUntil: null });
    await user.type(await screen.findByLabelText(/^Nama kantor/), 'Klinik Bisnis Samarinda');
    await user.type(screen.getByLabelText(/^Kode meja/), 'smd1');
    await user.type(screen.getByLabelText(/^Nama konsultan/), 'Siti Rahmawati');
    await user.type(screen.getByLabelText(/^PIN/), '2468');
    await user.type(screen.getByLabelText(/^Ulangi PIN/), '2486');
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    // Typed differently the second time: nothing is sent.
    expect(await screen.findByText('PIN tidak sama')).toBeTruthy();
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain('session:firstRun');
    await user.clear(screen.getByLabelText(/^Ulangi PIN/));
    await user.type(screen.getByLabelText(/^Ulangi PIN/), '2468');
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await waitFor(() => expect(invoke.mock.calls.map((c) => c[0])).toContain('session:firstRun'));
    const input = invoke.mock.calls.find((c) => c[0] === 'session:firstRun')![1];
    expect(input).toEqual({
      officeName: 'Klinik Bisnis Samarinda',
      deskCode: 'SMD1',
      timeZone: 'Asia/Makassar',
      consultant: { name: 'Siti Rahmawati', nip: '', phone: '', pin: '2468' },
    });
    expect(await screen.findByRole('heading', { name: /Siti Rahmawati/ })).toBeTruthy();
  });

  it('asks who is on duty when nobody is, then their PIN: an empty or short PIN is refused before anything is sent', async () => {
    const user = userEvent.setup();
    const { invoke } = renderApp({ consultant: null, needsSetup: false, locked: true, freshUntil: null });
    expect(await screen.findByRole('heading', { name: 'Siapa yang bertugas hari ini?' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Masuk sebagai Siti Rahmawati' }));
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByText('Masukkan PIN')).toBeTruthy();
    await user.type(screen.getByLabelText(/^PIN/), '12');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByText('PIN harus 4–8 angka')).toBeTruthy();
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain('session:start');
    await user.clear(screen.getByLabelText(/^PIN/));
    await user.type(screen.getByLabelText(/^PIN/), '2468{Enter}');
    expect(invoke).toHaveBeenCalledWith('session:start', { consultantId: siti.id, pin: '2468' });
    expect(await screen.findByTestId('session-menu')).toBeTruthy();
  });

  it('shows a wrong PIN on the PIN field in Bahasa Indonesia and stays locked', async () => {
    const user = userEvent.setup();
    renderApp({ consultant: null, needsSetup: false, locked: true, freshUntil: null }, 'id', {
      'session:start': () => ({
        ok: false,
        error: { code: 'VALIDATION', message: 'PIN salah. Tidak ada yang diubah.', key: 'session.wrongPin', fields: { pin: { key: 'v.pinWrong' } } },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Masuk sebagai Siti Rahmawati' }));
    await user.type(screen.getByLabelText(/^PIN/), '1111{Enter}');
    expect(await screen.findByText('PIN salah')).toBeTruthy();
    expect(screen.queryByTestId('session-menu')).toBeNull();
  });

  it('covers the app with the lock screen when locked, keeping the screens mounted underneath (and out of reach)', async () => {
    renderApp({ consultant: siti, needsSetup: false, locked: true, freshUntil: null });
    expect(await screen.findByRole('heading', { name: 'Meja terkunci' })).toBeTruthy();
    expect(screen.getByText(/Siti Rahmawati sedang bertugas/)).toBeTruthy();
    // The app is still there, under the overlay, made inert.
    const menu = await screen.findByTestId('session-menu', {}, { timeout: 3000 }).catch(() => null);
    expect(menu).not.toBeNull();
    expect(menu!.closest('[inert]')).not.toBeNull();
    // The PIN itself is within reach.
    expect(screen.getByLabelText(/^PIN/).closest('[inert]')).toBeNull();
  });

  it('opens Beranda with the consultant on duty and ends the session from the header', async () => {
    const user = userEvent.setup();
    renderApp({ consultant: siti, needsSetup: false, locked: false, freshUntil: null });
    expect(await screen.findByRole('heading', { name: /Siti Rahmawati/ })).toBeTruthy();
    expect(screen.getByText(/^Hari ini /)).toBeTruthy();
    await user.click(screen.getByTestId('session-menu'));
    await user.click(await screen.findByRole('menuitem', { name: 'Ganti konsultan' }));
    // Nobody on duty: the lock screen asks who is.
    expect(await screen.findByRole('heading', { name: 'Siapa yang bertugas hari ini?' })).toBeTruthy();
  });

  it('applies the stored language at start', async () => {
    renderApp({ consultant: null, needsSetup: false, locked: false, freshUntil: null }, 'en');
    expect(await screen.findByRole('heading', { name: 'Who is on duty today?' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('asks for the PIN again when a step needs a fresh one, then sends that call once more', async () => {
    const user = userEvent.setup();
    let asked = 0;
    const { invoke } = renderApp({ consultant: siti, needsSetup: false, locked: false, freshUntil: null }, 'id', {
      'businesses:revealNik': () =>
        ++asked === 1
          ? { ok: false, error: { code: 'PIN_REQUIRED', message: 'Masukkan PIN Anda lagi untuk melanjutkan.', key: 'session.freshPinRequired' } }
          : { ok: true, value: { nik: '6472011203850007' } },
      'session:confirmPin': () => ({ ok: true, value: { consultant: siti, needsSetup: false, locked: false, freshUntil: '2026-11-28T03:02:00.000Z' } }),
    });
    expect(await screen.findByTestId('session-menu')).toBeTruthy();
    const revealed = call('businesses:revealNik', { id: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(await screen.findByRole('dialog', { name: 'Masukkan PIN lagi' })).toBeTruthy();
    await user.type(screen.getByLabelText(/^PIN/), '2468{Enter}');
    expect(await revealed).toEqual({ nik: '6472011203850007' });
    expect(invoke).toHaveBeenCalledWith('session:confirmPin', { pin: '2468' });
    expect(asked).toBe(2);
  });

  it('gives up the step when the PIN dialog is cancelled: the call fails with PIN_REQUIRED, sent only once', async () => {
    const user = userEvent.setup();
    let asked = 0;
    renderApp({ consultant: siti, needsSetup: false, locked: false, freshUntil: null }, 'id', {
      'businesses:revealNik': () => {
        asked++;
        return { ok: false, error: { code: 'PIN_REQUIRED', message: 'Masukkan PIN Anda lagi untuk melanjutkan.', key: 'session.freshPinRequired' } };
      },
    });
    expect(await screen.findByTestId('session-menu')).toBeTruthy();
    const revealed = call('businesses:revealNik', { id: '0f8fad5b-d9cb-469f-a165-70867728950e' }).catch((err: unknown) => err);
    await screen.findByRole('dialog', { name: 'Masukkan PIN lagi' });
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    expect(await revealed).toMatchObject({ code: 'PIN_REQUIRED' });
    expect(asked).toBe(1);
  });

  it("changes the consultant's own PIN from the menu: typed twice, the current one checked by the core", async () => {
    const user = userEvent.setup();
    let tries = 0;
    const { invoke } = renderApp({ consultant: siti, needsSetup: false, locked: false, freshUntil: null }, 'id', {
      'session:changePin': () =>
        ++tries === 1
          ? { ok: false, error: { code: 'VALIDATION', message: 'PIN salah. Tidak ada yang diubah.', key: 'session.wrongPin', fields: { currentPin: { key: 'v.pinWrong' } } } }
          : { ok: true, value: { consultant: siti, needsSetup: false, locked: false, freshUntil: '2026-11-28T03:02:00.000Z' } },
    });
    await user.click(await screen.findByTestId('session-menu'));
    await user.click(await screen.findByRole('menuitem', { name: 'Ubah PIN' }));
    await screen.findByRole('dialog', { name: 'Ubah PIN Anda' });
    const field = (label: RegExp) => screen.getByLabelText(label);
    await user.type(field(/^PIN saat ini/), '1111');
    await user.type(field(/^PIN baru/), '55667788');
    await user.type(field(/^Ulangi PIN/), '55667789');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('PIN tidak sama')).toBeTruthy();
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain('session:changePin');
    await user.clear(field(/^Ulangi PIN/));
    await user.type(field(/^Ulangi PIN/), '55667788');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('PIN salah')).toBeTruthy();
    await user.clear(field(/^PIN saat ini/));
    await user.type(field(/^PIN saat ini/), '2468');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('session:changePin', { currentPin: '2468', newPin: '55667788' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ubah PIN Anda' })).toBeNull());
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Consultant, Session, Settings } from '../../../src/shared/contract';
import { App } from '../../../src/renderer/src/app/App';
import { AppProviders } from '../../../src/renderer/src/app/providers';
import { installFakeApi } from '../helpers';

const siti: Consultant = {
  id: '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01',
  name: 'Siti Rahmawati',
  nip: null,
  phone: '+6281234567890',
  active: true,
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
  };
}

function renderApp(session: Session, language: 'id' | 'en' = 'id') {
  const api = installFakeApi({
    'settings:get': () => ({ ok: true, value: settings(language) }),
    'session:get': () => ({ ok: true, value: session }),
    'consultants:list': () => ({ ok: true, value: [siti] }),
    'session:start': () => ({ ok: true, value: { consultant: siti, needsSetup: false } }),
    'session:firstRun': () => ({ ok: true, value: { consultant: siti, needsSetup: false } }),
    'session:end': () => ({ ok: true, value: { consultant: null, needsSetup: false } }),
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
    const { invoke } = renderApp({ consultant: null, needsSetup: true });
    expect(await screen.findByRole('heading', { name: 'Selamat datang di Klinik Bisnis' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    expect((await screen.findAllByText('Wajib diisi')).length).toBeGreaterThanOrEqual(2);
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain('session:firstRun');
  });

  it('sends the first-run form and opens the app', async () => {
    const user = userEvent.setup();
    const { invoke } = renderApp({ consultant: null, needsSetup: true });
    await user.type(await screen.findByLabelText(/^Nama kantor/), 'Klinik Bisnis Samarinda');
    await user.type(screen.getByLabelText(/^Kode meja/), 'smd1');
    await user.type(screen.getByLabelText(/^Nama konsultan/), 'Siti Rahmawati');
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await waitFor(() => expect(invoke.mock.calls.map((c) => c[0])).toContain('session:firstRun'));
    const input = invoke.mock.calls.find((c) => c[0] === 'session:firstRun')![1];
    expect(input).toEqual({
      officeName: 'Klinik Bisnis Samarinda',
      deskCode: 'SMD1',
      timeZone: 'Asia/Makassar',
      consultant: { name: 'Siti Rahmawati', nip: '', phone: '' },
    });
    expect(await screen.findByRole('heading', { name: /Siti Rahmawati/ })).toBeTruthy();
  });

  it('asks who is on duty when nobody is, and starts the session on a click', async () => {
    const user = userEvent.setup();
    const { invoke } = renderApp({ consultant: null, needsSetup: false });
    expect(await screen.findByRole('heading', { name: 'Siapa yang bertugas hari ini?' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Masuk sebagai Siti Rahmawati' }));
    expect(invoke).toHaveBeenCalledWith('session:start', { consultantId: siti.id });
    expect(await screen.findByTestId('session-menu')).toBeTruthy();
  });

  it('opens Beranda with the consultant on duty and ends the session from the header', async () => {
    const user = userEvent.setup();
    renderApp({ consultant: siti, needsSetup: false });
    expect(await screen.findByRole('heading', { name: /Siti Rahmawati/ })).toBeTruthy();
    expect(screen.getByText(/^Hari ini /)).toBeTruthy();
    await user.click(screen.getByTestId('session-menu'));
    await user.click(await screen.findByRole('menuitem', { name: 'Ganti konsultan' }));
    expect(await screen.findByRole('heading', { name: 'Siapa yang bertugas hari ini?' })).toBeTruthy();
  });

  it('applies the stored language at start', async () => {
    renderApp({ consultant: null, needsSetup: false }, 'en');
    expect(await screen.findByRole('heading', { name: 'Who is on duty today?' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});

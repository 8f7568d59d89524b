import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OfficeKeyStatus } from '../../../../src/shared/contract';
import { FreshPinDialog } from '../../../../src/renderer/src/features/session';
import { TransferPage } from '../../../../src/renderer/src/features/transfer';
import { installApi, renderAt } from '../follow-ups/fixtures';
import { KEY, KINGSTON, NO_KEY, OFFICE_KEY_TEXT, calls, ok, setup, transferHandlers } from './fixtures';

const consultant = (role: 'admin' | 'konsultan') => ({
  consultant: { id: 'b1a2c3d4-0000-4000-8000-0000000000aa', name: 'Budi', nip: null, phone: null, active: true, role, hasPin: true, createdAt: '2026-11-01T03:00:00.000Z', updatedAt: '2026-11-01T03:00:00.000Z' },
  needsSetup: false,
  locked: false,
  freshUntil: null,
});

/** An office key that changes as the core would: set once created, joined or imported. */
function keyHandlers(start: OfficeKeyStatus) {
  let status = start;
  const becomes = (next: OfficeKeyStatus) => () => {
    status = next;
    return ok(next);
  };
  return {
    'transfer:officeKey': () => ok(status),
    'transfer:createOfficeKey': becomes({ ...KEY, fingerprint: '0000-1111-2222-3333' }),
    'transfer:joinOfficeKey': becomes(KEY),
    'transfer:importOfficeKeyFile': becomes(KEY),
    'transfer:revealOfficeKey': () => ok({ key: OFFICE_KEY_TEXT }),
    'transfer:saveOfficeKeyFile': () => ok({ path: '/media/siti/KINGSTON/Kunci-Kantor-Klinik-Bisnis/Kunci-Kantor-Klinik-Bisnis-PLUT-KUMKM-Kaltim.klbkey' }),
    'transfer:chooseOfficeKeyFile': () => ok({ path: '/media/siti/KINGSTON/Kunci-Kantor.klbkey' }),
  } as const;
}

describe('Kunci kantor', () => {
  it('says the key is not set, makes it at the first desk and then shows its fingerprint', async () => {
    const { invoke } = setup(keyHandlers(NO_KEY), 'officeKey');
    expect((await screen.findByTestId('office-key-status')).textContent).toContain('Belum diatur');
    await userEvent.click(screen.getByRole('button', { name: 'Buat kunci kantor' }));
    expect(calls(invoke, 'transfer:createOfficeKey')).toHaveLength(1);
    expect((await screen.findByTestId('office-key-fingerprint')).textContent).toBe('0000-1111-2222-3333');
    // Made at once: no key was replaced, so nothing to confirm.
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the status to compare by eye: fingerprint, office and when it was set', async () => {
    setup(keyHandlers(KEY), 'officeKey');
    const status = await screen.findByTestId('office-key-status');
    expect(status.textContent).toContain('Sudah diatur');
    expect(within(status).getByTestId('office-key-fingerprint').textContent).toBe('3F2A-9C41-7B0E-D5A8');
    expect(status.textContent).toContain('Klinik Bisnis PLUT-KUMKM Kaltim');
    expect(status.textContent).toContain('20/11/2026 09.15');
  });

  it('joins with a typed key, and answers a refused one on the field in Bahasa Indonesia', async () => {
    let refuse = true;
    const { invoke } = setup(
      {
        ...keyHandlers(NO_KEY),
        'transfer:joinOfficeKey': () =>
          refuse
            ? {
                ok: false as const,
                error: {
                  code: 'VALIDATION' as const,
                  message: 'Kunci kantor tidak valid',
                  key: 'transfer.officeKey.invalid',
                  fields: { key: { key: 'transfer.officeKey.invalid' } },
                },
              }
            : ok(KEY),
      },
      'officeKey',
    );
    const field = await screen.findByRole('textbox', { name: /Kunci kantor \(48 huruf\/angka\)/ });
    await userEvent.type(field, 'ABCD-1234');
    await userEvent.click(screen.getByRole('button', { name: 'Pakai kunci ini' }));
    expect(await screen.findByText('Kunci kantor tidak valid: harus 48 huruf/angka (spasi dan tanda hubung boleh). Periksa kembali penulisannya.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    refuse = false;
    await userEvent.clear(field);
    await userEvent.type(field, OFFICE_KEY_TEXT);
    await userEvent.click(screen.getByRole('button', { name: 'Pakai kunci ini' }));
    await waitFor(() => expect(calls(invoke, 'transfer:joinOfficeKey')).toEqual([{ key: 'ABCD-1234' }, { key: OFFICE_KEY_TEXT }]));
    expect((await screen.findByTestId('office-key-fingerprint')).textContent).toBe(KEY.fingerprint);
  });

  it('imports the key file chosen in the dialog', async () => {
    const { invoke } = setup(keyHandlers(NO_KEY), 'officeKey');
    await userEvent.click(await screen.findByRole('button', { name: 'Impor berkas kunci…' }));
    await waitFor(() => expect(calls(invoke, 'transfer:importOfficeKeyFile')).toEqual([{ path: '/media/siti/KINGSTON/Kunci-Kantor.klbkey' }]));
    expect((await screen.findByTestId('office-key-fingerprint')).textContent).toBe(KEY.fingerprint);
  });

  it('reveals the key in groups with a copy button, and hides it again', async () => {
    setup(keyHandlers(KEY), 'officeKey');
    await userEvent.click(await screen.findByRole('button', { name: 'Tampilkan kunci' }));
    const value = await screen.findByTestId('office-key-value');
    expect([...value.querySelectorAll('span')].map((s) => s.textContent)).toEqual(OFFICE_KEY_TEXT.split('-'));
    expect(screen.getByRole('button', { name: 'Salin kunci' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sembunyikan kunci' }));
    expect(screen.queryByTestId('office-key-value')).toBeNull();
  });

  it('saves the key file to the chosen stick', async () => {
    const { invoke } = setup({ ...keyHandlers(KEY), 'transfer:drives': () => ok([KINGSTON]) }, 'officeKey');
    const save = await screen.findByRole('button', { name: 'Simpan berkas kunci' });
    expect(save.hasAttribute('disabled')).toBe(true);
    await userEvent.click(await screen.findByRole('radio', { name: 'KINGSTON' }));
    await userEvent.click(save);
    await waitFor(() => expect(calls(invoke, 'transfer:saveOfficeKeyFile')).toEqual([{ targetDir: KINGSTON.mountPath }]));
    expect((await screen.findByTestId('office-key-saved')).textContent).toContain('Kunci-Kantor-Klinik-Bisnis-PLUT-KUMKM-Kaltim.klbkey');
  });

  it('asks before replacing a key, saying that packages locked with the old one will no longer open', async () => {
    const { invoke } = setup(keyHandlers(KEY), 'officeKey');
    await userEvent.click(await screen.findByRole('button', { name: 'Buat kunci kantor baru' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ganti kunci kantor?' });
    expect(dialog.textContent).toContain('paket yang dikunci dengan kunci lama tidak dapat dibuka lagi');
    expect(dialog.textContent).toContain('3F2A-9C41-7B0E-D5A8');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(calls(invoke, 'transfer:createOfficeKey')).toHaveLength(0);

    // A typed key for a desk that has one asks too.
    await userEvent.type(screen.getByRole('textbox', { name: /Kunci kantor \(48/ }), OFFICE_KEY_TEXT);
    await userEvent.click(screen.getByRole('button', { name: 'Pakai kunci ini' }));
    const again = await screen.findByRole('dialog', { name: 'Ganti kunci kantor?' });
    await userEvent.click(within(again).getByRole('button', { name: 'Ganti kunci' }));
    await waitFor(() => expect(calls(invoke, 'transfer:joinOfficeKey')).toEqual([{ key: OFFICE_KEY_TEXT }]));
    expect(calls(invoke, 'transfer:createOfficeKey')).toHaveLength(0);
  });

  it("asks for the PIN again through the desk's own dialog when the core wants it fresh, then replaces the key", async () => {
    let fresh = false;
    const api = installApi({
      ...transferHandlers(),
      ...keyHandlers(KEY),
      'session:get': () => ok(consultant('admin')),
      'session:confirmPin': ({ pin }) => {
        fresh = pin === '2468';
        return ok(consultant('admin'));
      },
      'transfer:createOfficeKey': () =>
        fresh ? ok({ ...KEY, fingerprint: '0000-1111-2222-3333' }) : { ok: false as const, error: { code: 'PIN_REQUIRED' as const, message: 'Masukkan PIN Anda lagi untuk melanjutkan.' } },
    });
    renderAt(
      <>
        <FreshPinDialog />
        <TransferPage tab="officeKey" />
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Buat kunci kantor baru' }));
    const confirm = await screen.findByRole('dialog', { name: 'Ganti kunci kantor?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ganti kunci' }));
    const pin = await screen.findByRole('dialog', { name: 'Masukkan PIN lagi' });
    await userEvent.type(within(pin).getByLabelText(/^PIN/), '2468');
    await userEvent.click(within(pin).getByRole('button', { name: 'Lanjutkan' }));
    await waitFor(() => expect(api.calls('transfer:createOfficeKey')).toHaveLength(2));
    expect(api.calls('session:confirmPin')).toEqual([{ pin: '2468' }]);
    expect((await screen.findByTestId('office-key-fingerprint')).textContent).toBe('0000-1111-2222-3333');
  });

  it('keeps the buttons closed to a konsultan and says only an admin may', async () => {
    setup(
      {
        ...keyHandlers(NO_KEY),
        'session:get': () => ok(consultant('konsultan')),
      },
      'officeKey',
    );
    expect((await screen.findByTestId('office-key-admin-only')).textContent).toContain('Hanya admin');
    expect(screen.getByRole('button', { name: 'Buat kunci kantor' }).hasAttribute('disabled')).toBe(true);
  });
});

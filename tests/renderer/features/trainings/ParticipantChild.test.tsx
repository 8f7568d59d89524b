import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TrainingDetailPage } from '../../../../src/renderer/src/features/trainings';
import { CITRA_ID, TRAINING_ID, calls, installApi, ok, participant, renderAt } from './fixtures';

const route = { path: '/pelatihan/:id', route: `/pelatihan/${TRAINING_ID}` };

describe('a participant under 18', { timeout: 40_000 }, () => {
  it('asks for the parent or guardian and the consent date, and shows the core\'s refusal on each withheld field', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({
      'participants:add': () => ({
        ok: false as const,
        error: {
          code: 'VALIDATION' as const,
          message: 'Peserta di bawah 18 tahun',
          key: 'privacy.childConsent',
          fields: { 'participant.phone': { key: 'v.childConsent' }, 'participant.gender': { key: 'v.childConsent' } },
        },
      }),
    });
    renderAt(<TrainingDetailPage />, route);
    await screen.findByRole('table', { name: 'Daftar peserta' });
    await user.click(screen.getByRole('button', { name: 'Tambah peserta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah peserta' });
    expect(within(dialog).queryByRole('textbox', { name: /^Nama orang tua\/wali/ })).toBeNull();

    await user.click(within(dialog).getByRole('textbox', { name: /^Nama lengkap/ }));
    await user.paste('Dimas Anggara');
    await user.click(within(dialog).getByRole('textbox', { name: /^Umur/ }));
    await user.paste('15');
    expect(await within(dialog).findByText('Peserta di bawah 18 tahun')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /^Nama orang tua\/wali/ })).toBeTruthy();

    await user.click(within(dialog).getByRole('textbox', { name: /^Nomor HP/ }));
    await user.paste('0813 1111 2222');
    await user.click(within(dialog).getByRole('radio', { name: 'Laki-laki' }));
    await user.click(within(dialog).getByRole('button', { name: 'Simpan peserta' }));
    await waitFor(() => expect(calls(invoke, 'participants:add')).toHaveLength(1));
    expect(await within(dialog).findAllByText('Peserta di bawah 18 tahun: isi nama orang tua/wali dan tanggal persetujuannya dulu')).toHaveLength(2);
    expect(calls(invoke, 'participants:add')[0]).toMatchObject({ participant: { name: 'Dimas Anggara', age: 15, guardianName: '', guardianConsentDate: null } });
  });

  it('marks a minor kept without a guardian\'s consent, and a person whose processing is restricted', async () => {
    installApi({
      'participants:list': () =>
        ok([participant({ id: CITRA_ID, name: 'Citra Dewi', birthDate: null, age: 16, minor: true, consentMissing: true, restricted: true, phone: null })]),
    });
    renderAt(<TrainingDetailPage />, route);
    const row = await screen.findByTestId(`participant-${CITRA_ID}`);
    expect(within(row).getByText('di bawah 18')).toBeTruthy();
    expect(within(row).getByText('tanpa persetujuan wali')).toBeTruthy();
    expect(within(row).getByText('dibatasi')).toBeTruthy();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TrainingEditPage, TrainingNewPage } from '../../../../src/renderer/src/features/trainings';
import { TRAINING_ID, calls, installApi, ok, renderAt, training } from './fixtures';

const field = (name: RegExp) => screen.getByRole('textbox', { name });
const save = () => screen.getByRole('button', { name: 'Simpan pelatihan' });
const errorOf = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((x) => x.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

async function choose(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, label: RegExp, value: string) {
  await user.click(field(label));
  await user.paste(value);
  await user.keyboard('{Escape}');
}

describe('new training form', { timeout: 60_000 }, () => {
  it('puts Indonesian errors on each missing field and sends nothing', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi();
    renderAt(<TrainingNewPage />, { path: '/pelatihan/baru' });
    await screen.findByRole('textbox', { name: /^Judul pelatihan/ });

    await user.click(save());

    await waitFor(() => expect(field(/^Judul pelatihan/).getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(field(/^Judul pelatihan/))).toBe('Wajib diisi');
    expect(errorOf(screen.getByRole('combobox', { name: /^Topik/ }))).toBe('Wajib diisi');
    expect(errorOf(field(/^Tanggal mulai/))).toBe('Wajib diisi');
    expect(errorOf(field(/^Tanggal selesai/))).toBe('Wajib diisi');
    expect(calls(invoke, 'trainings:create')).toEqual([]);
  });

  it('asks for the topic name with "lainnya" and refuses an end date before the start', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi();
    renderAt(<TrainingNewPage />, { path: '/pelatihan/baru' });
    await user.click(await screen.findByRole('textbox', { name: /^Judul pelatihan/ }));
    await user.paste('Pelatihan Batik');
    await choose(user, /^Topik/, 'Lainnya');
    expect(field(/^Nama topik/)).toBeTruthy();
    await typeDate(user, /^Tanggal mulai/, '12/11/2026');
    await typeDate(user, /^Tanggal selesai/, '14/11/2026');
    // The start moved past the end after both were chosen.
    await user.clear(field(/^Tanggal mulai/));
    await typeDate(user, /^Tanggal mulai/, '20/11/2026');
    await user.click(save());

    await waitFor(() => expect(errorOf(field(/^Nama topik/))).toBe('Wajib diisi'));
    expect(errorOf(field(/^Tanggal selesai/))).toBe('Tanggal akhir harus sesudah tanggal awal');
    expect(calls(invoke, 'trainings:create')).toEqual([]);
  });

  it('sends the filled training with Ctrl+S and opens it', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'trainings:create': () => ok(training()) });
    renderAt(<TrainingNewPage />, { path: '/pelatihan/baru' });
    await user.click(await screen.findByRole('textbox', { name: /^Judul pelatihan/ }));
    await user.paste('Pelatihan Sablon Kaos Angkatan 3');
    await choose(user, /^Topik/, 'Sablon');
    await typeDate(user, /^Tanggal mulai/, '12/11/2026');
    await typeDate(user, /^Tanggal selesai/, '14/11/2026');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Kabupaten\/kota/ })).toHaveProperty('value', 'Kota Samarinda'));
    await choose(user, /^Kecamatan/, 'Palaran');
    await user.click(field(/^Tempat/));
    await user.paste('Aula Dinas Koperasi');
    await user.type(screen.getByRole('combobox', { name: 'Pelatih' }), 'Rudi Hartono{Enter}');
    await choose(user, /^Sumber dana/, 'APBD');
    await user.click(field(/^Kapasitas peserta/));
    await user.paste('30');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(calls(invoke, 'trainings:create')).toHaveLength(1));
    expect(calls(invoke, 'trainings:create')[0]).toEqual({
      title: 'Pelatihan Sablon Kaos Angkatan 3',
      topic: 'sablon',
      topicText: '',
      startDate: '2026-11-12',
      endDate: '2026-11-14',
      regencyCode: '64.72',
      districtCode: '64.72.01',
      venue: 'Aula Dinas Koperasi',
      trainers: ['Rudi Hartono'],
      organiser: '',
      fundingSource: 'apbd',
      fundingNote: '',
      capacity: 30,
      notes: '',
    });
    expect(await screen.findByTestId('elsewhere')).toBeTruthy();
  });
});

describe('edit training form', { timeout: 40_000 }, () => {
  it('sends expectedUpdatedAt with the changed training', async () => {
    const user = userEvent.setup();
    const stored = training();
    const { invoke } = installApi({ 'trainings:update': () => ok(stored) });
    renderAt(<TrainingEditPage />, { path: '/pelatihan/:id/ubah', route: `/pelatihan/${TRAINING_ID}/ubah` });
    const title = await screen.findByRole('textbox', { name: /^Judul pelatihan/ });
    expect(title).toHaveProperty('value', stored.title);
    await user.clear(title);
    await user.paste('Sablon Angkatan 4');
    await user.click(save());

    await waitFor(() => expect(calls(invoke, 'trainings:update')).toHaveLength(1));
    expect(calls(invoke, 'trainings:update')[0]).toMatchObject({
      id: TRAINING_ID,
      expectedUpdatedAt: stored.updatedAt,
      training: { title: 'Sablon Angkatan 4', topic: 'sablon', startDate: '2026-11-12', endDate: '2026-11-14', capacity: 30, trainers: ['Rudi Hartono'] },
    });
  });

  it('on CONFLICT says the training changed elsewhere and reloads it on request', async () => {
    const user = userEvent.setup();
    let version = 0;
    const { invoke } = installApi({
      'trainings:get': () => ok(training({ updatedAt: `2026-11-10T03:00:0${version++}.000Z` })),
      'trainings:update': () => ({ ok: false, error: { code: 'CONFLICT', message: 'Pelatihan ini baru saja diubah.' } }),
    });
    renderAt(<TrainingEditPage />, { path: '/pelatihan/:id/ubah', route: `/pelatihan/${TRAINING_ID}/ubah` });
    await screen.findByRole('textbox', { name: /^Judul pelatihan/ });
    await user.click(save());
    expect(await screen.findByText('Pelatihan ini baru saja diubah di tempat lain')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(calls(invoke, 'trainings:get')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText('Pelatihan ini baru saja diubah di tempat lain')).toBeNull());
  });

  it('puts a server field issue on its field', async () => {
    const user = userEvent.setup();
    installApi({
      'trainings:update': () => ({
        ok: false,
        error: { code: 'VALIDATION', message: 'Data belum benar.', fields: { 'training.endDate': { key: 'v.trainingTooLong', params: { days: 31 } } } },
      }),
    });
    renderAt(<TrainingEditPage />, { path: '/pelatihan/:id/ubah', route: `/pelatihan/${TRAINING_ID}/ubah` });
    await screen.findByRole('textbox', { name: /^Judul pelatihan/ });
    await user.click(save());
    await waitFor(() => expect(errorOf(field(/^Tanggal selesai/))).toBe('Pelatihan paling lama 31 hari'));
  });
});

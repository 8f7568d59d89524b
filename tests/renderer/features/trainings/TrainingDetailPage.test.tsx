import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BusinessSummary } from '../../../../src/shared/contract';
import { TrainingDetailPage } from '../../../../src/renderer/src/features/trainings';
import { refreshAfterChange } from '../../../../src/renderer/src/lib/query';
import { ANI_ID, BAYU_ID, CITRA_ID, SRI_ID, TRAINING_ID, calls, installApi, ok, participant, renderAt, roster, training } from './fixtures';

const route = { path: '/pelatihan/:id', route: `/pelatihan/${TRAINING_ID}` };
const table = () => screen.findByRole('table', { name: 'Daftar peserta' });
const rowOf = (id: string) => screen.getByTestId(`participant-${id}`);

describe('training detail: participants', { timeout: 40_000 }, () => {
  it('shows the facts and each participant with age, minor badge, masked phone, business or calon wirausaha, attendance', async () => {
    installApi();
    renderAt(<TrainingDetailPage />, route);
    await table();
    expect(screen.getByRole('heading', { name: 'Pelatihan Sablon Kaos Angkatan 3' })).toBeTruthy();
    expect(screen.getByText('12–14 Nov 2026 · 3 hari')).toBeTruthy();
    expect(screen.getByText('2 dari 3 hadir')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Nama', 'L/P', 'Umur', 'Telepon', 'Usaha', 'Hadir', 'Cek kabar', 'Tindakan']);

    const ani = rowOf(ANI_ID);
    expect(within(ani).getByText('31 th')).toBeTruthy();
    expect(within(ani).getByText('0812-••••-7890')).toBeTruthy();
    expect(within(ani).getByText('Calon wirausaha')).toBeTruthy();
    expect(within(ani).getByText('2/3 hari')).toBeTruthy();
    expect(within(ani).getByRole('button', { name: 'Jadikan UMKM: Ani Lestari' })).toBeTruthy();

    const bayu = rowOf(BAYU_ID);
    expect(within(bayu).getByRole('link', { name: 'Kue Bu Sri' }).getAttribute('href')).toContain(`/umkm/${SRI_ID}`);
    expect(within(bayu).queryByRole('button', { name: /Jadikan UMKM/ })).toBeNull();

    const citra = rowOf(CITRA_ID);
    expect(within(citra).getByText('16 th')).toBeTruthy();
    expect(within(citra).getByText('di bawah 18')).toBeTruthy();
    expect(within(ani).queryByText('di bawah 18')).toBeNull();
  });

  it('reveals a phone only on request, through participants:revealPhone', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'participants:revealPhone': () => ok({ phone: '+6281234567890' }) });
    renderAt(<TrainingDetailPage />, route);
    await table();
    expect(calls(invoke, 'participants:revealPhone')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Tampilkan nomor Ani Lestari' }));
    expect(await within(rowOf(ANI_ID)).findByText('0812-3456-7890')).toBeTruthy();
    expect(calls(invoke, 'participants:revealPhone')).toEqual([{ id: ANI_ID }]);
    await user.click(screen.getByRole('button', { name: 'Sembunyikan nomor Ani Lestari' }));
    expect(within(rowOf(ANI_ID)).getByText('0812-••••-7890')).toBeTruthy();
  });

  it('adds a participant: per-field errors in Indonesian, then the participantInput payload', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'participants:add': () => ok(participant()) });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(screen.getByRole('button', { name: 'Tambah peserta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah peserta' });
    await user.click(within(dialog).getByRole('textbox', { name: /^Nomor HP/ }));
    await user.paste('12345');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan peserta' }));
    expect(await within(dialog).findByText('Wajib diisi')).toBeTruthy();
    expect(within(dialog).getByText('Nomor telepon tidak dikenali; tulis 08… atau +62…')).toBeTruthy();
    expect(calls(invoke, 'participants:add')).toEqual([]);

    await user.click(within(dialog).getByRole('textbox', { name: /^Nama lengkap/ }));
    await user.paste('Dewi Sartika');
    await user.clear(within(dialog).getByRole('textbox', { name: /^Nomor HP/ }));
    await user.paste('0813 1111 2222');
    await user.click(within(dialog).getByRole('radio', { name: 'Perempuan' }));
    await user.click(within(dialog).getByRole('textbox', { name: /^Umur/ }));
    await user.paste('24');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan peserta' }));

    await waitFor(() => expect(calls(invoke, 'participants:add')).toHaveLength(1));
    expect(calls(invoke, 'participants:add')[0]).toEqual({
      trainingId: TRAINING_ID,
      participant: {
        name: 'Dewi Sartika',
        gender: 'P',
        birthDate: null,
        age: 24,
        phone: '0813 1111 2222',
        regencyCode: '64.72',
        hasBusiness: false,
        businessId: null,
        businessName: null,
        notes: '',
        guardianName: '',
        guardianConsentDate: null,
      },
    });
  });

  it('closes the edit dialog when the stored phone cannot be read, so it is not lost on save', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'participants:revealPhone': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Peserta tidak ditemukan.' } }) });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(screen.getByRole('button', { name: 'Ubah Ani Lestari' }));
    await waitFor(() => expect(calls(invoke, 'participants:revealPhone')).toEqual([{ id: ANI_ID }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls(invoke, 'participants:update')).toEqual([]);
  });

  it('edits a participant keeping the stored phone (read once) and sends participants:update', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({
      'participants:revealPhone': () => ok({ phone: '+6281234567890' }),
      'participants:update': () => ok(participant({ name: 'Ani Lestari Putri' })),
    });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(screen.getByRole('button', { name: 'Ubah Ani Lestari' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ubah peserta' });
    const name = await within(dialog).findByRole('textbox', { name: /^Nama lengkap/ });
    expect(within(dialog).getByRole('textbox', { name: /^Nomor HP/ })).toHaveProperty('value', '0812-3456-7890');
    await user.type(name, ' Putri');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan peserta' }));

    await waitFor(() => expect(calls(invoke, 'participants:update')).toHaveLength(1));
    expect(calls(invoke, 'participants:update')[0]).toEqual({
      id: ANI_ID,
      participant: {
        name: 'Ani Lestari Putri',
        gender: 'P',
        birthDate: '1995-04-02',
        age: null,
        phone: '0812-3456-7890',
        regencyCode: '64.72',
        hasBusiness: false,
        businessId: null,
        businessName: null,
        notes: '',
        guardianName: '',
        guardianConsentDate: null,
      },
    });
    expect(calls(invoke, 'participants:revealPhone')).toEqual([{ id: ANI_ID }]);
  });

  it('links a participant who runs a business to an existing profile through the shared business picker', async () => {
    const user = userEvent.setup();
    const sri: BusinessSummary = {
      id: SRI_ID,
      name: 'Kue Bu Sri',
      brand: null,
      ownerName: 'Sri Wahyuni',
      ownerPhoneMasked: null,
      regencyName: 'Kota Samarinda',
      districtName: null,
      kbliCode: null,
      scale: null,
      status: 'aktif',
      nib: null,
      updatedAt: '2026-11-28T03:00:00.000Z',
      deletedAt: null,
    };
    const { invoke } = installApi({
      'businesses:list': () => ok({ rows: [sri], total: 1, page: 1, pageSize: 10 }),
      'participants:add': () => ok(participant()),
    });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(screen.getByRole('button', { name: 'Tambah peserta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah peserta' });
    await user.click(within(dialog).getByRole('textbox', { name: /^Nama lengkap/ }));
    await user.paste('Sri Wahyuni');
    expect(within(dialog).queryByRole('combobox', { name: 'Tautkan ke profil UMKM' })).toBeNull();
    await user.click(within(dialog).getByRole('switch', { name: /^Punya usaha/ }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Tautkan ke profil UMKM' }));
    await user.click(await screen.findByRole('option', { name: /Kue Bu Sri/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Simpan peserta' }));

    await waitFor(() => expect(calls(invoke, 'participants:add')).toHaveLength(1));
    expect(calls(invoke, 'participants:add')[0]).toMatchObject({
      trainingId: TRAINING_ID,
      participant: { name: 'Sri Wahyuni', hasBusiness: true, businessId: SRI_ID },
    });
  });

  it('schedules check-ins with 8 weeks and "Sudah mulai usaha?" by default and says how many', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'participants:scheduleCheckIns': () => ok({ created: 2, skipped: 1, dueDate: '2027-01-09' }) });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(screen.getByRole('button', { name: 'Jadwalkan check-in' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jadwalkan check-in' });
    expect(within(dialog).getByRole('textbox', { name: /^Judul tindak lanjut/ })).toHaveProperty('value', 'Sudah mulai usaha?');
    await user.click(within(dialog).getByRole('button', { name: 'Jadwalkan' }));
    expect(await within(dialog).findByText('2 dijadwalkan')).toBeTruthy();
    expect(calls(invoke, 'participants:scheduleCheckIns')[0]).toEqual({
      trainingId: TRAINING_ID,
      weeks: 8,
      title: 'Sudah mulai usaha?',
      onlyProspects: true,
    });
  });

  it('removes a participant only after confirmation, naming them', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'participants:remove': () => ok({ ok: true as const }) });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(within(rowOf(ANI_ID)).getByRole('button', { name: 'Hapus Ani Lestari' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hapus peserta?' });
    expect(within(dialog).getByText('Ani Lestari dan kehadirannya dihapus dari pelatihan ini.')).toBeTruthy();
    expect(calls(invoke, 'participants:remove')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Hapus peserta' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hapus peserta?' })).toBeNull());
    expect(calls(invoke, 'participants:remove')).toEqual([{ id: ANI_ID }]);
  });

  it('deletes the training after confirmation, and a deleted one offers restore', async () => {
    const user = userEvent.setup();
    let deleted = false;
    const { invoke } = installApi({
      'trainings:get': () => ok(training({ deletedAt: deleted ? '2026-11-28T03:00:00.000Z' : null })),
      'trainings:delete': () => ((deleted = true), ok(training({ deletedAt: '2026-11-28T03:00:00.000Z' }))),
      'trainings:restore': () => ((deleted = false), ok(training())),
    });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(screen.getByRole('button', { name: 'Hapus' }));
    await user.click(await screen.findByRole('button', { name: 'Hapus pelatihan' }));
    await waitFor(() => expect(calls(invoke, 'trainings:delete')).toEqual([{ id: TRAINING_ID }]));
    // The screen shows the change once the core says the training table changed.
    await refreshAfterChange(['training']);
    expect(await screen.findByText('Pelatihan ini dihapus')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tambah peserta' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pulihkan' }));
    await waitFor(() => expect(calls(invoke, 'trainings:restore')).toHaveLength(1));
    await refreshAfterChange(['training']);
    await waitFor(() => expect(screen.queryByText('Pelatihan ini dihapus')).toBeNull());
    expect(calls(invoke, 'trainings:restore')).toEqual([{ id: TRAINING_ID }]);
  });
});

describe('training detail: attendance', { timeout: 40_000 }, () => {
  it('sends setAttendance for one day with the ticked participants; "Semua hadir" ticks everyone', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'participants:setAttendance': () => ok(roster()) });
    renderAt(<TrainingDetailPage />, route);
    await table();
    await user.click(screen.getByRole('tab', { name: 'Kehadiran' }));
    const grid = await screen.findByRole('table', { name: 'Kehadiran per hari' });

    const box = (name: string, day: string) => within(grid).getByRole('checkbox', { name: `${name} hadir ${day}` });
    expect(box('Ani Lestari', '12/11/2026')).toHaveProperty('checked', true);
    expect(box('Bayu Pratama', '13/11/2026')).toHaveProperty('checked', false);
    expect(within(grid).getByRole('button', { name: 'Simpan kehadiran 13/11/2026' })).toHaveProperty('disabled', true);

    // 13 Nov: Ani stays, Bayu comes, then Ani is unticked.
    await user.click(box('Bayu Pratama', '13/11/2026'));
    await user.click(box('Ani Lestari', '13/11/2026'));
    await user.click(within(grid).getByRole('button', { name: 'Simpan kehadiran 13/11/2026' }));
    await waitFor(() => expect(calls(invoke, 'participants:setAttendance')).toHaveLength(1));
    expect(calls(invoke, 'participants:setAttendance')[0]).toEqual({ trainingId: TRAINING_ID, day: '2026-11-13', presentIds: [BAYU_ID] });

    await user.click(within(grid).getByRole('button', { name: 'Semua hadir 14/11/2026' }));
    await user.click(within(grid).getByRole('button', { name: 'Simpan kehadiran 14/11/2026' }));
    await waitFor(() => expect(calls(invoke, 'participants:setAttendance')).toHaveLength(2));
    const second = calls(invoke, 'participants:setAttendance')[1] as { day: string; presentIds: string[] };
    expect(second.day).toBe('2026-11-14');
    expect([...second.presentIds].sort()).toEqual([ANI_ID, BAYU_ID, CITRA_ID].sort());
  });
});

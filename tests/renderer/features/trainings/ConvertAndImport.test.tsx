import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ParticipantImportPreview, SheetPreview } from '../../../../src/shared/contract';
import { TrainingDetailPage } from '../../../../src/renderer/src/features/trainings';
import { refreshAfterChange } from '../../../../src/renderer/src/lib/query';
import { ANI_ID, SRI_ID, TRAINING_ID, calls, installApi, ok, participant, renderAt, roster } from './fixtures';

const route = { path: '/pelatihan/:id', route: `/pelatihan/${TRAINING_ID}` };

describe('"Jadikan UMKM"', { timeout: 60_000 }, () => {
  it('goes on with an empty phone when the number cannot be read', async () => {
    const user = userEvent.setup();
    installApi({ 'participants:revealPhone': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Peserta tidak ditemukan.' } }) });
    renderAt(<TrainingDetailPage />, route);
    await screen.findByRole('table', { name: 'Daftar peserta' });
    await user.click(screen.getByRole('button', { name: 'Jadikan UMKM: Ani Lestari' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jadikan UMKM: Ani Lestari' });
    expect(await within(dialog).findByRole('textbox', { name: /^Nama pemilik/ })).toHaveProperty('value', 'Ani Lestari');
    expect(within(dialog).getByRole('textbox', { name: /^Telepon/ })).toHaveProperty('value', '');
  });

  it('pre-fills the profile from the participant, shows look-alikes and sends participants:convert', async () => {
    const user = userEvent.setup();
    let converted = false;
    const { invoke } = installApi({
      'participants:list': () =>
        ok(converted ? roster().map((p) => (p.id === ANI_ID ? { ...p, hasBusiness: true, businessId: SRI_ID, businessName: 'Sablon Ani' } : p)) : roster()),
      'participants:revealPhone': () => ok({ phone: '+6281234567890' }),
      'businesses:checkDuplicates': () =>
        ok([{ id: SRI_ID, name: 'Kue Bu Sri', ownerName: 'Ani Lestari', regencyName: 'Kota Samarinda', reasons: ['ownerName'], score: 0.7 }]),
      'participants:convert': () => ((converted = true), ok(participant({ hasBusiness: true, businessId: SRI_ID, businessName: 'Sablon Ani' }))),
    });
    renderAt(<TrainingDetailPage />, route);
    await screen.findByRole('table', { name: 'Daftar peserta' });
    await user.click(screen.getByRole('button', { name: 'Jadikan UMKM: Ani Lestari' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jadikan UMKM: Ani Lestari' });
    const owner = await within(dialog).findByRole('textbox', { name: /^Nama pemilik/ });
    expect(owner).toHaveProperty('value', 'Ani Lestari');
    expect(within(dialog).getByRole('textbox', { name: /^Telepon/ })).toHaveProperty('value', '0812-3456-7890');
    expect(calls(invoke, 'participants:revealPhone')).toEqual([{ id: ANI_ID }]);

    // The business name is still empty: the business schema refuses it in Indonesian.
    await user.click(within(dialog).getByRole('button', { name: 'Buat profil UMKM' }));
    expect(await within(dialog).findByText('Wajib diisi')).toBeTruthy();
    expect(calls(invoke, 'participants:convert')).toEqual([]);

    const panel = within(dialog).getByRole('region', { name: 'Cek duplikat' });
    await user.click(await within(panel).findByRole('button', { name: 'Kue Bu Sri bukan duplikat' }, { timeout: 3000 }));
    await user.click(within(dialog).getByRole('textbox', { name: /^Nama usaha/ }));
    await user.paste('Sablon Ani');
    await user.click(within(dialog).getByRole('button', { name: 'Buat profil UMKM' }));

    await waitFor(() => expect(calls(invoke, 'participants:convert')).toHaveLength(1));
    expect(calls(invoke, 'participants:convert')[0]).toMatchObject({
      id: ANI_ID,
      notDuplicateOf: [SRI_ID],
      profile: {
        name: 'Sablon Ani',
        ownerName: 'Ani Lestari',
        ownerGender: 'P',
        ownerBirthDate: '1995-04-02',
        ownerPhone: '0812-3456-7890',
        provinceCode: '64',
        regencyCode: '64.72',
        status: 'aktif',
      },
    });
    // The roster shows the new link once the core says the participants changed.
    await refreshAfterChange(['training_participant', 'business']);
    const row = await screen.findByTestId(`participant-${ANI_ID}`);
    expect(await within(row).findByRole('link', { name: 'Sablon Ani' })).toBeTruthy();
  });
});

const sheet: SheetPreview = {
  token: 'tok-1',
  fileName: 'peserta-sablon.xlsx',
  sheetNames: ['Peserta', 'Catatan'],
  sheetName: 'Peserta',
  headers: ['Nama', 'JK', 'No HP', 'Usaha'],
  sampleRows: [
    ['Eka Putri', 'P', '081300001111', ''],
    ['Fajar', 'L', '081300002222', 'Sablon Fajar'],
  ],
  rowCount: 4,
  suggestedMapping: { Nama: 'name', JK: 'gender', 'No HP': null, Usaha: 'businessName' },
};

const values = (name: string | null, overrides: Partial<ParticipantImportPreview['rows'][number]['values']> = {}) => ({
  name,
  gender: null,
  birthDate: null,
  age: null,
  phone: null,
  businessName: null,
  hasBusiness: false,
  regencyCode: null,
  notes: null,
  ...overrides,
});

const preview: ParticipantImportPreview = {
  token: 'tok-1',
  rows: [
    {
      row: 1,
      state: 'new',
      values: values('Eka Putri', { gender: 'P', phone: '0813-••••-1111', birthDate: '2001-04-20', age: 25 }),
      errors: [],
      businessMatches: [],
      duplicateOfRow: null,
      duplicateOfParticipantId: null,
    },
    {
      row: 2,
      state: 'new',
      values: values('Fajar', { gender: 'L', hasBusiness: true, businessName: 'Sablon Fajar' }),
      errors: [],
      businessMatches: [{ id: SRI_ID, name: 'Sablon Fajar Jaya', ownerName: 'Fajar', regencyName: 'Kota Samarinda', reason: 'phone' }],
      duplicateOfRow: null,
      duplicateOfParticipantId: null,
    },
    { row: 3, state: 'invalid', values: values('Gita', { phone: null }), errors: [{ field: 'phone', message: 'v.phone' }], businessMatches: [], duplicateOfRow: null, duplicateOfParticipantId: null },
    { row: 4, state: 'duplicate_in_sheet', values: values('Eka Putri'), errors: [], businessMatches: [], duplicateOfRow: 1, duplicateOfParticipantId: null },
    { row: 5, state: 'new', values: values('Hadi'), errors: [], businessMatches: [], duplicateOfRow: null, duplicateOfParticipantId: null },
    { row: 6, state: 'blank', values: values(null), errors: [], businessMatches: [], duplicateOfRow: null, duplicateOfParticipantId: null },
  ],
  counts: { new: 3, duplicate_in_sheet: 1, already_participant: 0, invalid: 1, blank: 1 },
};

describe('participant import wizard', { timeout: 60_000 }, () => {
  it('walks file → mapping → preview → commit, sending only the confirmed rows with their link choices', async () => {
    const user = userEvent.setup();
    let opened = 0;
    const { invoke } = installApi({
      'participants:importOpen': (input) => {
        opened += 1;
        // The first dialog is cancelled; the second picks the file; a sheet switch re-reads it.
        if (opened === 1) return ok(null);
        const asked = input as { sheetName?: string };
        return ok(asked.sheetName ? { ...sheet, sheetName: asked.sheetName } : sheet);
      },
      'participants:importPreview': () => ok(preview),
      'participants:importCommit': () => ok({ imported: 2, participants: [] }),
    });
    renderAt(<TrainingDetailPage />, route);
    await screen.findByRole('table', { name: 'Daftar peserta' });
    await user.click(screen.getByRole('button', { name: 'Impor dari Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor peserta dari Excel/CSV' });

    await user.click(within(dialog).getByRole('button', { name: 'Pilih berkas…' }));
    await waitFor(() => expect(calls(invoke, 'participants:importOpen')).toHaveLength(1));
    expect(within(dialog).getByRole('button', { name: 'Pilih berkas…' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Pilih berkas…' }));

    const mapping = await within(dialog).findByRole('table', { name: 'Pemetaan kolom' });
    expect(within(mapping).getByRole('combobox', { name: 'Nama' })).toHaveProperty('value', 'Nama lengkap');
    expect(within(mapping).getByRole('combobox', { name: 'No HP' })).toHaveProperty('value', '(abaikan)');
    expect(within(mapping).getByText('081300001111 · 081300002222')).toBeTruthy();

    // Without a name column the mapping is refused before asking main.
    await user.click(within(mapping).getByRole('combobox', { name: 'Nama' }));
    await user.click(await screen.findByRole('option', { name: '(abaikan)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lanjut' }));
    expect(await within(dialog).findByText('Tentukan kolom untuk nama peserta')).toBeTruthy();
    expect(calls(invoke, 'participants:importPreview')).toEqual([]);

    await user.click(within(mapping).getByRole('combobox', { name: 'Nama' }));
    await user.click(await screen.findByRole('option', { name: 'Nama lengkap' }));
    await user.click(within(mapping).getByRole('combobox', { name: 'No HP' }));
    await user.click(await screen.findByRole('option', { name: 'Nomor HP' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lanjut' }));

    const rows = await within(dialog).findByRole('table', { name: 'Baris yang akan diimpor' });
    const expectedMapping = { Nama: 'name', JK: 'gender', 'No HP': 'phone', Usaha: 'businessName' };
    expect(calls(invoke, 'participants:importPreview')[0]).toEqual({ token: 'tok-1', trainingId: TRAINING_ID, sheetName: 'Peserta', mapping: expectedMapping });
    const pick = (row: number) => within(rows).getByRole('checkbox', { name: `Impor baris ${row}` });
    expect(pick(1)).toHaveProperty('checked', true);
    expect(pick(2)).toHaveProperty('checked', true);
    expect(pick(3)).toHaveProperty('disabled', true);
    expect(pick(4)).toHaveProperty('disabled', true);
    expect(within(rows).getByText('Tidak sah')).toBeTruthy();
    expect(within(rows).getByText('Ganda di lembar')).toBeTruthy();
    expect(within(rows).getByText('sama dengan baris 1')).toBeTruthy();
    expect(within(rows).getByText('Nomor HP: Nomor telepon tidak dikenali; tulis 08… atau +62…')).toBeTruthy();

    // Row 5 is left out; row 2 is linked to its likely profile.
    await user.click(pick(5));
    // A blank row is only "Kosong": no calon wirausaha badge.
    expect(pick(6)).toHaveProperty('disabled', true);
    expect(within(rows).getByTestId('import-row-6').textContent).not.toContain('Calon wirausaha');
    expect(within(rows).getByTestId('import-row-1').textContent).toContain('Calon wirausaha');
    // The age column shows the age, not the birth date it came from.
    expect(within(rows).getByTestId('import-row-1').textContent).toContain('25 th');
    expect(within(rows).getByTestId('import-row-1').textContent).not.toContain('20/04/2001');
    await user.click(within(rows).getByRole('combobox', { name: 'Tautkan baris 2' }));
    // The option is the business name; owner and kabupaten/kota are under it.
    const option = await screen.findByRole('option', { name: /^Sablon Fajar Jaya/ });
    expect(within(option).getByText('Fajar · Kota Samarinda')).toBeTruthy();
    await user.click(option);
    expect(within(rows).getByRole('combobox', { name: 'Tautkan baris 2' })).toHaveProperty('value', 'Sablon Fajar Jaya');
    await user.click(within(dialog).getByRole('button', { name: 'Impor 2 peserta' }));

    expect(await within(dialog).findByText('2 peserta diimpor')).toBeTruthy();
    expect(calls(invoke, 'participants:importCommit')[0]).toEqual({
      token: 'tok-1',
      trainingId: TRAINING_ID,
      sheetName: 'Peserta',
      mapping: expectedMapping,
      rows: [
        { row: 1, linkBusinessId: null },
        { row: 2, linkBusinessId: SRI_ID },
      ],
    });
  });

  it('re-reads another sheet of the same file with its token', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({
      'participants:importOpen': (input) => {
        const asked = input as { sheetName?: string };
        return ok(asked.sheetName ? { ...sheet, sheetName: asked.sheetName, headers: ['Nama peserta'], suggestedMapping: { 'Nama peserta': 'name' } } : sheet);
      },
    });
    renderAt(<TrainingDetailPage />, route);
    await screen.findByRole('table', { name: 'Daftar peserta' });
    await user.click(screen.getByRole('button', { name: 'Impor dari Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor peserta dari Excel/CSV' });
    await user.click(within(dialog).getByRole('button', { name: 'Pilih berkas…' }));
    await user.click(await within(dialog).findByRole('combobox', { name: 'Lembar' }));
    await user.click(await screen.findByRole('option', { name: 'Catatan' }));
    const mapping = within(dialog).getByRole('table', { name: 'Pemetaan kolom' });
    expect(await within(mapping).findByRole('combobox', { name: 'Nama peserta' })).toHaveProperty('value', 'Nama lengkap');
    expect(calls(invoke, 'participants:importOpen')[1]).toEqual({ token: 'tok-1', sheetName: 'Catatan' });
  });
});

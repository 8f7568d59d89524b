import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BusinessDetailPage } from '../../../../src/renderer/src/features/businesses';
import { ImpactSection } from '../../../../src/renderer/src/features/impact';
import { zonedParts } from '../../../../src/shared/domain/zoned';
import { detail, renderAt } from '../businesses/fixtures';
import { CONSULTATION_ID, SRI_ID, TRAINING_ID, calls, installImpactApi, milestone, ok } from './fixtures';
import { training } from '../trainings/fixtures';

const today = () => zonedParts(new Date(), 'Asia/Makassar').date;

function renderSection(overrides: Parameters<typeof detail>[0] = {}) {
  return renderAt(<ImpactSection business={detail(overrides)} />);
}

async function openCreate() {
  await userEvent.click(await screen.findByRole('button', { name: 'Catat dampak' }));
  return screen.getByRole('dialog', { name: 'Catat dampak' });
}

async function choose(dialog: HTMLElement, field: RegExp, option: string | RegExp) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: field }));
  await userEvent.click(await within(dialog).findByRole('option', { name: option }));
}

describe('Dampak on the business page', () => {
  it('lists each milestone as a readable sentence with its date, credit links and evidence', async () => {
    installImpactApi();
    renderSection();
    const list = await screen.findByRole('list', { name: 'Daftar dampak' });
    const rows = within(list).getAllByTestId('milestone');
    expect(rows.map((r) => within(r).getByTestId('milestone-sentence').textContent)).toEqual([
      '3 tenaga kerja baru (2 L, 1 P)',
      'Omzet Rp5.000.000 → Rp8.500.000 per bulan',
      'Modal KUR Rp25.000.000',
      'Izin P-IRT diperoleh',
      'Pasar baru: Rest area tol — KM 19',
      'Usaha mulai berjalan',
    ]);
    expect(within(rows[0]!).getByText('25/11/2026')).toBeTruthy();
    expect(within(rows[0]!).getByText('Bukti: Daftar gaji November')).toBeTruthy();
    expect(within(rows[1]!).getByRole('link', { name: 'SMD1-2611-0007' }).getAttribute('href')).toBe(`/konsultasi/${CONSULTATION_ID}`);
    expect(within(rows[2]!).getByRole('link', { name: 'Pelatihan Kue Kering' }).getAttribute('href')).toBe(`/pelatihan/${TRAINING_ID}`);
    // The permit has no evidence: it says so plainly.
    expect(within(rows[3]!).getByText('Tanpa bukti')).toBeTruthy();
    expect(within(list).getAllByText('Tanpa bukti')).toHaveLength(1);
    expect(within(rows[5]!).getByText('Buka di rumah')).toBeTruthy();
  });

  it('says when nothing is recorded', async () => {
    installImpactApi({ 'impact:list': () => ok([]) });
    renderSection();
    expect(await screen.findByText('Belum ada dampak yang dicatat untuk UMKM ini.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Catat dampak' })).toBeTruthy();
  });

  it('offers no changes on a deleted profile', async () => {
    installImpactApi({ 'impact:list': () => ok([milestone()]) });
    renderSection({ deletedAt: '2026-11-27T03:00:00.000Z' });
    await screen.findByRole('list', { name: 'Daftar dampak' });
    expect(screen.queryByRole('button', { name: 'Catat dampak' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Ubah:/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Hapus:/ })).toBeNull();
  });
});

describe('Catat dampak', () => {
  it('shows each problem on its field in Indonesian and sends nothing', async () => {
    const { invoke } = installImpactApi();
    renderSection();
    const dialog = await openCreate();
    const save = () => userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    // Jobs by default: both counts missing.
    await save();
    expect(await within(dialog).findAllByText('Wajib diisi')).toHaveLength(2);
    expect(within(dialog).getByRole('textbox', { name: 'Laki-laki' }).getAttribute('aria-invalid')).toBe('true');

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Laki-laki' }), '0');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Perempuan' }), '0');
    await save();
    expect(await within(dialog).findByText('Isi jumlah tenaga kerja laki-laki atau perempuan')).toBeTruthy();
    expect(calls(invoke, 'impact:create')).toEqual([]);
  });

  it('changes the fields with the kind, and asks for those of the kind chosen', async () => {
    const { invoke } = installImpactApi();
    renderSection();
    const dialog = await openCreate();
    const save = () => userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await choose(dialog, /Jenis dampak/, 'Modal');
    expect(within(dialog).queryByRole('textbox', { name: 'Laki-laki' })).toBeNull();
    await save();
    expect(await within(dialog).findAllByText('Wajib diisi')).toHaveLength(2);
    expect(within(dialog).getByRole('combobox', { name: /Sumber modal/ }).getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('textbox', { name: /Jumlah/ }).getAttribute('aria-invalid')).toBe('true');

    expect(calls(invoke, 'impact:create')).toEqual([]);
  });

  it('sends impact:create with the chosen kind’s fields only, credited to a consultation', async () => {
    const { invoke } = installImpactApi({ 'impact:create': () => ok(milestone()) });
    renderSection();
    const dialog = await openCreate();
    await choose(dialog, /Jenis dampak/, 'Omzet');
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Omzet per bulan sebelum/ }));
    await userEvent.paste('5000000');
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Omzet per bulan sesudah/ }));
    await userEvent.paste('8500000');
    expect(within(dialog).getByRole('textbox', { name: /Omzet per bulan sesudah/ })).toHaveProperty('value', 'Rp8.500.000');
    await choose(dialog, /Berkat konsultasi/, /SMD1-2611-0007/);
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Bukti/ }));
    await userEvent.paste('Buku kas Oktober–November');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(calls(invoke, 'impact:create')).toHaveLength(1));
    expect(calls(invoke, 'impact:create')[0]).toEqual({
      kind: 'sales',
      businessId: SRI_ID,
      date: today(),
      consultationId: CONSULTATION_ID,
      trainingId: null,
      evidence: 'Buku kas Oktober–November',
      note: null,
      salesBefore: 5_000_000,
      salesAfter: 8_500_000,
    });
    expect(calls(invoke, 'consultations:list')[0]).toMatchObject({ businessId: SRI_ID, status: 'final' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Catat dampak' })).toBeNull());
  });

  it('puts the core’s refusal of a training the business did not attend on the training field', async () => {
    const { invoke } = installImpactApi({
      'trainings:list': () => ok({ rows: [training({ id: TRAINING_ID, title: 'Pelatihan Sablon Kaos' })], total: 1, page: 1, pageSize: 50 }),
      'impact:create': () => ({
        ok: false,
        error: { code: 'VALIDATION', message: 'Data yang dikirim belum benar.', fields: { trainingId: { key: 'v.trainingNotAttended' } } },
      }),
    });
    renderSection();
    const dialog = await openCreate();
    await choose(dialog, /Jenis dampak/, 'Mulai usaha');
    await choose(dialog, /Berkat pelatihan/, 'Pelatihan Sablon Kaos');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByText('UMKM ini tidak tercatat sebagai peserta pelatihan tersebut')).toBeTruthy();
    expect(calls(invoke, 'impact:create')[0]).toMatchObject({ kind: 'business_started', trainingId: TRAINING_ID });
    expect(screen.getByRole('dialog', { name: 'Catat dampak' })).toBeTruthy();
  });
});

describe('changing a milestone', () => {
  it('edits with impact:update, and an update’s refusal lands on the field', async () => {
    const m = milestone({ jobKind: 'kept', men: 4, women: 3 });
    const { invoke } = installImpactApi({
      'impact:list': () => ok([m]),
      'impact:update': () => ({
        ok: false,
        error: { code: 'VALIDATION', message: 'Data yang dikirim belum benar.', fields: { 'milestone.date': { key: 'v.dateFuture' } } },
      }),
    });
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah: 7 tenaga kerja dipertahankan (4 L, 3 P)' }));
    const dialog = screen.getByRole('dialog', { name: 'Ubah dampak' });
    expect(within(dialog).getByRole('textbox', { name: 'Laki-laki' })).toHaveProperty('value', '4');
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Perempuan' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Perempuan' }), '5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(calls(invoke, 'impact:update')).toHaveLength(1));
    expect(calls(invoke, 'impact:update')[0]).toEqual({
      id: m.id,
      milestone: { kind: 'jobs', businessId: SRI_ID, date: m.date, consultationId: null, trainingId: null, evidence: m.evidence, note: null, jobKind: 'kept', men: 4, women: 5 },
    });
    expect(await within(dialog).findByText('Tanggal tidak boleh di masa depan')).toBeTruthy();
  });

  it('deletes only with a reason', async () => {
    const m = milestone();
    const { invoke } = installImpactApi({ 'impact:list': () => ok([m]), 'impact:delete': () => ok({ ok: true }) });
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Hapus: 3 tenaga kerja baru (2 L, 1 P)' }));
    const dialog = screen.getByRole('dialog', { name: 'Hapus dampak' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hapus dampak' }));
    expect(await within(dialog).findByText('Wajib diisi')).toBeTruthy();
    expect(calls(invoke, 'impact:delete')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Alasan menghapus/ }));
    await userEvent.paste('Dicatat dua kali');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hapus dampak' }));
    await waitFor(() => expect(calls(invoke, 'impact:delete')).toEqual([{ id: m.id, reason: 'Dicatat dua kali' }]));
  });

  it('asks before Escape or Batal throw away a typed reason for deleting', async () => {
    installImpactApi({ 'impact:list': () => ok([milestone()]) });
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Hapus: 3 tenaga kerja baru (2 L, 1 P)' }));
    const dialog = screen.getByRole('dialog', { name: 'Hapus dampak' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan menghapus/ }), 'Dicatat dua kali');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(await screen.findByRole('button', { name: 'Tetap di sini' }));
    const still = screen.getByRole('dialog', { name: 'Hapus dampak' });
    expect((within(still).getByRole('textbox', { name: /Alasan menghapus/ }) as HTMLInputElement).value).toBe('Dicatat dua kali');
    await userEvent.click(within(still).getByRole('button', { name: 'Batal' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Buang' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hapus dampak' })).toBeNull());
  });
});

describe('on the business detail page', () => {
  it('shows the Dampak section with the business’s milestones', async () => {
    const { invoke } = installImpactApi({ 'businesses:get': () => ok(detail()), 'businesses:timeline': () => ok([]) });
    renderAt(<BusinessDetailPage />, { path: '/umkm/:id', route: `/umkm/${SRI_ID}` });
    const section = await screen.findByRole('region', { name: 'Dampak' });
    expect(await within(section).findByText('Modal KUR Rp25.000.000')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Catat dampak' })).toBeTruthy();
    expect(calls(invoke, 'impact:list')).toEqual([{ businessId: SRI_ID }]);
  });
});

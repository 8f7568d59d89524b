import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConsultationPage, NewConsultationPage } from '../../../../src/renderer/src/features/consultations';
import {
  BUDI_ID,
  DRAFT_ID,
  ITEM_IDS,
  SITI_ID,
  SRI_ID,
  calls,
  draftDetail,
  finalDetail,
  fullDraft,
  installApi,
  ok,
  renderAt,
} from './fixtures';

const field = (name: RegExp) => screen.getByRole('textbox', { name });
const finalize = () => screen.getByRole('button', { name: 'Finalisasi' });
const confirmDialog = () => screen.queryByRole('dialog', { name: 'Finalisasi konsultasi ini?' });
/** The MultiSelect shows a chosen consultant as a pill (its option list holds the name too). */
const chosenConsultant = async (name: string) =>
  waitFor(() => expect(screen.getAllByText(name).some((el) => el.closest('.mantine-Pill-root'))).toBe(true));
const openDraft = () => renderAt(<ConsultationPage />, { path: '/konsultasi/:id', route: `/konsultasi/${DRAFT_ID}` });

describe('consultation intake form', { timeout: 40_000 }, () => {
  it('marks missing required fields in Indonesian and finalises nothing', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi();
    renderAt(<NewConsultationPage />, { path: '/konsultasi/baru' });
    await screen.findByRole('textbox', { name: /^Keluhan/ });

    await user.click(finalize());

    expect(await screen.findByText('Pilih UMKM yang dikonsultasikan')).toBeTruthy();
    expect(screen.getByText('Pilih paling sedikit satu bidang layanan')).toBeTruthy();
    expect(field(/^Keluhan/).getAttribute('aria-invalid')).toBe('true');
    expect(field(/^Saran/).getAttribute('aria-invalid')).toBe('true');
    expect(field(/^Waktu kontak/).getAttribute('aria-invalid')).toBe('true');
    expect(calls(invoke, 'consultations:finalize')).toEqual([]);
  });

  it('starts with the consultant on duty, the office date and channel "Datang langsung"', async () => {
    installApi();
    renderAt(<NewConsultationPage />, { path: '/konsultasi/baru' });
    await screen.findByRole('textbox', { name: /^Keluhan/ });
    await chosenConsultant('Siti Rahmawati');
    expect((screen.getByRole('radio', { name: 'Datang langsung' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('textbox', { name: /^Tanggal/ })).toHaveProperty('value', expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/));
  });

  it('refuses negative minutes with "Tidak boleh negatif" on the field', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'consultations:get': () => ok(draftDetail(fullDraft({ contactMinutes: -5 }))) });
    openDraft();
    await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi');
    await user.click(finalize());
    expect(await screen.findByText('Tidak boleh negatif')).toBeTruthy();
    expect(field(/^Waktu kontak/).getAttribute('aria-invalid')).toBe('true');
    expect(calls(invoke, 'consultations:finalize')).toEqual([]);
  });

  it('says a due date before the consultation date is wrong, on that item', async () => {
    const user = userEvent.setup();
    const draft = fullDraft();
    draft.actionItems[1] = { id: ITEM_IDS[1] ?? '', what: 'Kirim contoh kemasan', who: 'consultant', dueDate: '2026-11-20' };
    const { invoke } = installApi({ 'consultations:get': () => ok(draftDetail(draft)) });
    openDraft();
    await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi');
    await user.click(finalize());
    expect(await screen.findByText('Tenggat tidak boleh sebelum tanggal konsultasi')).toBeTruthy();
    expect(field(/^Tenggat 2/).getAttribute('aria-invalid')).toBe('true');
    expect(calls(invoke, 'consultations:finalize')).toEqual([]);
  });

  it('shows a due date before the consultation date together with the other mistakes', async () => {
    const user = userEvent.setup();
    const draft = fullDraft({ contactMinutes: -5, complaint: '' });
    draft.actionItems[0] = { id: ITEM_IDS[0] ?? '', what: 'Daftar P-IRT', who: 'business', dueDate: '2026-11-01' };
    installApi({ 'consultations:get': () => ok(draftDetail(draft)) });
    openDraft();
    await screen.findByDisplayValue('Belum ada izin P-IRT, kemasan polos');
    await user.click(finalize());
    expect(await screen.findByText('Tenggat tidak boleh sebelum tanggal konsultasi')).toBeTruthy();
    expect(screen.getByText('Tidak boleh negatif')).toBeTruthy();
    expect(field(/^Keluhan/).getAttribute('aria-invalid')).toBe('true');
  });

  it('reads a start time typed as 930 or 9.30 as 09:30', async () => {
    const user = userEvent.setup();
    installApi();
    renderAt(<NewConsultationPage />, { path: '/konsultasi/baru' });
    const time = await screen.findByRole('textbox', { name: /^Jam mulai/ });
    await user.clear(time);
    await user.type(time, '930');
    await user.tab();
    expect(time).toHaveProperty('value', '09:30');
    await user.clear(time);
    await user.type(time, '14.05');
    await user.tab();
    expect(time).toHaveProperty('value', '14:05');
  });

  it('restores every field of a draft', async () => {
    installApi({ 'consultations:get': () => ok(draftDetail()) });
    openDraft();
    await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi');

    expect(await screen.findByDisplayValue('Kue Bu Sri')).toBeTruthy();
    await chosenConsultant('Budi Santoso');
    await chosenConsultant('Siti Rahmawati');
    expect(field(/^Tanggal/)).toHaveProperty('value', '27/11/2026');
    expect(screen.getByDisplayValue('09:30')).toBeTruthy();
    expect(field(/^Waktu kontak/)).toHaveProperty('value', '45');
    expect(field(/^Waktu persiapan/)).toHaveProperty('value', '15');
    expect((screen.getByRole('radio', { name: 'WhatsApp' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Pemasaran' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Legalitas/perizinan' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'SDM' }) as HTMLInputElement).checked).toBe(false);
    expect(field(/^Diagnosis/)).toHaveProperty('value', 'Belum ada izin P-IRT, kemasan polos');
    expect(field(/^Saran/)).toHaveProperty('value', 'Urus P-IRT, perbaiki kemasan');
    expect(screen.getByRole('combobox', { name: 'Tujuan rujukan 1' })).toHaveProperty('value', 'dinkes_pirt');
    expect(field(/^Catatan rujukan 1/)).toHaveProperty('value', 'Dinkes Samarinda');
    expect(field(/^Tindakan 1/)).toHaveProperty('value', 'Daftar P-IRT');
    expect(screen.getByRole('combobox', { name: 'Pelaksana 2' })).toHaveProperty('value', 'consultant');
    expect(field(/^Tenggat 1/)).toHaveProperty('value', '10/12/2026');
    expect(field(/^Tenggat 2/)).toHaveProperty('value', '');
  });

  it('puts finalise errors answered on values.<path> onto the right fields', async () => {
    const user = userEvent.setup();
    installApi({
      'consultations:get': () => ok(draftDetail()),
      'consultations:finalize': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Data yang dikirim belum benar.',
          fields: {
            'values.actionItems.0.dueDate': { key: 'v.dueBeforeConsultation' },
            'values.businessId': { key: 'v.businessUnknown' },
          },
        },
      }),
    });
    openDraft();
    await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi');
    await user.click(finalize());
    await user.click(await screen.findByRole('button', { name: 'Ya, finalisasi' }));

    expect(await screen.findByText('Tenggat tidak boleh sebelum tanggal konsultasi')).toBeTruthy();
    expect(field(/^Tenggat 1/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('UMKM ini tidak ditemukan; pilih lagi dari daftar')).toBeTruthy();
  });

  it('saves the draft with Ctrl+S while typing and finalises nothing', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({
      'consultations:get': () => ok(draftDetail()),
      'consultations:finalize': () => ok(finalDetail()),
    });
    openDraft();
    await user.click(await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi'));
    await user.keyboard(' lagi');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() =>
      expect(calls(invoke, 'consultations:saveDraft').at(-1)).toMatchObject({
        id: DRAFT_ID,
        values: { complaint: 'Penjualan amplang turun sejak pandemi lagi' },
      }),
    );
    expect(await screen.findByText('Draf tersimpan.')).toBeTruthy();
    expect(confirmDialog()).toBeNull();
    expect(calls(invoke, 'consultations:finalize')).toEqual([]);
  });

  it('Enter in a single-line field submits nothing; in a textarea it makes a new line', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({
      'consultations:get': () => ok(draftDetail()),
      'consultations:finalize': () => ok(finalDetail()),
    });
    openDraft();
    await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi');
    await user.click(field(/^Waktu kontak/));
    await user.keyboard('{Enter}');
    await user.click(field(/^Tindakan 1/));
    await user.keyboard('{Enter}');
    await user.click(field(/^Keluhan/));
    await user.keyboard('{Enter}dan stok menumpuk');

    expect(field(/^Keluhan/)).toHaveProperty('value', 'Penjualan amplang turun sejak pandemi\ndan stok menumpuk');
    expect(confirmDialog()).toBeNull();
    expect(calls(invoke, 'consultations:finalize')).toEqual([]);
  });

  it('finalises only after the confirmation, which shows what will be locked', async () => {
    const user = userEvent.setup();
    let finalised = false;
    const { invoke } = installApi({
      'consultations:get': () => ok(finalised ? finalDetail() : draftDetail()),
      'consultations:finalize': () => {
        finalised = true;
        return ok(finalDetail());
      },
    });
    openDraft();
    await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi');
    await user.click(finalize());

    const dialog = within(await screen.findByRole('dialog', { name: 'Finalisasi konsultasi ini?' }));
    expect(await dialog.findByText('Kue Bu Sri')).toBeTruthy();
    expect(dialog.getByText('27/11/2026, 09:30')).toBeTruthy();
    expect(dialog.getByText('Pemasaran, Legalitas/perizinan')).toBeTruthy();
    expect(dialog.getByText('1 tindakan bertenggat menjadi tindak lanjut:')).toBeTruthy();
    expect(dialog.getByText('Daftar P-IRT (Usaha), tenggat 10/12/2026')).toBeTruthy();
    expect(dialog.getByText(/hanya lewat amandemen dengan alasan/)).toBeTruthy();
    // Going back is the default; finalising takes a deliberate click.
    const back = dialog.getByRole('button', { name: 'Kembali ke formulir' });
    await waitFor(() => expect(document.activeElement).toBe(back));
    await user.click(back);
    expect(confirmDialog()).toBeNull();
    expect(calls(invoke, 'consultations:finalize')).toEqual([]);

    await user.click(finalize());
    await user.click(await screen.findByRole('button', { name: 'Ya, finalisasi' }));
    await waitFor(() => expect(calls(invoke, 'consultations:finalize')).toHaveLength(1));
    const sent = calls(invoke, 'consultations:finalize')[0];
    expect(sent).toMatchObject({
      id: DRAFT_ID,
      values: { businessId: SRI_ID, consultantIds: [SITI_ID, BUDI_ID], contactMinutes: 45, diagnosis: 'Belum ada izin P-IRT, kemasan polos' },
    });
    expect((sent?.['values'] as { actionItems: Array<{ dueDate: string | null }> }).actionItems[1]?.dueDate).toBeNull();
    // The draft was stored before the finalise, never after.
    const order = invoke.mock.calls.map((c) => c[0]).filter((c) => c === 'consultations:saveDraft' || c === 'consultations:finalize');
    expect(order.at(-1)).toBe('consultations:finalize');
    expect(await screen.findByTestId('consultation-number')).toHaveProperty('textContent', 'KB/SMD1/2026/11/0042');
  });

  it('adds and removes action items with fresh ids', async () => {
    const user = userEvent.setup();
    installApi();
    renderAt(<NewConsultationPage />, { path: '/konsultasi/baru' });
    await screen.findByRole('textbox', { name: /^Keluhan/ });
    await user.click(screen.getByRole('button', { name: 'Tambah tindakan' }));
    await user.click(screen.getByRole('button', { name: 'Tambah tindakan' }));
    expect(screen.getAllByTestId('action-item')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Hapus tindakan 1' }));
    const items = screen.getAllByTestId('action-item');
    expect(items).toHaveLength(1);
    expect(within(items[0] as HTMLElement).getByRole('textbox', { name: 'Tindakan 1' })).toBeTruthy();
    fireEvent.change(field(/^Tindakan 1/), { target: { value: 'Foto produk' } });
    expect(field(/^Tindakan 1/)).toHaveProperty('value', 'Foto produk');
  });
});

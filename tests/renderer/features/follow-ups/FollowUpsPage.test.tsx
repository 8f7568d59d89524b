import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FollowUpDetailPage, FollowUpsPage } from '../../../../src/renderer/src/features/follow-ups';
import { refreshAfterChange } from '../../../../src/renderer/src/lib/query';
import { CONSULTATION_ID, FU_ID, SRI_ID, calls, installApi, item, ok, renderAt } from './fixtures';
import { summary } from '../businesses/fixtures';

const TITLE = 'Telepon pemilik soal pengajuan KUR';
const KEEP = 'Jangan batalkan';

function renderList(route = '/tindak-lanjut') {
  return renderAt(<FollowUpsPage />, { path: '/tindak-lanjut', route });
}

describe('Tindak Lanjut tabs', () => {
  it('shows each open tab with its count and lists the tab named in the URL', async () => {
    const { invoke } = installApi();
    renderList('/tindak-lanjut?tab=today');

    const tabs = await screen.findByRole('tablist', { name: 'Kelompok tindak lanjut' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent?.replace(/\d+/g, '').trim())).toEqual([
      'Terlambat',
      'Hari ini',
      'Minggu ini',
      'Nanti',
      'Selesai',
    ]);
    await waitFor(() => expect(screen.getByTestId('count-overdue').textContent).toBe('3'));
    expect(screen.getByTestId('count-today').textContent).toBe('5');
    expect(screen.getByRole('tab', { name: /Hari ini/ }).getAttribute('aria-selected')).toBe('true');
    await screen.findByRole('table', { name: 'Daftar tindak lanjut' });
    expect(calls(invoke, 'followUps:list').at(-1)).toMatchObject({ bucket: 'today', page: 1 });

    await userEvent.click(screen.getByRole('tab', { name: /Terlambat/ }));
    await waitFor(() => expect(calls(invoke, 'followUps:list').at(-1)).toMatchObject({ bucket: 'overdue' }));
  });

  it('links each row to its business and source consultation and shows the due time in office time', async () => {
    installApi();
    renderList();
    const table = await screen.findByRole('table', { name: 'Daftar tindak lanjut' });
    expect(within(table).getByRole('link', { name: 'Kue Bu Sri' }).getAttribute('href')).toBe(`/umkm/${SRI_ID}`);
    expect(within(table).getByRole('link', { name: 'SMD1-2611-0007' }).getAttribute('href')).toBe(`/konsultasi/${CONSULTATION_ID}`);
    expect(within(table).getByRole('link', { name: TITLE }).getAttribute('href')).toBe(`/tindak-lanjut/${FU_ID}`);
    expect(within(table).getByText('28/11/2026 09.00')).toBeTruthy();
  });

  it('filters by consultant through the URL and the counts follow the consultant', async () => {
    const { invoke } = installApi();
    renderList('/tindak-lanjut?tab=overdue&konsultan=0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01');
    await screen.findByRole('table', { name: 'Daftar tindak lanjut' });
    expect(calls(invoke, 'followUps:list').at(-1)).toMatchObject({ consultantId: '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01' });
    expect(calls(invoke, 'followUps:counts').at(-1)).toEqual({ consultantId: '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01' });
  });

  it('counts the tabs under every filter the list takes, so a tab’s count is the rows it shows', async () => {
    const { invoke } = installApi();
    renderList(`/tindak-lanjut?tab=week&konsultan=0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01&umkm=${SRI_ID}&kab=64.72`);
    await screen.findByRole('table', { name: 'Daftar tindak lanjut' });
    const { bucket: _bucket, page: _page, pageSize: _size, ...listed } = calls(invoke, 'followUps:list').at(-1)!;
    expect(listed).toEqual({ consultantId: '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01', businessId: SRI_ID, regencyCode: '64.72' });
    expect(calls(invoke, 'followUps:counts').at(-1)).toEqual(listed);
  });

  it('shows the agenda by office day', async () => {
    const { invoke } = installApi({
      'followUps:agenda': () => ok([item(), item({ id: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', title: 'Kirim contoh label', effectiveAt: '2026-11-29T16:30:00.000Z' })]),
    });
    renderList('/tindak-lanjut?tab=overdue&tampilan=agenda');
    const days = await screen.findAllByTestId('agenda-day');
    // 16:30 UTC on the 29th is 00:30 on the 30th in WITA: a day of its own.
    expect(days.map((d) => d.getAttribute('aria-label'))).toEqual(['28/11/2026', '30/11/2026']);
    expect(within(days[1]!).getByText('00.30')).toBeTruthy();
    const input = calls(invoke, 'followUps:agenda')[0]!;
    expect(Date.parse(`${String(input['to'])}T00:00:00Z`) - Date.parse(`${String(input['from'])}T00:00:00Z`)).toBe(13 * 86_400_000);
  });
});

describe('quick actions', () => {
  it('marks done with the outcome; the tabs reload when the core says the follow-ups changed', async () => {
    const { invoke, emit } = installApi({ 'followUps:complete': () => ok(item({ status: 'done' })) });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: `Selesai: ${TITLE}` }));
    const dialog = screen.getByRole('dialog', { name: 'Tandai selesai' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Hasil tindak lanjut/ }), 'Sudah diajukan ke BRI');
    expect(within(dialog).getByTestId('outcome-counter').textContent).toBe('21 / 1.000 karakter');
    const listsBefore = calls(invoke, 'followUps:list').length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan sebagai selesai' }));
    await waitFor(() => expect(calls(invoke, 'followUps:complete')).toEqual([{ id: FU_ID, outcome: 'Sudah diajukan ke BRI' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await emit('data:changed', { tables: ['follow_up', 'audit_log'] });
    await waitFor(() => expect(calls(invoke, 'followUps:list').length).toBeGreaterThan(listsBefore));
    expect(calls(invoke, 'followUps:counts').length).toBeGreaterThan(1);
  });

  it('keeps the open dialog and what was typed when the item leaves the list on a reload', async () => {
    let rows = [item()];
    const { invoke } = installApi({ 'followUps:list': () => ok({ rows, total: rows.length, page: 1, pageSize: 25 }) });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: `Selesai: ${TITLE}` }));
    const dialog = screen.getByRole('dialog', { name: 'Tandai selesai' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Hasil tindak lanjut/ }), 'Sudah ditelepon');
    rows = [];
    void refreshAfterChange(['follow_up']);
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Daftar tindak lanjut' })).toBeNull());
    expect(calls(invoke, 'followUps:list').length).toBeGreaterThan(1);
    const still = screen.getByRole('dialog', { name: 'Tandai selesai' });
    expect((within(still).getByRole('textbox', { name: /Hasil tindak lanjut/ }) as HTMLTextAreaElement).value).toBe('Sudah ditelepon');
  });

  it('refuses an empty or too long outcome on the field, without sending', async () => {
    const { invoke } = installApi();
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: `Selesai: ${TITLE}` }));
    const dialog = screen.getByRole('dialog', { name: 'Tandai selesai' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan sebagai selesai' }));
    expect(await within(dialog).findByText('Wajib diisi')).toBeTruthy();
    const field = within(dialog).getByRole('textbox', { name: /Hasil tindak lanjut/ });
    await userEvent.click(field);
    await userEvent.paste('a'.repeat(1001));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan sebagai selesai' }));
    expect(await within(dialog).findByText('Hasil tindak lanjut paling banyak 1.000 karakter')).toBeTruthy();
    expect(calls(invoke, 'followUps:complete')).toEqual([]);
  });

  it('puts the core\'s field errors on the field in Indonesian', async () => {
    installApi({
      'followUps:cancel': () => ({ ok: false, error: { code: 'VALIDATION', message: 'Isian belum benar.', fields: { reason: { key: 'v.tooLong', params: { max: 200 } } } } }),
    });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: `Tindakan untuk ${TITLE}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Batalkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Batalkan tindak lanjut' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan pembatalan/ }), 'Usaha tutup');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Batalkan tindak lanjut' }));
    expect(await within(dialog).findByText('Paling banyak 200 karakter')).toBeTruthy();
  });

  it('snoozes with a preset', async () => {
    const { invoke } = installApi({ 'followUps:snooze': () => ok(item({ snoozedUntil: '2026-11-28T05:00:00.000Z' })) });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: `Tunda: ${TITLE}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: '1 jam' }));
    await waitFor(() => expect(calls(invoke, 'followUps:snooze')).toEqual([{ id: FU_ID, preset: 'hour' }]));
    await userEvent.click(screen.getByRole('button', { name: `Tunda: ${TITLE}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Besok 08.00' }));
    await userEvent.click(screen.getByRole('button', { name: `Tunda: ${TITLE}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Minggu depan' }));
    await waitFor(() => expect(calls(invoke, 'followUps:snooze').map((c) => c['preset'])).toEqual(['hour', 'tomorrow', 'nextWeek']));
  });

  it('cancels with a reason and reschedules to a new date', async () => {
    const { invoke } = installApi({
      'followUps:cancel': () => ok(item({ status: 'cancelled' })),
      'followUps:reschedule': (input) => ok(item(input as object)),
    });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: `Tindakan untuk ${TITLE}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Batalkan' }));
    const cancel = screen.getByRole('dialog', { name: 'Batalkan tindak lanjut' });
    await userEvent.type(within(cancel).getByRole('textbox', { name: /Alasan pembatalan/ }), 'Usaha sudah tutup');
    await userEvent.click(within(cancel).getByRole('button', { name: 'Batalkan tindak lanjut' }));
    await waitFor(() => expect(calls(invoke, 'followUps:cancel')).toEqual([{ id: FU_ID, reason: 'Usaha sudah tutup' }]));

    await userEvent.click(screen.getByRole('button', { name: `Tindakan untuk ${TITLE}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Jadwal ulang' }));
    const dialog = screen.getByRole('dialog', { name: 'Jadwal ulang' });
    const date = within(dialog).getByRole('textbox', { name: /Tanggal jatuh tempo/ });
    await userEvent.clear(date);
    await userEvent.type(date, '03/12/2099');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan jadwal' }));
    await waitFor(() => expect(calls(invoke, 'followUps:reschedule')).toEqual([{ id: FU_ID, dueDate: '2099-12-03', dueTime: '09:00' }]));
  });

  it('asks before Escape or “Jangan batalkan” throws away a typed reason for cancelling', async () => {
    const { invoke } = installApi();
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: `Tindakan untuk ${TITLE}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Batalkan' }));
    const cancel = screen.getByRole('dialog', { name: 'Batalkan tindak lanjut' });
    await userEvent.type(within(cancel).getByRole('textbox', { name: /Alasan pembatalan/ }), 'Usaha sudah tutup');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(await screen.findByRole('button', { name: 'Tetap di sini' }));
    const still = screen.getByRole('dialog', { name: 'Batalkan tindak lanjut' });
    expect((within(still).getByRole('textbox', { name: /Alasan pembatalan/ }) as HTMLInputElement).value).toBe('Usaha sudah tutup');
    await userEvent.click(within(still).getByRole('button', { name: KEEP }));
    await userEvent.click(await screen.findByRole('button', { name: 'Buang' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Batalkan tindak lanjut' })).toBeNull());
    expect(calls(invoke, 'followUps:cancel')).toEqual([]);
  });

  it('says why completing a cancelled item failed, and the detail page offers no actions on a closed item', async () => {
    installApi({
      'followUps:get': () => ok(item({ status: 'cancelled', cancelReason: 'Usaha sudah tutup', completedAt: '2026-11-28T02:00:00.000Z' })),
    });
    renderAt(<FollowUpDetailPage />, { path: '/tindak-lanjut/:id', route: `/tindak-lanjut/${FU_ID}` });
    expect(await screen.findByRole('heading', { name: TITLE })).toBeTruthy();
    expect(screen.getByText('Usaha sudah tutup')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tandai selesai' })).toBeNull();
  });

  it('adds a follow-up by hand to a chosen business, due today at 08.00 by default', async () => {
    const { invoke } = installApi({
      'businesses:list': () => ok({ rows: [summary(1, { id: SRI_ID, name: 'Kue Bu Sri', ownerName: 'Sri Wahyuni' })], total: 1, page: 1, pageSize: 10 }),
      'followUps:create': () => ok(item()),
    });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: 'Tambah tindak lanjut' }));
    const dialog = screen.getByRole('dialog', { name: 'Tambah tindak lanjut' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect(await within(dialog).findAllByText('Wajib diisi')).toHaveLength(1);
    expect(within(dialog).getByText('Pilih UMKM yang akan ditindaklanjuti')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('combobox', { name: /UMKM/ }));
    await userEvent.click(await within(dialog).findByRole('option', { name: /Kue Bu Sri/ }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Yang perlu ditindaklanjuti/ }), 'Cek kabar usaha');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan tindak lanjut' }));
    await waitFor(() => expect(calls(invoke, 'followUps:create')).toHaveLength(1));
    expect(calls(invoke, 'followUps:create')[0]).toMatchObject({ businessId: SRI_ID, title: 'Cek kabar usaha', dueTime: null, assignee: 'consultant' });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { INBOX_ID, calls, conflictDetail, conflictSummary, ok, setup } from './fixtures';

const inbox = { 'transfer:conflicts': () => ok({ total: 1, items: [conflictSummary] }) };
const atDetail = { path: '/ekspor/konflik/:id', route: `/ekspor/konflik/${INBOX_ID}` };

describe('Konflik', () => {
  it('lists each waiting record with its kind, the desk it came from, when, and the differing fields in words; the tab shows the count', async () => {
    setup(inbox, 'conflicts');
    const row = await screen.findByTestId('conflict-row');
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toBe('Kue Bu SriProfil UMKM');
    expect(cells[1]).toBe('BPN1');
    expect(cells[2]).toBe('28/11/2026 09.30');
    // Column names in words; a derived search key is left out; a column without words keeps its name.
    expect(within(row).getByText('Nama')).toBeTruthy();
    expect(within(row).getByText('Telepon pemilik')).toBeTruthy();
    expect(within(row).getByText('Alamat')).toBeTruthy();
    expect(within(row).getByText('NIK pemilik')).toBeTruthy();
    expect(within(row).getByText('sales_note_x')).toBeTruthy();
    expect(within(row).queryByText('name_key')).toBeNull();
    expect((await screen.findByTestId('conflicts-badge')).textContent).toBe('1');
    await userEvent.click(within(row).getByRole('link', { name: 'Putuskan konflik Kue Bu Sri' }));
    expect(screen.getByTestId('where').textContent).toBe(`/ekspor/konflik/${INBOX_ID}`);
  });

  it('says so when nothing waits, with no badge', async () => {
    setup({}, 'conflicts');
    expect((await screen.findByTestId('conflicts-empty')).textContent).toContain('Tidak ada konflik yang menunggu keputusan.');
    expect(screen.queryByTestId('conflicts-badge')).toBeNull();
  });

  it('shows both versions field by field, this desk chosen by default, and only this desk for a field that cannot come from the package', async () => {
    setup({ ...inbox, 'transfer:conflict': () => ok(conflictDetail) }, 'conflicts', atDetail);
    const detail = await screen.findByTestId('conflict-detail');
    expect(detail.textContent).toContain('Kue Bu Sri');
    const name = within(detail).getByRole('radiogroup', { name: 'Nama' });
    const here = within(name).getByRole('radio', { name: /Meja ini.*Kue Bu Sri \(Jl\. Pahlawan\)/ }) as HTMLInputElement;
    const incoming = within(name).getByRole('radio', { name: /Dari paket.*Kue Bu Sri Samarinda/ }) as HTMLInputElement;
    expect(here.checked).toBe(true);
    expect(incoming.checked).toBe(false);
    // An empty value is said in words.
    expect(within(within(detail).getByRole('radiogroup', { name: 'Alamat' })).getByRole('radio', { name: /Dari paket.*\(kosong\)/ })).toBeTruthy();
    // The NIK was left out of the package (or erased): only this desk's, with the reason.
    const nik = within(detail).getByRole('radiogroup', { name: 'NIK pemilik' });
    expect(within(nik).getAllByRole('radio')).toHaveLength(1);
    // Shown masked, as a NIK is everywhere but on its audited reveal.
    expect(nik.textContent).toContain('6472••••••••0004');
    expect(nik.textContent).not.toContain('6472015203850004');
    expect(within(nik).getByTestId('conflict-local-only').textContent).toContain('Hanya versi meja ini yang dapat dipakai');
    // A column without words keeps its name.
    expect(within(detail).getByRole('radiogroup', { name: 'sales_note_x' })).toBeTruthy();
  });

  it('writes stored values as a person reads them: codes in words, Rupiah, days, yes/no, deleted or not', async () => {
    const coded = {
      ...conflictDetail,
      fieldValues: [
        { column: 'sales_channels', local: '["toko","media_sosial"]', incoming: '["pasar"]', localOnly: false },
        { column: 'owner_gender', local: 'P', incoming: 'L', localOnly: false },
        { column: 'modal_usaha', local: '50000000', incoming: '75000000', localOnly: false },
        { column: 'pirt_expires_at', local: '2027-01-31', incoming: null, localOnly: false },
        { column: 'owner_phone_is_whatsapp', local: '1', incoming: '0', localOnly: false },
        { column: 'deleted_at', local: null, incoming: '2026-11-27T01:30:00.000Z', localOnly: false },
      ],
      fields: ['sales_channels', 'owner_gender', 'modal_usaha', 'pirt_expires_at', 'owner_phone_is_whatsapp', 'deleted_at'],
    };
    setup({ ...inbox, 'transfer:conflict': () => ok(coded) }, 'conflicts', atDetail);
    const detail = await screen.findByTestId('conflict-detail');
    const text = (group: string) => within(detail).getByRole('radiogroup', { name: group }).textContent;
    expect(text('Saluran penjualan')).toBe('Meja iniToko sendiri, Media sosialDari paketPasar');
    expect(text('Jenis kelamin pemilik')).toBe('Meja iniPerempuanDari paketLaki-laki');
    expect(text('Modal usaha')).toBe('Meja iniRp50.000.000Dari paketRp75.000.000');
    expect(text('P-IRT berlaku sampai')).toBe('Meja ini31/01/2027Dari paket(kosong)');
    expect(text('Telepon pemilik ada WhatsApp')).toBe('Meja iniYaDari paketTidak');
    expect(text('Status hapus')).toBe('Meja iniTidak dihapusDari paketDihapus 27/11/2026 09.30');
  });

  it('sends the choice field by field and goes back to the list', async () => {
    const { invoke } = setup(
      { ...inbox, 'transfer:conflict': () => ok(conflictDetail), 'transfer:resolveConflict': () => ok({ resolved: true, open: 0 }) },
      'conflicts',
      atDetail,
    );
    const detail = await screen.findByTestId('conflict-detail');
    await userEvent.click(within(within(detail).getByRole('radiogroup', { name: 'Nama' })).getByRole('radio', { name: /Dari paket/ }));
    await userEvent.click(within(within(detail).getByRole('radiogroup', { name: 'Alamat' })).getByRole('radio', { name: /Dari paket/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    await waitFor(() => expect(calls(invoke, 'transfer:resolveConflict')).toHaveLength(1));
    expect(calls(invoke, 'transfer:resolveConflict')[0]).toEqual({
      id: INBOX_ID,
      take: { name: 'incoming', owner_phone: 'local', address: 'incoming', owner_nik: 'local', sales_note_x: 'local' },
    });
    expect((await screen.findByTestId('where')).textContent).toBe('/ekspor/konflik');
  });

  it('takes every field it can from the package at once, never one that can only stay', async () => {
    const { invoke } = setup(
      { ...inbox, 'transfer:conflict': () => ok(conflictDetail), 'transfer:resolveConflict': () => ok({ resolved: true, open: 0 }) },
      'conflicts',
      atDetail,
    );
    await screen.findByTestId('conflict-detail');
    await userEvent.click(screen.getByRole('button', { name: 'Semua dari paket' }));
    await userEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    await waitFor(() => expect(calls(invoke, 'transfer:resolveConflict')).toHaveLength(1));
    expect(calls(invoke, 'transfer:resolveConflict')[0]!['take']).toEqual({
      name: 'incoming',
      owner_phone: 'incoming',
      address: 'incoming',
      owner_nik: 'local',
      sales_note_x: 'incoming',
    });
  });

  it('stays on the conflict and says why when the core refuses the decision', async () => {
    setup(
      {
        ...inbox,
        'transfer:conflict': () => ok(conflictDetail),
        'transfer:resolveConflict': () => ({
          ok: false,
          error: { code: 'CONFLICT', message: 'Konflik ini sudah diputuskan atau digantikan oleh versi yang lebih baru.', key: 'transfer.conflict.notOpen' },
        }),
      },
      'conflicts',
      atDetail,
    );
    await screen.findByTestId('conflict-detail');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Konflik ini sudah diputuskan');
    expect(screen.getByTestId('conflict-detail')).toBeTruthy();
  });
});

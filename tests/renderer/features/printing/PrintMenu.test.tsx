import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import { PrintMenu } from '../../../../src/renderer/src/features/printing';
import { installFakeApi, ok, renderUi } from '../../helpers';

const ID = '0b9d4c1e-2f3a-4b5c-8d6e-7f8091a2b3c4';

describe('PrintMenu', () => {
  beforeEach(() => notifications.clean());

  it('saves a summary as PDF through the core and says where it went', async () => {
    const api = installFakeApi({ 'print:consultation': () => ok({ status: 'saved', path: '/media/usb/Ringkasan.pdf', count: 1 }) });
    renderUi(<PrintMenu job={{ channel: 'print:consultation', input: { id: ID } }} label="Cetak ringkasan" />);
    await userEvent.click(screen.getByRole('button', { name: 'Cetak ringkasan' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Simpan sebagai PDF…' }));
    await waitFor(() => expect(api.invoke).toHaveBeenCalledWith('print:consultation', { id: ID, target: 'pdf' }));
    expect(await screen.findByText('PDF tersimpan di /media/usb/Ringkasan.pdf')).toBeTruthy();
  });

  it('sends a batch to the printer with the chosen range, after what must run first', async () => {
    const order: string[] = [];
    const api = installFakeApi({
      'print:batch': () => {
        order.push('print');
        return ok({ status: 'printed', path: null, count: 3 });
      },
    });
    renderUi(
      <PrintMenu
        job={{ channel: 'print:batch', input: { from: '2026-11-01', to: '2026-11-30' } }}
        before={async () => {
          order.push('before');
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cetak' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Cetak ke printer…' }));
    await waitFor(() => expect(api.invoke).toHaveBeenCalledWith('print:batch', { from: '2026-11-01', to: '2026-11-30', target: 'printer' }));
    expect(order).toEqual(['before', 'print']);
    expect(await screen.findByText('Dokumen dikirim ke printer.')).toBeTruthy();
  });

  it('says nothing when the consultant cancels the dialog, and shows the core’s error when printing fails', async () => {
    const api = installFakeApi({ 'print:businessSheet': () => ok({ status: 'cancelled', path: null, count: 0 }) });
    renderUi(<PrintMenu job={{ channel: 'print:businessSheet', input: { id: ID } }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cetak' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Simpan sebagai PDF…' }));
    await waitFor(() => expect(api.invoke).toHaveBeenCalledWith('print:businessSheet', { id: ID, target: 'pdf' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cetak' }).getAttribute('data-loading')).toBeNull());
    expect(screen.queryByText(/PDF tersimpan/)).toBeNull();

    installFakeApi({ 'print:businessSheet': () => ({ ok: false as const, error: { code: 'STORAGE' as const, message: 'Ruang penyimpanan penuh; PDF tidak tersimpan.' } }) });
    await userEvent.click(screen.getByRole('button', { name: 'Cetak' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Simpan sebagai PDF…' }));
    expect(await screen.findByText(/Ruang penyimpanan penuh/)).toBeTruthy();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { BusinessNewPage } from '../../../../src/renderer/src/features/businesses';
import { installApi, renderAt } from './fixtures';
import { calls } from '../../helpers';

const nameField = () => screen.getByRole('textbox', { name: /^Nama usaha/ });
const nikField = () => screen.getByRole('textbox', { name: /^NIK pemilik/ });
const formReady = () => screen.findByRole('textbox', { name: /^Nama usaha/ });
const question = () => screen.queryByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });

/** The form with a link elsewhere beside it, as the navbar is beside a page. */
const renderForm = () =>
  renderAt(
    <>
      <Link to="/pelatihan">Pelatihan</Link>
      <BusinessNewPage />
    </>,
    { path: '/umkm/baru' },
  );

describe('business profile form: nothing lost by a click', { timeout: 40_000 }, () => {
  it('Enter in a single-line field saves nothing', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi();
    renderForm();
    await formReady();
    await user.click(nameField());
    await user.paste('Kue Bu Sri');
    await user.keyboard('{Enter}');

    // No submit happened: it would have marked the empty required owner name, and saved nothing.
    expect(screen.getByRole('textbox', { name: /^Nama pemilik/ }).getAttribute('aria-invalid')).not.toBe('true');
    expect(calls(invoke, 'businesses:create')).toEqual([]);
    expect(screen.queryByTestId('elsewhere')).toBeNull();
  });

  it('a link elsewhere asks first; "Tetap di sini" keeps the typing, "Buang" leaves', async () => {
    const user = userEvent.setup();
    installApi();
    renderForm();
    await formReady();
    await user.click(nameField());
    await user.paste('Kue Bu Sri');

    await user.click(screen.getByRole('link', { name: 'Pelatihan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    // Staying is the default.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Tetap di sini' })));
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));
    expect(question()).toBeNull();
    expect(nameField()).toHaveProperty('value', 'Kue Bu Sri');
    expect(screen.queryByTestId('elsewhere')).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Pelatihan' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' })).getByRole('button', { name: 'Buang' }));
    expect(await screen.findByTestId('elsewhere')).toBeTruthy();
  });

  it('an untouched form leaves without asking', async () => {
    const user = userEvent.setup();
    installApi();
    renderForm();
    await formReady();
    await user.click(screen.getByRole('link', { name: 'Pelatihan' }));
    expect(await screen.findByTestId('elsewhere')).toBeTruthy();
    expect(question()).toBeNull();
  });

  it('"Batal" asks first and discards only on "Buang"', async () => {
    const user = userEvent.setup();
    installApi();
    renderForm();
    await formReady();
    await user.click(nameField());
    await user.paste('Kue Bu Sri');

    await user.click(screen.getByRole('button', { name: 'Batal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));
    expect(nameField()).toHaveProperty('value', 'Kue Bu Sri');
    expect(screen.queryByTestId('elsewhere')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Batal' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' })).getByRole('button', { name: 'Buang' }));
    expect(await screen.findByTestId('elsewhere')).toBeTruthy();
    // Leaving after "Buang" is not asked about a second time.
    expect(question()).toBeNull();
  });

  it('closing or reloading the window with unsaved typing is held back (beforeunload)', async () => {
    const user = userEvent.setup();
    installApi();
    renderForm();
    await formReady();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);

    await user.click(nameField());
    await user.paste('Kue Bu Sri');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });

  it('says a mistyped NIK is wrong as soon as the field is left, before Simpan', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi();
    renderForm();
    await formReady();
    await user.click(nikField());
    await user.paste('647201520390000');
    expect(screen.queryByText('NIK harus 16 digit')).toBeNull();
    await user.tab();

    expect(await screen.findByText('NIK harus 16 digit')).toBeTruthy();
    expect(nikField().getAttribute('aria-invalid')).toBe('true');
    expect(calls(invoke, 'businesses:create')).toEqual([]);
  });
});

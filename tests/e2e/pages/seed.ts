import type { Page } from '@playwright/test';
import type { Harness } from '../fixtures';

/** The PIN of the consultant every seeded desk starts with (its admin). */
export const DESK_PIN = '2468';

/** A desk that has been set up: office, desk code and one consultant (the admin, on duty). Returns their id. */
export async function seedDesk(harness: Harness, name = 'Siti Rahmawati'): Promise<string> {
  const session = await harness.invoke('session:firstRun', {
    officeName: 'Klinik Bisnis PLUT-KUMKM Kaltim',
    deskCode: 'SMD1',
    timeZone: 'Asia/Makassar',
    consultant: { name, nip: null, phone: '0812-3456-7890', pin: DESK_PIN },
  });
  return session.consultant!.id;
}

/**
 * Signs in on the lock screen as a person does: their name, then their PIN. Where the desk is
 * locked with that consultant on duty, only the PIN is asked for.
 */
export async function signIn(page: Page, name = 'Siti Rahmawati', pin = DESK_PIN): Promise<void> {
  const choose = page.getByRole('button', { name: `Masuk sebagai ${name}` });
  const pinField = page.getByRole('textbox', { name: 'PIN', exact: true });
  await choose.or(pinField).first().waitFor();
  if (await choose.isVisible()) await choose.click();
  await pinField.fill(pin);
  await pinField.press('Enter');
  await pinField.waitFor({ state: 'detached' });
}

import { expect, test } from './fixtures';
import { seedBusiness } from './pages/businesses.page';
import {
  FollowUpsPage,
  createFollowUp,
  getFollowUp,
  notifications,
  officeDay,
  officeZoneForNow,
  seedOffice,
  snoozeSeconds,
} from './pages/follow-ups.page';

const TITLE = 'Telepon pemilik soal pengajuan KUR';

test('a follow-up falling due notifies and turns overdue; snoozed it leaves Terlambat and fires again; done it is in Selesai and on the timeline', async ({ harness, app: page }) => {
  const zone = officeZoneForNow();
  await seedOffice(harness, zone);
  const business = await seedBusiness(harness);
  const item = await createFollowUp(harness, business.id, TITLE, officeDay(zone, 1));
  await page.reload();
  const screen = new FollowUpsPage(page);
  await screen.open();
  await expect(screen.tab('Terlambat')).toHaveAttribute('aria-selected', 'true');
  await expect(screen.row(TITLE)).toHaveCount(0);

  // Due in three seconds: the engine notifies, the page follows the events on its own.
  await snoozeSeconds(harness, item.id, 3);
  await expect.poll(async () => (await notifications(harness)).length, { timeout: 20_000 }).toBe(1);
  const [first] = await notifications(harness);
  expect(first?.route).toBe(`/tindak-lanjut/${item.id}`);
  expect(first?.body).toContain(TITLE);
  await expect(screen.row(TITLE)).toBeVisible();
  await expect(page).toHaveTitle('Klinik Bisnis — 1 terlambat');
  await expect(screen.navBadge()).toHaveText('1');
  await expect(page.getByRole('alert').filter({ hasText: 'Tindak lanjut jatuh tempo' })).toBeVisible();

  // Snoozed an hour from the screen: out of Terlambat, into Hari ini.
  await screen.snooze(TITLE, '1 jam');
  await expect(screen.row(TITLE)).toHaveCount(0);
  await expect(page).toHaveTitle('Klinik Bisnis');
  await expect(screen.navBadge()).toHaveCount(0);
  await screen.showTab('Hari ini');
  await expect(screen.row(TITLE)).toContainText('Ditunda s.d.');
  expect((await getFollowUp(harness, item.id)).snoozedUntil).not.toBeNull();

  // Snoozed again until a few seconds from now: it fires a second time.
  await snoozeSeconds(harness, item.id, 3);
  await expect.poll(async () => (await notifications(harness)).length, { timeout: 20_000 }).toBe(2);
  await screen.showTab('Terlambat');
  await expect(screen.row(TITLE)).toBeVisible();

  // Done with an outcome: it moves to Selesai and onto the business timeline.
  const outcome = 'Pemilik sudah mengajukan KUR ke BRI Unit Palaran, menunggu survei.';
  await screen.submitDone(await screen.openDone(TITLE), outcome);
  await expect(screen.row(TITLE)).toHaveCount(0);
  await screen.showTab('Selesai');
  await expect(screen.row(TITLE)).toContainText(outcome);
  const stored = await getFollowUp(harness, item.id);
  expect(stored.status).toBe('done');
  expect(stored.outcome).toBe(outcome);

  await screen.row(TITLE).getByRole('link', { name: business.name }).click();
  const entry = page.getByTestId('timeline-follow_up').filter({ hasText: TITLE });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Selesai');
});

test('bad input is refused with clear Indonesian messages and changes nothing', async ({ harness, app: page }) => {
  const zone = officeZoneForNow();
  await seedOffice(harness, zone);
  const business = await seedBusiness(harness);
  const item = await createFollowUp(harness, business.id, TITLE, officeDay(zone, 1));
  const before = await getFollowUp(harness, item.id);
  await page.goto(`${harness.url}#/tindak-lanjut/${item.id}`);
  const screen = new FollowUpsPage(page);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  // A snooze into the past: 00:00 today, office time (the zone was chosen so that it has passed).
  await screen.snooze(TITLE, 'Pilih tanggal & jam…');
  const today = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }).format(new Date());
  const snoozeDialog = await screen.pickSnooze(today, '00', '00');
  await expect(snoozeDialog.getByText('Waktu tunda harus di masa depan')).toBeVisible();
  expect(await getFollowUp(harness, item.id)).toEqual(before);
  // A time was picked: Batal asks before throwing it away.
  await snoozeDialog.getByRole('button', { name: 'Batal' }).click();
  await page.getByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' }).getByRole('button', { name: 'Buang' }).click();
  await expect(snoozeDialog).toBeHidden();

  // An outcome over 1.000 characters.
  const doneDialog = await screen.openDone();
  await screen.submitDone(doneDialog, 'a'.repeat(1001));
  await expect(doneDialog.getByText('Hasil tindak lanjut paling banyak 1.000 karakter')).toBeVisible();
  await expect(doneDialog.getByTestId('outcome-counter')).toHaveText('1.001 / 1.000 karakter');
  expect(await getFollowUp(harness, item.id)).toEqual(before);
  await doneDialog.getByRole('button', { name: 'Batal' }).click();
  await page.getByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' }).getByRole('button', { name: 'Buang' }).click();
  await expect(doneDialog).toBeHidden();

  // Completing an item that was cancelled while the dialog was open: refused, still cancelled.
  const again = await screen.openDone();
  const cancelled = await harness.invoke('followUps:cancel', { id: item.id, reason: 'Usaha sudah tutup' });
  await screen.submitDone(again, 'Sudah ditelepon');
  await expect(page.getByRole('alert').filter({ hasText: 'Tindak lanjut yang sudah dibatalkan tidak dapat diselesaikan.' })).toBeVisible();
  const after = await getFollowUp(harness, item.id);
  expect(after.status).toBe('cancelled');
  expect(after.outcome).toBeNull();
  expect((after as unknown as { updatedAt: string }).updatedAt).toBe(cancelled.updatedAt);
});

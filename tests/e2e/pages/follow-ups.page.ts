import { expect, type Locator, type Page } from '@playwright/test';
import { addDays } from '../../../src/shared/domain/dates';
import { zonedParts } from '../../../src/shared/domain/zoned';
import type { TIME_ZONES } from '../../../src/shared/contract';
import type { Harness } from '../fixtures';
import { DESK_PIN } from './seed';

type OfficeZone = (typeof TIME_ZONES)[number];

export interface FollowUp {
  id: string;
  title: string;
  status: 'open' | 'done' | 'cancelled';
  snoozedUntil: string | null;
  effectiveAt: string;
  outcome: string | null;
}

export interface Notification {
  title: string;
  body: string;
  route?: string;
}

/**
 * An office zone (WIB, WITA or WIT) whose clock now reads between 01:00 and 21:59: "in an hour"
 * stays today, and a time earlier today exists, whenever the test runs.
 */
export function officeZoneForNow(now: Date = new Date()): OfficeZone {
  const zones: OfficeZone[] = ['Asia/Makassar', 'Asia/Jakarta', 'Asia/Jayapura'];
  return zones.find((zone) => {
    const hour = Number(zonedParts(now, zone).time.slice(0, 2));
    return hour >= 1 && hour < 22;
  })!;
}

/** First run with the chosen office zone; returns the consultant on duty. */
export async function seedOffice(harness: Harness, timeZone: OfficeZone): Promise<string> {
  const session = await harness.invoke('session:firstRun', {
    officeName: 'Klinik Bisnis PLUT-KUMKM Kaltim',
    deskCode: 'SMD1',
    timeZone,
    consultant: { name: 'Siti Rahmawati', nip: null, phone: '0812-3456-7890', pin: DESK_PIN },
  });
  return session.consultant!.id;
}

/** The office's calendar day, `days` from today. */
export function officeDay(timeZone: string, days = 0): string {
  return addDays(zonedParts(new Date(), timeZone).date, days);
}

export async function createFollowUp(harness: Harness, businessId: string, title: string, dueDate: string): Promise<FollowUp> {
  return harness.invoke('followUps:create', { businessId, title, dueDate, dueTime: '09:00', assignee: 'consultant' });
}

/** Snoozes through the core until a few seconds from now, so the reminder falls due during the test. */
export async function snoozeSeconds(harness: Harness, id: string, seconds: number): Promise<FollowUp> {
  return harness.invoke('followUps:snooze', { id, until: new Date(Date.now() + seconds * 1000).toISOString() });
}

export async function notifications(harness: Harness): Promise<Notification[]> {
  return ((await harness.state())['notifications'] ?? []) as Notification[];
}

export async function getFollowUp(harness: Harness, id: string): Promise<FollowUp> {
  return harness.invoke('followUps:get', { id });
}

/** Tindak Lanjut, driven by the Indonesian labels a consultant reads. */
export class FollowUpsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: /Tindak Lanjut/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Tindak Lanjut', level: 1 })).toBeVisible();
  }

  tab(name: 'Terlambat' | 'Hari ini' | 'Minggu ini' | 'Nanti' | 'Selesai'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async showTab(name: 'Terlambat' | 'Hari ini' | 'Minggu ini' | 'Nanti' | 'Selesai'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Daftar tindak lanjut' });
  }

  row(title: string): Locator {
    return this.table().getByRole('row').filter({ hasText: title });
  }

  async snooze(title: string, choice: '1 jam' | 'Besok 08.00' | 'Minggu depan' | 'Pilih tanggal & jam…'): Promise<void> {
    await this.page.getByRole('button', { name: `Tunda: ${title}` }).click();
    await this.page.getByRole('menuitem', { name: choice }).click();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Opens "Tandai selesai" from a row (`Selesai: …`) or from the detail page. */
  async openDone(title?: string): Promise<Locator> {
    if (title) await this.page.getByRole('button', { name: `Selesai: ${title}` }).click();
    else await this.page.getByRole('button', { name: 'Tandai selesai' }).click();
    const dialog = this.dialog('Tandai selesai');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async submitDone(dialog: Locator, outcome: string): Promise<void> {
    await dialog.getByRole('textbox', { name: /Hasil tindak lanjut/ }).fill(outcome);
    await dialog.getByRole('button', { name: 'Simpan sebagai selesai' }).click();
  }

  /** In "Tunda sampai": picks an office day (`D MMMM YYYY`, e.g. `29 November 2026`) and a time. */
  async pickSnooze(dayLabel: string, hours: string, minutes: string): Promise<Locator> {
    const dialog = this.dialog('Tunda sampai');
    await dialog.getByRole('button', { name: /Tanggal & jam/ }).click();
    await this.page.getByRole('button', { name: dayLabel, exact: true }).click();
    await this.page.getByRole('spinbutton', { name: 'Jam', exact: true }).fill(hours);
    await this.page.getByRole('spinbutton', { name: 'Menit', exact: true }).fill(minutes);
    await this.page.getByRole('button', { name: 'Pakai tanggal & jam ini' }).click();
    await dialog.getByRole('button', { name: 'Tunda', exact: true }).click();
    return dialog;
  }

  navBadge(): Locator {
    return this.page.getByTestId('nav-overdue-badge');
  }
}

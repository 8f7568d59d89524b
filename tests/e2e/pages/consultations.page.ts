import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Input } from '../../../src/shared/contract';
import type { Harness } from '../fixtures';

/** `YYYY-MM-DD` in the office's zone (WITA), `days` from today. */
export function officeDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `2026-12-05` -> `05/12/2026`, as the date fields are typed and shown. */
export function typed(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export const NUMBER = /^KB\/SMD1\/\d{4}\/\d{2}\/\d{4}$/;

/** Formulir konsultasi and its neighbours, driven by the Indonesian labels a consultant reads. */
export class ConsultationsPage {
  constructor(private readonly page: Page) {}

  async openNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Konsultasi', exact: true }).click();
    await this.page.getByRole('link', { name: 'Konsultasi baru' }).click();
    await expect(this.page.getByRole('heading', { name: 'Konsultasi baru' })).toBeVisible();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Formulir konsultasi' });
  }

  text(label: string | RegExp): Locator {
    return this.form().getByRole('textbox', { name: label });
  }

  business(): Locator {
    return this.form().getByRole('combobox', { name: 'UMKM', exact: true });
  }

  /**
   * Searches and picks a business. The options are re-rendered when the debounced search answers; a
   * click that lands on an option as it is replaced picks nothing, so the search is typed again then.
   */
  async pickBusiness(search: string, name: string): Promise<void> {
    await expect(async () => {
      if ((await this.business().inputValue()) !== name) {
        await this.business().fill(search);
        await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click({ timeout: 5_000 });
      }
      await expect(this.business()).toHaveValue(name, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }

  consultants(): Locator {
    return this.form().getByRole('combobox', { name: 'Konsultan', exact: true });
  }

  /** A chosen consultant, shown as a pill in the "Konsultan" field. */
  consultantPill(name: string): Locator {
    return this.form().locator('.mantine-Pill-root', { hasText: name });
  }

  async setDate(label: string | RegExp, iso: string): Promise<void> {
    const field = this.text(label);
    await field.fill(typed(iso));
    await field.press('Tab');
  }

  area(name: string): Locator {
    return this.form().getByRole('checkbox', { name, exact: true });
  }

  channel(name: string): Locator {
    return this.form().getByRole('radio', { name, exact: true });
  }

  select(label: string): Locator {
    return this.form().getByRole('combobox', { name: label, exact: true });
  }

  async addActionItem(n: number, what: string, who: 'Usaha' | 'Konsultan', dueIso: string): Promise<void> {
    await this.form().getByRole('button', { name: 'Tambah tindakan' }).click();
    await this.text(`Tindakan ${n}`).fill(what);
    await this.select(`Pelaksana ${n}`).selectOption({ label: who });
    await this.setDate(`Tenggat ${n}`, dueIso);
  }

  draftStatus(): Locator {
    return this.page.getByTestId('draft-status');
  }

  async waitSaved(): Promise<void> {
    await expect(this.draftStatus()).toHaveAttribute('data-state', 'saved');
    await expect(this.draftStatus()).toHaveText(/^Draf tersimpan pukul \d{2}\.\d{2}$/);
  }

  finalize(): Locator {
    return this.page.getByRole('button', { name: 'Finalisasi', exact: true });
  }

  finalizeDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Finalisasi konsultasi ini?' });
  }

  /** "Finalisasi", then "Ya, finalisasi" in the confirmation that shows what will be locked. */
  async finalizeAndConfirm(): Promise<void> {
    await this.finalize().click();
    await this.finalizeDialog().getByRole('button', { name: 'Ya, finalisasi' }).click();
  }

  number(): Locator {
    return this.page.getByTestId('consultation-number');
  }

  /** Whether an input is marked invalid, and the message under it. */
  async expectError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(this.form().getByText(message, { exact: true })).toBeVisible();
  }
}

/** What a finished form sends, both as its last draft and to finalise. */
type Values = Input<'consultations:saveDraft'>['values'] & Input<'consultations:finalize'>['values'];

/** A finalised consultation made through the contract, as the form would send it. */
export async function seedConsultation(harness: Harness, businessId: string, consultantId: string, overrides: Partial<Values> = {}) {
  const id = randomUUID();
  const values: Values = {
    businessId,
    consultantIds: [consultantId],
    date: officeDay(0),
    startTime: '09:30',
    contactMinutes: 45,
    prepMinutes: 10,
    channel: 'datang_langsung',
    serviceAreas: ['legalitas'],
    complaint: 'Belum punya izin P-IRT.',
    diagnosis: '',
    advice: 'Daftar P-IRT ke Dinas Kesehatan.',
    referrals: [],
    actionItems: [{ id: randomUUID(), what: 'Daftar P-IRT', who: 'business', dueDate: officeDay(7) }],
    ...overrides,
  };
  await harness.invoke('consultations:saveDraft', { id, values });
  return harness.invoke('consultations:finalize', { id, values });
}

import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { expect, type Locator, type Page } from '@playwright/test';

/** `2026-12-05` -> `05/12/2026`, as the date fields are typed and shown. */
export function typedDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Today in the office's zone (WITA), `YYYY-MM-DD`. */
export function officeToday(timeZone = 'Asia/Makassar'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

/**
 * A participants sheet as it arrives from a partner: split names, phones written four ways (one
 * turned into a number by Excel), a blank row, the same person twice, a row without a gender,
 * one calon wirausaha and people who run a business.
 */
export async function writeMessySheet(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Peserta');
  sheet.addRow(['Nama Depan', 'Nama Belakang', 'JK', 'Umur', 'No HP', 'Punya usaha', 'Nama Usaha']);
  sheet.addRow(['Ani', 'Lestari', 'P', 24, '0812-3456-1001', 'tidak', '']);
  sheet.addRow(['Budi', 'Santoso', 'L', 35, '+62 813 5500 7702', 'ya', 'Sablon Budi']);
  sheet.addRow([]);
  sheet.addRow(['ANI', 'LESTARI', 'P', 24, '+62 812-3456-1001', 'tidak', '']);
  sheet.addRow(['Citra', 'Dewi', '', 17, 85312345678, 'ya', 'Kaos Citra']);
  sheet.addRow(['Sri', 'Wahyuni', 'perempuan', 36, 'HP: 0812 3456 7890', 'ya', 'Kue Bu Sri']);
  await book.xlsx.writeFile(path);
}

/** The text of a PDF (`pdftotext -layout`). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Page count and page size in whole points (A4 is 595 x 842), from poppler's `pdfinfo`. */
export function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0'),
    width: Math.round(Number(size?.[1] ?? 0)),
    height: Math.round(Number(size?.[2] ?? 0)),
  };
}

/** Pelatihan: list, form, detail, import wizard and attendance, driven by the Indonesian labels. */
export class TrainingsPage {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pelatihan', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Pelatihan', exact: true })).toBeVisible();
  }

  async openNew(): Promise<void> {
    await this.openList();
    await this.page.getByRole('link', { name: 'Pelatihan baru' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Pelatihan baru' })).toBeVisible();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Formulir pelatihan' });
  }

  text(label: RegExp): Locator {
    return this.form().getByRole('textbox', { name: label });
  }

  async choose(label: RegExp, option: string): Promise<void> {
    await this.form().getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(this.form().getByRole('combobox', { name: label })).toHaveValue(option);
  }

  async setDate(label: RegExp, iso: string): Promise<void> {
    const field = this.text(label);
    await field.fill(typedDay(iso));
    await field.press('Tab');
    await expect(field).toHaveValue(typedDay(iso));
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Simpan pelatihan' }).click();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Daftar pelatihan' });
  }

  participants(): Locator {
    return this.page.getByRole('table', { name: 'Daftar peserta' });
  }

  participantRow(name: string): Locator {
    return this.participants().getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  async showTab(name: RegExp): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Impor peserta dari Excel/CSV' });
  }

  attendanceGrid(): Locator {
    return this.page.getByRole('table', { name: 'Kehadiran per hari' });
  }

  present(name: string, iso: string): Locator {
    return this.attendanceGrid().getByRole('checkbox', { name: `${name} hadir ${typedDay(iso)}` });
  }
}

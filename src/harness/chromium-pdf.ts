import type { Browser } from 'playwright-core';
import type { PdfOptions } from '../main/platform';

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere, an empty value uses Playwright's own. */
export function chromiumPath(): string | undefined {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured === '') return undefined;
  return configured ?? '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser: Promise<Browser> | null = null;

async function sharedBrowser(): Promise<Browser> {
  if (!browser) {
    const { chromium } = await import('playwright-core');
    browser = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }
  return browser;
}

/** The harness's print-to-PDF port: Chromium's own PDF printing, as Electron's printToPDF uses. */
export async function printHtmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const page = await (await sharedBrowser()).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', landscape: options.landscape ?? false, printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

export async function closePdfBrowser(): Promise<void> {
  if (browser) {
    const b = await browser;
    browser = null;
    await b.close();
  }
}

import type { PrintingCatalogue } from './id';

export const printingEn: PrintingCatalogue = {
  print: 'Print',
  printMenu: 'Print options',
  toPrinter: 'Print…',
  toPdf: 'Save as PDF…',
  printed: 'Sent to the printer.',
  saved: 'PDF saved to {{path}}',
  summary: 'Print summary',
  draftSummary: 'Print draft',
  sheet: 'Print profile',
  batch: 'Print all summaries',
};

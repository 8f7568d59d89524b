import type { PrintingCatalogue } from './id';

export const printingEn: PrintingCatalogue = {
  print: 'Print',
  printMenu: 'Print options',
  toPrinter: 'Print…',
  toPdf: 'Save as PDF…',
  printing: 'Preparing the document…',
  printed: 'Sent to the printer.',
  saved: 'PDF saved to {{path}}',
  summary: 'Print summary',
  draftSummary: 'Print draft',
  sheet: 'Print profile',
  batch: 'Print all summaries',
  batchHint: 'Every finalised consultation in the chosen date range, in one document.',
  batchBusiness: 'Print all summaries of this business',
};

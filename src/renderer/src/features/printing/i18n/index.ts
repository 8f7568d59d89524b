export { printingId, type PrintingCatalogue } from './id';
export { printingEn } from './en';

export { PrintMenu, type PrintJob } from './PrintMenu';
export { printingEn, printingId } from './i18n';

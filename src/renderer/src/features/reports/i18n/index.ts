export { reportsId, type ReportsCatalogue } from './id';
export { reportsEn } from './en';

export { ReportsPage } from './ReportsPage';
export { reportsEn, reportsId } from './i18n';

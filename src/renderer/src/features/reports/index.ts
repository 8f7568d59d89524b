export { ReportsPage } from './ReportsPage';
export { reportsEn, reportsId } from './i18n';
export { Figure, RegencyFilter } from './parts';

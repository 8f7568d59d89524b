export { dashboardId, type DashboardCatalogue } from './id';
export { dashboardEn } from './en';

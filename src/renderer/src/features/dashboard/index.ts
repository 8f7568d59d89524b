export { DashboardPanel } from './DashboardPanel';
export { dashboardEn, dashboardId } from './i18n';

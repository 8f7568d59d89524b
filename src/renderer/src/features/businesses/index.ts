export { BusinessListPage } from './list/BusinessListPage';
export { BusinessNewPage } from './form/BusinessNewPage';
export { BusinessEditPage } from './form/BusinessEditPage';
export { BusinessDetailPage } from './detail/BusinessDetailPage';
export { businessesEn, businessesId } from './i18n';

export { BusinessListPage } from './list/BusinessListPage';
export { BusinessNewPage } from './form/BusinessNewPage';
export { BusinessEditPage } from './form/BusinessEditPage';
export { BusinessDetailPage } from './detail/BusinessDetailPage';
export { businessesEn, businessesId } from './i18n';
// Pieces other features reuse: a profile made in a dialog (intake, training participants), the delete confirmation.
export { BusinessFields } from './form/BusinessFields';
export { QuickBusinessForm } from './form/QuickBusinessForm';
export { emptyValues, toProfile, type BusinessFormValues } from './form/form-values';
export { renderWithHints, useBusinessOptions } from './use-business-options';

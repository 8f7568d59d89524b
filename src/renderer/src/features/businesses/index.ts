export { BusinessListPage } from './list/BusinessListPage';
export { BusinessNewPage } from './form/BusinessNewPage';
export { BusinessEditPage } from './form/BusinessEditPage';
export { BusinessDetailPage } from './detail/BusinessDetailPage';
export { businessesEn, businessesId } from './i18n';
// Pieces the consultation form reuses to create a walk-in's profile without leaving the intake.
export { BusinessFields } from './form/BusinessFields';
export { DateField } from './form/DateField';
export { DuplicateAside } from './form/DuplicateAside';
export { QuickBusinessForm } from './form/QuickBusinessForm';
export { emptyValues, toProfile, type BusinessFormValues } from './form/form-values';
export { onFormFields } from './form/submit-errors';
export { useRegions } from './use-regions';
export { useBusinessOptions } from './use-business-options';

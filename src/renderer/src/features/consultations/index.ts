export { NewConsultationPage } from './form/NewConsultationPage';
export { AmendPage as ConsultationAmendPage } from './form/AmendPage';
export { ConsultationPage } from './ConsultationPage';
export { ConsultationsPage } from './list/ConsultationsPage';
export { DraftsNotice } from './list/DraftsNotice';
export { consultationsEn, consultationsId } from './i18n';

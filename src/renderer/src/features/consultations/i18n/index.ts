export { consultationsId, type ConsultationsCatalogue } from './id';
export { consultationsEn } from './en';

export { trainingsId, type TrainingsCatalogue } from './id';
export { trainingsEn } from './en';

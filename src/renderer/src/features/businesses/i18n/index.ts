export { businessesId, type BusinessesCatalogue } from './id';
export { businessesEn } from './en';

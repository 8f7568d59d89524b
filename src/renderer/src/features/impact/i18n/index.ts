export { impactId, type ImpactCatalogue } from './id';
export { impactEn } from './en';

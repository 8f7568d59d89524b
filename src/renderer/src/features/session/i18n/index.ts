export { lockId, type LockCatalogue } from './id';
export { lockEn } from './en';

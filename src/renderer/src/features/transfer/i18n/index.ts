export { transferId, type TransferCatalogue } from './id';
export { transferEn } from './en';

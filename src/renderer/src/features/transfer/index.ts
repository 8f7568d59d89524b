export { TransferPage, type TransferTab } from './TransferPage';
export { transferEn, transferId } from './i18n';

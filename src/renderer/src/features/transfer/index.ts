export { TransferPage } from './TransferPage';
export { transferEn, transferId } from './i18n';

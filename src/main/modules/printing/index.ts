export { PrintService } from './print.service';
export { printHandlers } from './print.handlers';

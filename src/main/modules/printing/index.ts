export { PrintService } from './print.service';
export { printHandlers } from './print.handlers';
export { esc, htmlDocument, letterhead, longDateTime } from './document';
export { printText } from './print.text';

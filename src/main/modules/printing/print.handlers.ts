import type { printingContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { PrintService } from './print.service';

export function printHandlers(print: PrintService): Pick<Handlers, keyof typeof printingContract> {
  return {
    'print:consultation': ({ id, target }) => print.printConsultation(id, target),
    'print:businessSheet': ({ id, target }) => print.printBusinessSheet(id, target),
    'print:batch': (q) => print.printBatch(q),
  };
}

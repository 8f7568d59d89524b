export { ConsultantService, toConsultantDto, type PinCheck } from './consultant.service';
export { consultantHandlers } from './consultant.handlers';
export { writeTransferredConsultant } from './consultant.transfer.queries';

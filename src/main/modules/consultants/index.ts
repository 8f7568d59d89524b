export { ConsultantService, toConsultantDto } from './consultant.service';
export { consultantHandlers } from './consultant.handlers';
export { writeTransferredConsultant } from './consultant.transfer.queries';

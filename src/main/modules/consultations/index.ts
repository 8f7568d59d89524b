export { ConsultationService } from './consultation.service';
export { consultationHandlers } from './consultation.handlers';
export { writeTransferredConsultation, writeTransferredRevision } from './consultation.transfer.queries';
export { eraseConsultationNarrative } from './consultation.queries';

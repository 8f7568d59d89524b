export { ConsultationService } from './consultation.service';
export { consultationHandlers } from './consultation.handlers';

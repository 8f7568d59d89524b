export { TrainingService } from './training.service';
export { ParticipantService } from './participant.service';
export { insertParticipant } from './participant.store';
export { trainingHandlers } from './training.handlers';

export { TrainingService } from './training.service';
export { ParticipantService } from './participant.service';
export { trainingHandlers } from './training.handlers';
export { businessTookPart } from './participant.queries';

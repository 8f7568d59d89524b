export { TrainingService } from './training.service';
export { ParticipantService } from './participant.service';
export { trainingHandlers } from './training.handlers';
export { businessTookPart } from './participant.queries';
export { writeTransferredAttendance, writeTransferredParticipant, writeTransferredTraining } from './training.transfer.queries';

export { TrainingService } from './training.service';
export { ParticipantService } from './participant.service';
export { trainingHandlers } from './training.handlers';
export { businessTookPart } from './participant.queries';
// The privacy module's reach into participants: the restriction flag and finding a data subject.
export {
  anyRestrictedParticipants,
  findParticipant,
  restrictedParticipants,
  searchParticipantsByName,
  setParticipantRestricted,
} from './participant.queries';
export { participantErasure, removeTransferredAttendance, writeTransferredAttendance, writeTransferredParticipant, writeTransferredTraining } from './training.transfer.queries';

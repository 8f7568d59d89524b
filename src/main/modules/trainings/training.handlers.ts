import type { trainingsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { ParticipantImporter } from './participant-import';
import type { TrainingService } from './training.service';

export function trainingHandlers(trainings: TrainingService, importer: ParticipantImporter): Pick<Handlers, keyof typeof trainingsContract> {
  const participants = trainings.participants;
  return {
    'trainings:list': (q) => trainings.list(q),
    'trainings:get': ({ id }) => trainings.get(id),
    'trainings:create': (input) => trainings.create(input),
    'trainings:update': (input) => trainings.update(input),
    'trainings:delete': ({ id }) => trainings.setDeleted(id, true),
    'trainings:restore': ({ id }) => trainings.setDeleted(id, false),
    'participants:list': ({ trainingId }) => participants.list(trainingId),
    'participants:add': (input) => participants.add(input),
    'participants:update': (input) => participants.update(input),
    'participants:remove': ({ id }) => participants.remove(id),
    'participants:revealPhone': ({ id }) => participants.revealPhone(id),
    'participants:erasePersonalData': ({ id, reason }) => participants.erasePersonalData(id, reason),
    'participants:setAttendance': (input) => participants.setAttendance(input),
    'participants:convert': (input) => participants.convert(input),
    'participants:link': (input) => participants.link(input),
    'participants:scheduleCheckIns': (input) => participants.scheduleCheckIns(input),
    'participants:importOpen': (input) => importer.open(input),
    'participants:importPreview': (input) => importer.preview(input),
    'participants:importCommit': (input) => importer.commit(input),
  };
}

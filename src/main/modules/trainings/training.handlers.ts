import type { trainingsContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../ipc/handlers';
import type { TrainingService } from './training.service';

const pending = () => {
  throw new AppError('INTERNAL', 'Belum tersedia.');
};

export function trainingHandlers(_trainings: TrainingService): Pick<Handlers, keyof typeof trainingsContract> {
  return {
    'trainings:list': pending,
    'trainings:get': pending,
    'trainings:create': pending,
    'trainings:update': pending,
    'trainings:delete': pending,
    'trainings:restore': pending,
    'participants:list': pending,
    'participants:add': pending,
    'participants:update': pending,
    'participants:remove': pending,
    'participants:revealPhone': pending,
    'participants:setAttendance': pending,
    'participants:convert': pending,
    'participants:link': pending,
    'participants:scheduleCheckIns': pending,
    'participants:importOpen': pending,
    'participants:importPreview': pending,
    'participants:importCommit': pending,
  };
}

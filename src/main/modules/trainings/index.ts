export { TrainingService } from './training.service';
export { trainingHandlers } from './training.handlers';

export { TrainingListPage } from './list/TrainingListPage';
export { TrainingEditPage, TrainingNewPage } from './form/TrainingPages';
export { TrainingDetailPage } from './detail/TrainingDetailPage';
export { trainingsEn, trainingsId } from './i18n';

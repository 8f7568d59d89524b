export { ImpactService } from './impact.service';
export { impactHandlers } from './impact.handlers';

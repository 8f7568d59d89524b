export { ImpactService } from './impact.service';
export { impactHandlers } from './impact.handlers';
export { writeTransferredMilestone } from './impact.transfer.queries';

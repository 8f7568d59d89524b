export { RegionService } from './region.service';
export { regionHandlers } from './region.handlers';
export { regionsAtLevel } from './region.queries';

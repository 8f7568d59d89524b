export { RegionService } from './region.service';
export { regionHandlers } from './region.handlers';

import type { CoreDeps } from '../../context';
import type { AuditService } from '../audit/audit.service';
import type { BusinessService } from '../businesses';

/** Impact milestones per business, each dated, credited where possible and with its evidence. */
export class ImpactService {
  constructor(
    readonly deps: CoreDeps,
    readonly audit: AuditService,
    readonly businesses: BusinessService,
  ) {}
}

import type {
  ConsultationDetail,
  ConsultationDraftValues,
  ConsultationValues,
  DraftSummary,
  HoursRow,
  Output,
  ParsedInput,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { AuditService } from '../audit/audit.service';
import type { BusinessService } from '../businesses';
import type { RegionService } from '../regions/region.service';
import type { SettingsService } from '../settings/settings.service';

const notYet = () => new AppError('INTERNAL', 'Fitur konsultasi belum tersedia.');

export class ConsultationService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly businesses: BusinessService,
    private readonly regions: RegionService,
    private readonly settings: SettingsService,
  ) {}

  async saveDraft(_id: string, _values: ConsultationDraftValues): Promise<{ id: string; updatedAt: string }> {
    throw notYet();
  }

  async drafts(_businessId?: string): Promise<DraftSummary[]> {
    return [];
  }

  async discardDraft(_id: string): Promise<void> {
    throw notYet();
  }

  async finalize(_id: string, _values: ConsultationValues): Promise<ConsultationDetail> {
    throw notYet();
  }

  async amend(_input: ParsedInput<'consultations:amend'>): Promise<ConsultationDetail> {
    throw notYet();
  }

  async get(_id: string): Promise<ConsultationDetail> {
    throw new AppError('NOT_FOUND', 'Konsultasi tidak ditemukan.');
  }

  async list(q: ParsedInput<'consultations:list'>): Promise<Output<'consultations:list'>> {
    return { rows: [], total: 0, page: q.page, pageSize: q.pageSize, totalContactMinutes: 0 };
  }

  async hours(_q: ParsedInput<'consultations:hours'>): Promise<HoursRow[]> {
    return [];
  }
}

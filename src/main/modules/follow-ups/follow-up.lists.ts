import { AGENDA_MAX_DAYS, type FollowUpCounts, type FollowUpItem, type ParsedInput, type TimelineEntry } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import { zonedInstant } from '../../../shared/domain/zoned';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { agendaRows, bucketPage, countBucket, countOpenBuckets, type Filters } from './follow-up.lists.queries';
import { toFollowUpItem } from './follow-up.mapper';
import { followUpRow, followUpRowsOfBusiness, followUpRowsOfConsultation, openRowsOfBusiness, type FollowUpSqlRow } from './follow-up.queries';
import { bucketBounds } from './follow-up.schedule';

/** Reading follow-ups: one, a consultation's or a business's, the tabs and their counts, the agenda. */
export class FollowUpLists {
  constructor(
    private readonly deps: CoreDeps,
    private readonly settings: SettingsService,
    private readonly regions: RegionService,
  ) {}

  private get db() {
    return this.deps.ds.manager;
  }

  private items(rows: FollowUpSqlRow[]): Promise<FollowUpItem[]> {
    return Promise.all(rows.map((r) => toFollowUpItem(r, this.regions)));
  }

  async get(id: string, db = this.db): Promise<FollowUpItem> {
    const row = await followUpRow(db, id);
    if (!row) throw new AppError('NOT_FOUND', 'followUps.notFound');
    return toFollowUpItem(row, this.regions);
  }

  /** Follow-ups of one consultation, by due date; for the consultation's own page. */
  async forConsultation(consultationId: string): Promise<FollowUpItem[]> {
    return this.items(await followUpRowsOfConsultation(this.db, consultationId));
  }

  /** A business's open follow-ups, soonest first; for its profile sheet. */
  async openForBusiness(businessId: string, limit: number): Promise<FollowUpItem[]> {
    return this.items(await openRowsOfBusiness(this.db, businessId, limit));
  }

  /** The business timeline's follow-ups, at the moment each was made. */
  async timeline(businessId: string): Promise<TimelineEntry[]> {
    return (await this.items(await followUpRowsOfBusiness(this.db, businessId))).map((f) => ({
      at: f.createdAt,
      kind: 'follow_up',
      actorName: f.consultantName,
      detail: {
        followUpId: f.id,
        title: f.title,
        dueDate: f.dueDate,
        status: f.status,
        assignee: f.assignee,
        consultationId: f.consultationId,
        consultationNumber: f.consultationNumber,
      },
    }));
  }

  private async bounds() {
    return bucketBounds(this.deps.clock(), await this.settings.timeZone());
  }

  /** The four open tabs' counts, under the list's filters. */
  async counts(q: Filters = {}): Promise<FollowUpCounts> {
    return countOpenBuckets(this.db, await this.bounds(), q);
  }

  async list(q: ParsedInput<'followUps:list'>): Promise<{ rows: FollowUpItem[]; total: number }> {
    const b = await this.bounds();
    const rows = await bucketPage(this.db, q.bucket, b, q, q.page, q.pageSize);
    return { rows: await this.items(rows), total: await countBucket(this.db, q.bucket, b, q) };
  }

  async agenda(q: ParsedInput<'followUps:agenda'>): Promise<FollowUpItem[]> {
    const zone = await this.settings.timeZone();
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days > AGENDA_MAX_DAYS) {
      throw new AppError('VALIDATION', 'followUps.agendaTooLong', { params: { max: AGENDA_MAX_DAYS }, fields: { to: { key: 'v.agendaTooLong', params: { max: AGENDA_MAX_DAYS } } } });
    }
    const from = zonedInstant(q.from, '00:00', zone);
    const to = zonedInstant(addDays(q.to, 1), '00:00', zone);
    return this.items(await agendaRows(this.db, from, to, q));
  }
}

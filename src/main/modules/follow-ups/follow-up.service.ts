import type { EntityManager } from 'typeorm';
import type { FollowUpCounts, FollowUpItem } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import type { BusinessService, BusinessTimelineService } from '../businesses';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import { IdleBusinesses } from './follow-up.idle';
import { FollowUpLists } from './follow-up.lists';
import type { Filters } from './follow-up.lists.queries';
import { FollowUpReminders } from './follow-up.reminders';
import { FollowUpScheduling } from './follow-up.scheduling';

/**
 * The follow-ups module, which alone writes follow_up. Its jobs live apart: scheduling (every write:
 * create, complete, snooze, cancel, and the follow-ups other modules make inside their
 * transactions), lists (the tabs, counts and agenda), reminders (what the reminder engine fires)
 * and idle businesses. Other modules call the parts, or the few shortcuts below.
 */
export class FollowUpService {
  readonly lists: FollowUpLists;
  readonly scheduling: FollowUpScheduling;
  readonly reminders: FollowUpReminders;
  readonly idle: IdleBusinesses;

  constructor(
    deps: CoreDeps,
    audit: AuditService,
    private readonly settings: SettingsService,
    regions: RegionService,
  ) {
    this.lists = new FollowUpLists(deps, settings, regions);
    this.scheduling = new FollowUpScheduling(deps, audit, settings, this.lists);
    this.reminders = new FollowUpReminders(deps, regions);
    this.idle = new IdleBusinesses(deps, settings, regions);
    // A new lead time moves every open reminder, in the transaction that sets it.
    settings.registerReminderFollower(async (m, before, after) => {
      if (before.leadMinutes !== after.leadMinutes) await this.scheduling.rescheduleOpen(m);
      else this.scheduling.changed();
    });
  }

  /** Follow-ups go with a merged business, are deleted and restored with it, and show on its timeline. */
  connect(businesses: BusinessService, timeline: BusinessTimelineService): void {
    businesses.registerRelated('followUps', (m, fromId, toId) => this.scheduling.moveToBusiness(m, fromId, toId));
    businesses.registerDeletionFollower('followUps', (m, id, deletedAt, restoredFrom) => this.scheduling.followBusinessDeletion(m, id, deletedAt, restoredFrom));
    timeline.registerSource((businessId) => this.lists.timeline(businessId));
  }

  /** The office's time zone, in which follow-ups fall due. */
  timeZone(): Promise<string> {
    return this.settings.timeZone();
  }

  counts(q: Filters = {}): Promise<FollowUpCounts> {
    return this.lists.counts(q);
  }

  openForBusiness(businessId: string, limit: number): Promise<FollowUpItem[]> {
    return this.lists.openForBusiness(businessId, limit);
  }

  /** After the office's zone changed, or imported follow-ups brought another desk's times. */
  rescheduleOpen(m?: EntityManager): Promise<void> {
    return this.scheduling.rescheduleOpen(m);
  }

  createCheckIns(m: EntityManager, items: Parameters<FollowUpScheduling['createCheckIns']>[1]): Promise<number> {
    return this.scheduling.createCheckIns(m, items);
  }

  attachParticipantBusiness(m: EntityManager, participantId: string, businessId: string): Promise<number> {
    return this.scheduling.attachParticipantBusiness(m, participantId, businessId);
  }

  cancelParticipantCheckIns(m: EntityManager, participantId: string, reason: string): Promise<number> {
    return this.scheduling.cancelParticipantCheckIns(m, participantId, reason);
  }

  followTrainingDeletion(m: EntityManager, trainingId: string, deletedAt: string | null, restoredFrom: string | null): Promise<void> {
    return this.scheduling.followTrainingDeletion(m, trainingId, deletedAt, restoredFrom);
  }
}

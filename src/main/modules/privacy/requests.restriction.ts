import type { EntityManager } from 'typeorm';
import { BATCH_MAX, type ExportScope, type ParsedInput, type PrivacySubjectKind } from '../../../shared/contract';
import type { Channel } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { Handlers } from '../../ipc/handlers';
import { anyRestrictedBusinesses, restrictedBusinesses } from '../businesses';
import type { ConsultationService } from '../consultations';
import type { TrainingService } from '../trainings';
import { anyRestrictedParticipants, restrictedParticipants } from '../trainings';

/** What a restriction of processing refuses (UU PDP art. 41): everything but keeping the data. */
export type RestrictedAction = 'edit' | 'consultation' | 'export' | 'print' | 'reveal';

export interface SubjectRef {
  kind: PrivacySubjectKind;
  id: string;
}

/** How many restricted names a refusal lists before "…". */
const NAMES_SHOWN = 3;

/**
 * The one rule of a restricted person's data: while the flag is set on their business or
 * participant record, edits, new consultations, exports holding it, prints and reveals are refused
 * with a sentence saying why. Every channel reaches it through `guardRestricted` below.
 */
export class RestrictionRule {
  constructor(
    private readonly deps: CoreDeps,
    private readonly consultations: ConsultationService,
    private readonly trainings: TrainingService,
  ) {}

  /** The restricted ones among the subjects, by name. */
  async restrictedAmong(subjects: SubjectRef[], m: EntityManager = this.deps.ds.manager): Promise<Array<{ kind: PrivacySubjectKind; id: string; name: string }>> {
    const ids = (kind: PrivacySubjectKind) => [...new Set(subjects.filter((s) => s.kind === kind).map((s) => s.id))];
    const businesses = await restrictedBusinesses(m, ids('business'));
    const participants = await restrictedParticipants(m, ids('participant'));
    return [...businesses.map((b) => ({ kind: 'business' as const, ...b })), ...participants.map((p) => ({ kind: 'participant' as const, ...p }))];
  }

  /** Refuses the action when any of the subjects is restricted. */
  async assertAllowed(action: RestrictedAction, subjects: SubjectRef[], m?: EntityManager): Promise<void> {
    refuse(action, await this.restrictedAmong(subjects, m));
  }

  /** An export is refused when what it would hold includes a restricted person. */
  async assertExportAllowed(scope: ExportScope): Promise<void> {
    const m = this.deps.ds.manager;
    if (scope.kind === 'businesses') return this.assertAllowed('export', scope.ids.map((id) => ({ kind: 'business', id })));
    if (scope.kind === 'regencies') return refuse('export', await anyRestrictedBusinesses(m, NAMES_SHOWN + 1, scope.codes));
    // Everything, or a date range whose records cannot be told apart cheaply: any restricted person may be in it.
    refuse('export', [...(await anyRestrictedBusinesses(m, NAMES_SHOWN + 1)), ...(await anyRestrictedParticipants(m, NAMES_SHOWN + 1))]);
  }

  /** The business a consultation is about, when it exists; the channel itself answers a missing one. */
  async businessOfConsultation(id: string): Promise<SubjectRef[]> {
    try {
      const c = await this.consultations.get(id);
      return c.businessId ? [{ kind: 'business', id: c.businessId }] : [];
    } catch {
      return [];
    }
  }

  /** The participants whose presence on the day the attendance would change. */
  async attendanceChanged(q: { trainingId: string; day: string; presentIds: string[] }): Promise<SubjectRef[]> {
    const present = new Set(q.presentIds);
    const people = await this.trainings.participants.list(q.trainingId).catch(() => []);
    return people.filter((p) => p.attendedDays.includes(q.day) !== present.has(p.id)).map((p) => ({ kind: 'participant', id: p.id }));
  }

  /** The businesses of the finalised consultations a batch print would hold. */
  async businessesOfBatch(q: { from?: string; to?: string; businessId?: string }): Promise<SubjectRef[]> {
    if (q.businessId) return [{ kind: 'business', id: q.businessId }];
    const list = await this.consultations.list({ from: q.from, to: q.to, status: 'final', page: 1, pageSize: BATCH_MAX });
    return list.rows.filter((r) => r.businessId).map((r) => ({ kind: 'business', id: r.businessId! }));
  }
}

function refuse(action: RestrictedAction, restricted: Array<{ name: string }>): void {
  if (restricted.length === 0) return;
  const names = restricted.slice(0, NAMES_SHOWN).map((r) => r.name);
  const name = restricted.length > NAMES_SHOWN ? `${names.join(', ')}, …` : names.join(', ');
  throw new AppError('CONFLICT', `privacy.restricted.${action}`, { params: { name } });
}

const business = (id: string | null | undefined): SubjectRef[] => (id ? [{ kind: 'business', id }] : []);
const participant = (id: string): SubjectRef[] => [{ kind: 'participant', id }];

type Check<C extends Channel> = (input: ParsedInput<C>, rule: RestrictionRule) => Promise<void>;
type Checks = { [C in Channel]?: Check<C> };

/** Every channel a restriction stops, with the people its input touches. A new such channel belongs here. */
export const RESTRICTED_CHANNELS: Checks = {
  'businesses:update': (i, r) => r.assertAllowed('edit', business(i.id)),
  'businesses:merge': (i, r) => r.assertAllowed('edit', [...business(i.survivorId), ...business(i.mergedId)]),
  'businesses:revealNik': (i, r) => r.assertAllowed('reveal', business(i.id)),
  'businesses:exportPersonalData': (i, r) => r.assertAllowed('export', business(i.id)),
  'consultations:saveDraft': (i, r) => r.assertAllowed('consultation', business(i.values.businessId)),
  'consultations:finalize': (i, r) => r.assertAllowed('consultation', business(i.values.businessId)),
  'consultations:amend': async (i, r) => r.assertAllowed('edit', [...business(i.values.businessId), ...(await r.businessOfConsultation(i.id))]),
  'impact:create': (i, r) => r.assertAllowed('edit', business(i.businessId)),
  'impact:update': (i, r) => r.assertAllowed('edit', business(i.milestone.businessId)),
  'followUps:create': (i, r) => r.assertAllowed('edit', business(i.businessId)),
  'print:consultation': async (i, r) => r.assertAllowed('print', await r.businessOfConsultation(i.id)),
  'print:businessSheet': (i, r) => r.assertAllowed('print', business(i.id)),
  'print:batch': async (i, r) => r.assertAllowed('print', await r.businessesOfBatch(i)),
  'transfer:export': (i, r) => r.assertExportAllowed(i.scope),
  'participants:update': (i, r) => r.assertAllowed('edit', participant(i.id)),
  'participants:convert': (i, r) => r.assertAllowed('edit', participant(i.id)),
  'participants:link': (i, r) => r.assertAllowed('edit', participant(i.id)),
  'participants:revealPhone': (i, r) => r.assertAllowed('reveal', participant(i.id)),
  'participants:setAttendance': async (i, r) => r.assertAllowed('edit', await r.attendanceChanged(i)),
};

/** The handlers, with the restriction checked before each channel of RESTRICTED_CHANNELS runs. */
export function guardRestricted(handlers: Handlers, rule: RestrictionRule): Handlers {
  const out: Record<string, unknown> = { ...handlers };
  for (const [channel, check] of Object.entries(RESTRICTED_CHANNELS) as Array<[Channel, (input: unknown, rule: RestrictionRule) => Promise<void>]>) {
    const inner = handlers[channel] as (input: unknown) => unknown;
    out[channel] = async (input: unknown) => {
      await check(input, rule);
      return inner(input);
    };
  }
  return out as Handlers;
}

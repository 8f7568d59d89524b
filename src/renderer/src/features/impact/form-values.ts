import type { CAPITAL_SOURCES, JOB_KINDS, Milestone, MilestoneInput, MilestoneKind, PERMIT_KINDS, SALES_CHANNELS } from '../../../../shared/contract';

/** A number field as Mantine's NumberInput holds it: a number, or '' when empty. */
type NumberValue = number | string;

/** The impact form as typed: every kind's fields, only the chosen kind's are sent. */
export interface MilestoneFormValues {
  kind: MilestoneKind;
  date: string | null;
  consultationId: string | null;
  trainingId: string | null;
  evidence: string;
  note: string;
  jobKind: (typeof JOB_KINDS)[number];
  men: NumberValue;
  women: NumberValue;
  salesBefore: NumberValue;
  salesAfter: NumberValue;
  capitalSource: (typeof CAPITAL_SOURCES)[number] | null;
  amount: NumberValue;
  permitKind: (typeof PERMIT_KINDS)[number] | null;
  channel: (typeof SALES_CHANNELS)[number] | null;
  channelName: string;
}

/** Select fields of a kind: left empty, they read "Wajib diisi" rather than "Pilihan tidak sah". */
export const CHOICE_FIELDS = ['capitalSource', 'permitKind', 'channel'] as const satisfies readonly (keyof MilestoneFormValues)[];

export function emptyValues(today: string): MilestoneFormValues {
  return {
    kind: 'jobs',
    date: today,
    consultationId: null,
    trainingId: null,
    evidence: '',
    note: '',
    jobKind: 'created',
    men: '',
    women: '',
    salesBefore: '',
    salesAfter: '',
    capitalSource: null,
    amount: '',
    permitKind: null,
    channel: null,
    channelName: '',
  };
}

const asField = (n: number | null): NumberValue => (n === null ? '' : n);

export function fromMilestone(m: Milestone): MilestoneFormValues {
  return {
    kind: m.kind,
    date: m.date,
    consultationId: m.consultationId,
    trainingId: m.trainingId,
    evidence: m.evidence ?? '',
    note: m.note ?? '',
    jobKind: m.jobKind ?? 'created',
    men: asField(m.men),
    women: asField(m.women),
    salesBefore: asField(m.salesBefore),
    salesAfter: asField(m.salesAfter),
    capitalSource: m.capitalSource,
    amount: asField(m.amount),
    permitKind: m.permitKind,
    channel: m.channel,
    channelName: m.channelName ?? '',
  };
}

/** '' is a missing number (the schema says "Wajib diisi"); anything typed that is not one stays as typed. */
function num(v: NumberValue): number | string | null {
  if (typeof v === 'number') return v;
  const text = v.trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** The contract's `milestoneInput` for the chosen kind. */
export function toInput(v: MilestoneFormValues, businessId: string): MilestoneInput {
  const common = {
    businessId,
    date: v.date ?? undefined,
    consultationId: v.consultationId,
    trainingId: v.trainingId,
    evidence: text(v.evidence),
    note: text(v.note),
  };
  // Numbers are passed as typed; the schema (shared with the core) says what is wrong with them.
  const raw: Record<string, unknown> = (() => {
    switch (v.kind) {
      case 'business_started':
        return { kind: v.kind, ...common };
      case 'jobs':
        return { kind: v.kind, ...common, jobKind: v.jobKind, men: num(v.men), women: num(v.women) };
      case 'sales':
        return { kind: v.kind, ...common, salesBefore: num(v.salesBefore), salesAfter: num(v.salesAfter) };
      case 'capital':
        return { kind: v.kind, ...common, capitalSource: v.capitalSource, amount: num(v.amount) };
      case 'permit':
        return { kind: v.kind, ...common, permitKind: v.permitKind };
      case 'market':
        return { kind: v.kind, ...common, channel: v.channel, channelName: text(v.channelName) };
    }
  })();
  return raw as unknown as MilestoneInput;
}

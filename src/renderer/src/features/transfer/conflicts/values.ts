import type { TFunction } from 'i18next';
import type { TransferTable } from '../../../../../shared/contract';
import { labelsFor, type Labels } from '../../../../../shared/labels';
import { formatDateTime, formatDay, formatRupiah } from '../../../lib/format';

/** Columns that hold a code (or a JSON list of codes) with words in `shared/labels`. */
const CODED: Partial<Record<TransferTable, Record<string, keyof Labels>>> = {
  business: { legal_form: 'legalForms', status: 'businessStatuses', sales_channels: 'salesChannels', owner_gender: 'genders', scale: 'scales' },
  training: { topic: 'trainingTopics', funding_source: 'fundingSources' },
  training_participant: { gender: 'genders' },
  consultation: { channel: 'consultationChannels', service_areas: 'serviceAreas' },
  impact_milestone: { kind: 'milestoneKinds', job_kind: 'jobKinds', capital_source: 'capitalSources', permit_kind: 'permitKinds' },
  follow_up: { assignee: 'assignees', status: 'followUpStatuses' },
};
const MONEY = new Set(['modal_usaha', 'annual_sales', 'sales_before', 'sales_after', 'amount']);
const FLAGS = new Set(['active', 'has_business', 'owner_phone_is_whatsapp']);
/** Shown masked here, as everywhere a NIK is listed (the business page reveals it, audited). */
const MASKED = new Set(['owner_nik']);

const mask = (v: string): string => (v.length > 8 ? `${v.slice(0, 4)}${'•'.repeat(v.length - 8)}${v.slice(-4)}` : '•'.repeat(v.length));

/** A stored JSON list of texts (`["offline","whatsapp"]`), or null when the value is not one. */
function textList(raw: string): string[] | null {
  if (!raw.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

/**
 * A column's stored value as a person reads it: codes in words, days and times in the office's
 * zone, Rupiah, yes/no, lists joined; null for an empty value. Anything else as stored.
 */
export function valueText(table: TransferTable, column: string, raw: string | null, ctx: { t: TFunction; language: string; timeZone: string }): string | null {
  const { t } = ctx;
  if (column === 'deleted_at') return raw ? t('transfer.conflicts.deletedOn', { when: formatDateTime(raw, ctx.timeZone) }) : t('transfer.conflicts.notDeleted');
  if (raw === null || raw === '') return null;
  if (MASKED.has(column)) return mask(raw);
  const list = textList(raw);
  const words = CODED[table]?.[column];
  if (words) {
    const map = labelsFor(ctx.language === 'en' ? 'en' : 'id')[words] as Record<string, string>;
    return list ? list.map((c) => map[c] ?? c).join(', ') : (map[raw] ?? raw);
  }
  if (FLAGS.has(column)) return raw === '1' || raw === 'true' ? t('transfer.conflicts.yes') : t('transfer.conflicts.no');
  if (MONEY.has(column) && /^-?\d+(\.\d+)?$/.test(raw)) return formatRupiah(Number(raw));
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return formatDay(raw);
  if (column.endsWith('_at') && !Number.isNaN(Date.parse(raw))) return formatDateTime(raw, ctx.timeZone);
  if (list) return list.join(', ');
  return raw;
}

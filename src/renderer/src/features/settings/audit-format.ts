import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/contract';
import { kbliLabel } from '../../../../shared/domain/kbli';
import { formatCount, formatDateTime, formatDay, formatNumber, formatRupiah } from '../../lib/format';

/** What the core stores in place of a personal value: only the fact that it changed. */
const HIDDEN = '•••';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MONEY = new Set(['modalUsaha', 'annualSales', 'salesBefore', 'salesAfter', 'amount']);
/** Fields whose stored codes the features already name: `aktif` -> `Aktif`, `apbd` -> `APBD`. */
const CODE_LABELS: Record<string, string> = {
  status: 'businesses.statuses',
  legalForm: 'businesses.legalForms',
  salesChannels: 'businesses.channels',
  ownerGender: 'businesses.genders',
  topic: 'trainings.topics',
  fundingSource: 'trainings.funding',
};
/** Fields that point at another record, and which kind of record. */
const LINKS: Record<string, string> = {
  businessId: 'business',
  otherId: 'business',
  mergedId: 'business',
  survivorId: 'business',
  consultationId: 'consultation',
  trainingId: 'training',
  participantId: 'participant',
  safetyBackup: 'backup',
};

/** Stored codes and ids that read better as names (the core's `names` of an entry): `64.72` -> `Kota Samarinda`, a business id -> its name. */
export type KnownNames = ReadonlyMap<string, string>;

export function actionLabel(t: TFunction, action: string): string {
  return t(`settings.audit.actions.${action.replace(/\./g, '_')}`, { defaultValue: action });
}

export function entityLabel(t: TFunction, entity: string): string {
  return t(`settings.audit.entities.${entity}`, { defaultValue: entity });
}

export function fieldLabel(t: TFunction, field: string): string {
  return t(`settings.audit.fields.${field}`, { defaultValue: field });
}

function word(t: TFunction, code: string): string | null {
  const w = t(`settings.audit.values.${code}`, { defaultValue: '' });
  return w || null;
}

function scalar(t: TFunction, field: string, value: unknown, names: KnownNames, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return t('app.none');
  if (typeof value === 'boolean') return t(value ? 'settings.audit.values.yes' : 'settings.audit.values.no');
  if (typeof value === 'number') return MONEY.has(field) ? formatRupiah(value) : formatNumber(value);
  if (typeof value !== 'string') return structured(t, field, value, names, timeZone);
  const named = names.get(value);
  if (named) return named;
  if (field === 'language') return t(`settings.language.${value}`, { defaultValue: value });
  if (field === 'timeZone') return t(`timeZones.${value}`, { defaultValue: value }).split(' ')[0] ?? value;
  if (field === 'fields') return t(`consultations.fields.${value}`, { defaultValue: value });
  if (field === 'kbliCode') return kbliLabel(value);
  // Lists and objects some services store as JSON text: `["Agus Setiawan"]`.
  if (/^[[{]/.test(value)) {
    try {
      return structured(t, field, JSON.parse(value) as unknown, names, timeZone);
    } catch {
      // Not JSON after all: shown as text below.
    }
  }
  const prefix = CODE_LABELS[field];
  if (prefix) {
    const named = t(`${prefix}.${value}`, { defaultValue: '' });
    if (named) return named;
  }
  if (UUID.test(value)) return t(`settings.audit.links.${LINKS[field] ?? 'record'}`);
  if (DAY.test(value)) return formatDay(value);
  if (INSTANT.test(value)) return formatDateTime(value, timeZone);
  const coded = word(t, value);
  if (coded) return coded;
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** Lists joined by commas, `{ business: 2 }` as `Profil UMKM 2`, an export scope by its kind. */
function structured(t: TFunction, field: string, value: unknown, names: KnownNames, timeZone?: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return t('app.none');
    return value.map((v) => (typeof v === 'object' && v !== null ? structured(t, field, v, names, timeZone) : scalar(t, field, v, names, timeZone))).join(', ');
  }
  const record = value as Record<string, unknown>;
  if (typeof record['kind'] === 'string' && field === 'scope') return word(t, record['kind']) ?? record['kind'];
  if (typeof record['table'] === 'string') {
    // An import's tally of one table: `Profil UMKM +3`.
    const added = Number(record['inserted'] ?? record['new'] ?? 0) + Number(record['updated'] ?? 0);
    return `${entityLabel(t, record['table'])} ${formatCount(added)}`;
  }
  return Object.entries(record)
    .map(([k, v]) => `${entityLabel(t, k)} ${typeof v === 'number' ? formatCount(v) : scalar(t, k, v, names, timeZone)}`)
    .join(', ');
}

/**
 * `Nama kantor: A → B`, one line per field. Personal fields say only that they changed ("diubah");
 * links to other records show the record's name when known, never a raw id; yes/no as Ya/Tidak;
 * dates, numbers and Rupiah in the UI language.
 */
export function describeChanges(t: TFunction, changes: AuditEntry['changes'], names: KnownNames = new Map(), timeZone?: string): string[] {
  return Object.entries(changes ?? {}).map(([field, [from, to]]) => {
    const name = fieldLabel(t, field);
    if (from === HIDDEN || to === HIDDEN) return `${name}: ${t('settings.audit.hidden')}`;
    const after = scalar(t, field, to, names, timeZone);
    if (from === null || from === undefined) return `${name}: ${after}`;
    return `${name}: ${scalar(t, field, from, names, timeZone)} → ${after}`;
  });
}

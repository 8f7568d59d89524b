import type { TFunction } from 'i18next';

/** A database column in words (`owner_phone` → "Telepon pemilik"), the column's name when the catalogue has none. */
export const columnLabel = (t: TFunction, column: string): string => t(`transfer.columns.${column}`, { defaultValue: column });

/** Search keys and word lists are worked out from the fields shown; listing them says nothing new. */
export const shownFields = (fields: readonly string[]): string[] => fields.filter((f) => !f.endsWith('_key') && !f.endsWith('_words'));

/** The desk a conflict came from, or "unknown". */
export const deskLabel = (t: TFunction, deskCode: string | null): string => deskCode ?? t('transfer.conflicts.unknownDesk');

import type { ImportField } from '../../../../../shared/contract';

/** The field each column of the sheet fills, or null for a column left out. */
export type Mapping = Record<string, ImportField | null>;

/** The select value of "leave out" (a column) and "no link" (a row). */
export const IGNORE = '';

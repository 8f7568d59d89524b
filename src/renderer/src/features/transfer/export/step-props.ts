import type { ExportValues } from './export-values';

/** What every wizard step receives: the values, a patcher, and translated errors by field. */
export interface StepProps {
  values: ExportValues;
  set: (patch: Partial<ExportValues>) => void;
  errors: Record<string, string>;
}

import type { UseFormReturnType } from '@mantine/form';
import type { ConsultationDraftValues } from '../../../../../shared/contract';

/** The intake form: its values are exactly what a draft stores, so a draft restores every field. */
export type ConsultationForm = UseFormReturnType<ConsultationDraftValues>;

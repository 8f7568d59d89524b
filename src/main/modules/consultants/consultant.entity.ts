import { EntitySchema } from 'typeorm';
import { recordColumns, type RecordColumns } from '../../db/columns';

export interface ConsultantRow extends RecordColumns {
  name: string;
  nip: string | null;
  phone: string | null;
  active: boolean;
}

export const ConsultantEntity = new EntitySchema<ConsultantRow>({
  name: 'Consultant',
  tableName: 'consultant',
  columns: {
    ...recordColumns,
    name: { type: 'varchar' },
    nip: { type: 'varchar', nullable: true },
    phone: { type: 'varchar', nullable: true },
    active: { type: 'boolean' },
  },
});

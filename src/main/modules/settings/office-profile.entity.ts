import { EntitySchema } from 'typeorm';
import { recordColumns, type RecordColumns } from '../../db/columns';

export interface OfficeProfileRow extends RecordColumns {
  officeName: string | null;
  unitName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  logoDataUrl: string | null;
  timeZone: string;
  deskCode: string | null;
  language: string;
  lockAfterMinutes: number;
}

export const OfficeProfileEntity = new EntitySchema<OfficeProfileRow>({
  name: 'OfficeProfile',
  tableName: 'office_profile',
  columns: {
    ...recordColumns,
    officeName: { type: 'varchar', name: 'office_name', nullable: true },
    unitName: { type: 'varchar', name: 'unit_name', nullable: true },
    address: { type: 'varchar', nullable: true },
    phone: { type: 'varchar', nullable: true },
    email: { type: 'varchar', nullable: true },
    provinceCode: { type: 'varchar', name: 'province_code', nullable: true },
    regencyCode: { type: 'varchar', name: 'regency_code', nullable: true },
    logoDataUrl: { type: 'text', name: 'logo_data_url', nullable: true },
    timeZone: { type: 'varchar', name: 'time_zone' },
    deskCode: { type: 'varchar', name: 'desk_code', nullable: true },
    language: { type: 'varchar' },
    lockAfterMinutes: { type: 'integer', name: 'lock_after_minutes' },
  },
});

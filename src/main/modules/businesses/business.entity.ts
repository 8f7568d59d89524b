import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import { recordColumns, type RecordColumns } from '../../db/columns';

export interface BusinessRow extends RecordColumns {
  name: string;
  nameKey: string;
  brand: string | null;
  ownerName: string | null;
  ownerNameKey: string | null;
  /** Keys of the business name's and owner name's words for the duplicate check (shared/domain/person-name). */
  nameWords: string;
  ownerNameWords: string;
  ownerNik: string | null;
  ownerGender: string | null;
  ownerBirthDate: string | null;
  ownerPhone: string | null;
  ownerPhoneIsWhatsapp: boolean;
  ownerEmail: string | null;
  address: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  villageCode: string | null;
  kbliCode: string | null;
  kbliCategory: string | null;
  sectorText: string | null;
  products: string | null;
  yearStarted: number | null;
  legalForm: string | null;
  status: string;
  nib: string | null;
  pirtNumber: string | null;
  pirtIssuedAt: string | null;
  pirtExpiresAt: string | null;
  halalNumber: string | null;
  halalIssuedAt: string | null;
  halalExpiresAt: string | null;
  bpomNumber: string | null;
  merekNumber: string | null;
  employeesMale: number | null;
  employeesFemale: number | null;
  modalUsaha: number | null;
  annualSales: number | null;
  scale: string | null;
  /** JSON arrays, kept as text; tags are mirrored into business_tag for filtering. */
  salesChannels: string;
  tags: string;
  notes: string | null;
  mergedIntoId: string | null;
  personalDataErasedAt: string | null;
}

const text = (name: string): EntitySchemaColumnOptions => ({ type: 'varchar', name, nullable: true });
const int = (name: string): EntitySchemaColumnOptions => ({ type: 'integer', name, nullable: true });

export const BusinessEntity = new EntitySchema<BusinessRow>({
  name: 'Business',
  tableName: 'business',
  columns: {
    ...recordColumns,
    name: { type: 'varchar' },
    nameKey: { type: 'varchar', name: 'name_key' },
    brand: text('brand'),
    ownerName: text('owner_name'),
    ownerNameKey: text('owner_name_key'),
    nameWords: { type: 'varchar', name: 'name_words', default: '' },
    ownerNameWords: { type: 'varchar', name: 'owner_name_words', default: '' },
    ownerNik: text('owner_nik'),
    ownerGender: text('owner_gender'),
    ownerBirthDate: text('owner_birth_date'),
    ownerPhone: text('owner_phone'),
    ownerPhoneIsWhatsapp: { type: 'boolean', name: 'owner_phone_is_whatsapp' },
    ownerEmail: text('owner_email'),
    address: text('address'),
    provinceCode: text('province_code'),
    regencyCode: text('regency_code'),
    districtCode: text('district_code'),
    villageCode: text('village_code'),
    kbliCode: text('kbli_code'),
    kbliCategory: text('kbli_category'),
    sectorText: text('sector_text'),
    products: text('products'),
    yearStarted: int('year_started'),
    legalForm: text('legal_form'),
    status: { type: 'varchar' },
    nib: text('nib'),
    pirtNumber: text('pirt_number'),
    pirtIssuedAt: text('pirt_issued_at'),
    pirtExpiresAt: text('pirt_expires_at'),
    halalNumber: text('halal_number'),
    halalIssuedAt: text('halal_issued_at'),
    halalExpiresAt: text('halal_expires_at'),
    bpomNumber: text('bpom_number'),
    merekNumber: text('merek_number'),
    employeesMale: int('employees_male'),
    employeesFemale: int('employees_female'),
    modalUsaha: int('modal_usaha'),
    annualSales: int('annual_sales'),
    scale: text('scale'),
    salesChannels: { type: 'text', name: 'sales_channels' },
    tags: { type: 'text' },
    notes: { type: 'text', nullable: true },
    mergedIntoId: text('merged_into_id'),
    personalDataErasedAt: text('personal_data_erased_at'),
  },
});

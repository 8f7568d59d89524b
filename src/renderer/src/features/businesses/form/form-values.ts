import type {
  BUSINESS_STATUSES,
  BusinessDetail,
  BusinessInput,
  GENDERS,
  LEGAL_FORMS,
  SALES_CHANNELS,
} from '../../../../../shared/contract';
import { formatPhoneLocal } from '../../../../../shared/validation/fields';

/**
 * What the profile form edits. Text inputs hold strings (blank is ''), selects and dates hold a
 * value or null, number inputs hold a number or '' (Mantine's empty NumberInput). `toProfile`
 * turns it into the contract's input; the contract schema does the rest (trim, blank -> null).
 */
export interface BusinessFormValues {
  name: string;
  brand: string;
  products: string;
  yearStarted: number | '';
  legalForm: (typeof LEGAL_FORMS)[number] | null;
  status: (typeof BUSINESS_STATUSES)[number];
  kbliCode: string | null;
  sectorText: string;
  salesChannels: Array<(typeof SALES_CHANNELS)[number]>;
  tags: string[];
  ownerName: string;
  ownerNik: string;
  ownerGender: (typeof GENDERS)[number] | null;
  ownerBirthDate: string | null;
  ownerPhone: string;
  ownerPhoneIsWhatsapp: boolean;
  ownerEmail: string;
  address: string;
  provinceCode: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  villageCode: string | null;
  nib: string;
  pirtNumber: string;
  pirtIssuedAt: string | null;
  pirtExpiresAt: string | null;
  halalNumber: string;
  halalIssuedAt: string | null;
  halalExpiresAt: string | null;
  bpomNumber: string;
  merekNumber: string;
  employeesMale: number | '';
  employeesFemale: number | '';
  modalUsaha: number | '';
  annualSales: number | '';
  notes: string;
}

export interface RegionDefaults {
  provinceCode?: string | null;
  regencyCode?: string | null;
}

/** A new profile: active, WhatsApp by default, in the office's own province and kabupaten/kota. */
export function emptyValues(defaults: RegionDefaults = {}): BusinessFormValues {
  const provinceCode = defaults.provinceCode ?? '64';
  const regencyCode = defaults.regencyCode?.startsWith(`${provinceCode}.`) ? defaults.regencyCode : null;
  return {
    name: '',
    brand: '',
    products: '',
    yearStarted: '',
    legalForm: null,
    status: 'aktif',
    kbliCode: null,
    sectorText: '',
    salesChannels: [],
    tags: [],
    ownerName: '',
    ownerNik: '',
    ownerGender: null,
    ownerBirthDate: null,
    ownerPhone: '',
    ownerPhoneIsWhatsapp: true,
    ownerEmail: '',
    address: '',
    provinceCode,
    regencyCode,
    districtCode: null,
    villageCode: null,
    nib: '',
    pirtNumber: '',
    pirtIssuedAt: null,
    pirtExpiresAt: null,
    halalNumber: '',
    halalIssuedAt: null,
    halalExpiresAt: null,
    bpomNumber: '',
    merekNumber: '',
    employeesMale: '',
    employeesFemale: '',
    modalUsaha: '',
    annualSales: '',
    notes: '',
  };
}

const text = (v: string | null | undefined) => v ?? '';
const num = (v: number | null | undefined): number | '' => (v === null || v === undefined ? '' : v);

/** A stored profile in the form. The NIK never comes back from main: its field starts empty. */
export function valuesFromDetail(d: BusinessDetail): BusinessFormValues {
  return {
    name: d.name,
    brand: text(d.brand),
    products: text(d.products),
    yearStarted: num(d.yearStarted),
    legalForm: d.legalForm,
    status: d.status,
    kbliCode: d.kbliCode,
    sectorText: text(d.sectorText),
    salesChannels: d.salesChannels,
    tags: d.tags,
    ownerName: text(d.ownerName),
    ownerNik: '',
    ownerGender: d.ownerGender,
    ownerBirthDate: d.ownerBirthDate,
    ownerPhone: d.ownerPhone ? formatPhoneLocal(d.ownerPhone) : '',
    ownerPhoneIsWhatsapp: d.ownerPhoneIsWhatsapp,
    ownerEmail: text(d.ownerEmail),
    address: text(d.address),
    provinceCode: d.provinceCode,
    regencyCode: d.regencyCode,
    districtCode: d.districtCode,
    villageCode: d.villageCode,
    nib: text(d.nib),
    pirtNumber: text(d.pirtNumber),
    pirtIssuedAt: d.pirtIssuedAt,
    pirtExpiresAt: d.pirtExpiresAt,
    halalNumber: text(d.halalNumber),
    halalIssuedAt: d.halalIssuedAt,
    halalExpiresAt: d.halalExpiresAt,
    bpomNumber: text(d.bpomNumber),
    merekNumber: text(d.merekNumber),
    employeesMale: num(d.employeesMale),
    employeesFemale: num(d.employeesFemale),
    modalUsaha: num(d.modalUsaha),
    annualSales: num(d.annualSales),
    notes: text(d.notes),
  };
}

const numberOrNull = (v: number | '') => (v === '' ? null : v);

/** The contract's `profile` from the form: empty number inputs become null. */
export function toProfile(v: BusinessFormValues): BusinessInput {
  return {
    ...v,
    yearStarted: numberOrNull(v.yearStarted),
    employeesMale: numberOrNull(v.employeesMale),
    employeesFemale: numberOrNull(v.employeesFemale),
    modalUsaha: numberOrNull(v.modalUsaha),
    annualSales: numberOrNull(v.annualSales),
  };
}

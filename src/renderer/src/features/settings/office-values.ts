import type { OfficeProfile, OfficeProfileInput } from '../../../../shared/contract';
import { formatPhoneLocal } from '../../../../shared/validation/fields';
import { DEFAULT_TIME_ZONE } from '../../app/settings';

/** What the office form edits: text inputs hold strings, selects hold a value or null. */
export interface OfficeFormValues {
  officeName: string;
  unitName: string;
  address: string;
  phone: string;
  email: string;
  provinceCode: string | null;
  regencyCode: string | null;
  logoDataUrl: string | null;
  timeZone: OfficeProfileInput['timeZone'];
  deskCode: string;
}

export function officeFormValues(office: OfficeProfile | null | undefined): OfficeFormValues {
  return {
    officeName: office?.officeName ?? '',
    unitName: office?.unitName ?? '',
    address: office?.address ?? '',
    phone: office?.phone ? formatPhoneLocal(office.phone) : '',
    email: office?.email ?? '',
    // Kalimantan Timur is the default province of a fresh office.
    provinceCode: office?.provinceCode ?? '64',
    regencyCode: office?.regencyCode ?? null,
    logoDataUrl: office?.logoDataUrl ?? null,
    timeZone: office?.timeZone ?? DEFAULT_TIME_ZONE,
    deskCode: office?.deskCode ?? '',
  };
}

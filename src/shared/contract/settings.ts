import { z } from 'zod';
import { channel } from './define';
import {
  LIMITS,
  deskCode,
  isoDateTime,
  logoDataUrl,
  optionalEmail,
  optionalPhone,
  optionalText,
  provinceCode,
  regencyCode,
  requiredText,
} from '../validation/fields';

/** Indonesia's three zones; Kalimantan Timur is WITA. */
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
/** East Kalimantan's zone (WITA): a new office's, and the one a stored zone not in the list reads as. */
export const DEFAULT_TIME_ZONE = 'Asia/Makassar' satisfies (typeof TIME_ZONES)[number];
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const officeProfileInput = z
  .object({
    officeName: requiredText(LIMITS.line),
    unitName: optionalText(LIMITS.line),
    address: optionalText(LIMITS.address),
    phone: optionalPhone,
    email: optionalEmail,
    provinceCode: provinceCode.nullable(),
    regencyCode: regencyCode.nullable(),
    logoDataUrl,
    timeZone: z.enum(TIME_ZONES, { message: 'v.invalidChoice' }),
    deskCode,
  })
  .strict()
  .refine((v) => !v.regencyCode || (v.provinceCode !== null && v.regencyCode.startsWith(`${v.provinceCode}.`)), {
    message: 'v.regencyOutsideProvince',
    path: ['regencyCode'],
  });

export type OfficeProfileInput = z.input<typeof officeProfileInput>;

export const officeProfileDto = z.object({
  officeName: z.string().nullable(),
  unitName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  provinceCode: z.string().nullable(),
  regencyCode: z.string().nullable(),
  logoDataUrl: z.string().nullable(),
  timeZone: z.enum(TIME_ZONES),
  deskCode: z.string().nullable(),
  updatedAt: isoDateTime,
  updatedBy: z.string().nullable(),
});
export type OfficeProfile = z.infer<typeof officeProfileDto>;

export const settingsDto = z.object({
  office: officeProfileDto,
  language: z.enum(LANGUAGES),
  /** The desk locks after this many minutes without a key press or a click. */
  lockAfterMinutes: z.number().int(),
});
export type Settings = z.infer<typeof settingsDto>;

export const reminderSettingsInput = z
  .object({
    /** Minutes before the due time at which the reminder fires; 0 = at the due time. */
    leadMinutes: z.number().int('v.wholeNumber').min(0, 'v.nonNegative').max(7 * 24 * 60, 'v.leadTooLong'),
    /** A business with nothing for this many days is listed as a check-in candidate. */
    idleDays: z.number().int('v.wholeNumber').min(7, 'v.idleDaysRange').max(3650, 'v.idleDaysRange'),
  })
  .strict();

export const reminderSettingsDto = z.object({ leadMinutes: z.number().int(), idleDays: z.number().int() });
export type ReminderSettings = z.infer<typeof reminderSettingsDto>;

export const LOCK_MINUTES_MIN = 1;
export const LOCK_MINUTES_MAX = 240;
export const lockSettingsInput = z
  .object({
    lockAfterMinutes: z
      .number({ message: 'v.required' })
      .int('v.wholeNumber')
      .min(LOCK_MINUTES_MIN, 'v.lockMinutesRange')
      .max(LOCK_MINUTES_MAX, 'v.lockMinutesRange'),
  })
  .strict();

export const settingsContract = {
  'settings:get': channel({ input: z.void(), output: settingsDto }),
  'settings:updateOffice': channel({ input: officeProfileInput, output: settingsDto }),
  'settings:setLanguage': channel({
    input: z.object({ language: z.enum(LANGUAGES, { message: 'v.invalidChoice' }) }).strict(),
    output: settingsDto,
  }),
  'settings:reminders': channel({ input: z.void(), output: reminderSettingsDto }),
  'settings:updateReminders': channel({ input: reminderSettingsInput, output: reminderSettingsDto }),
  'settings:updateLock': channel({ input: lockSettingsInput, output: settingsDto }),
};

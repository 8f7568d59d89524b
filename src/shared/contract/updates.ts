import { z } from 'zod';
import { channel } from './define';
import { absolutePath, isoDateTime } from '../validation/fields';

/** Why a folder's update was not offered; each has the sentence `updates.<reason>`. */
export const UPDATE_REFUSALS = ['folderMissing', 'noManifest', 'badManifest', 'badSignature', 'missingFile', 'tampered', 'notNewer'] as const;
export type UpdateRefusal = (typeof UPDATE_REFUSALS)[number];

export const updateSettingsDto = z.object({
  appVersion: z.string(),
  /** The folder (a share or a stick) the office puts updates in; removable drives are always searched too. */
  folder: z.string().nullable(),
  updatedAt: isoDateTime.nullable(),
});
export type UpdateSettings = z.infer<typeof updateSettingsDto>;

export const updateFoundDto = z.object({
  folder: z.string(),
  version: z.string(),
  file: z.string(),
  size: z.number().int(),
});
export type UpdateFound = z.infer<typeof updateFoundDto>;

export const updateCheckDto = z.object({
  appVersion: z.string(),
  /** The newest verified update, if any. */
  found: updateFoundDto.nullable(),
  /** Every folder that held a manifest (or the configured folder) and was not offered, with why. */
  refused: z.array(z.object({ folder: z.string(), version: z.string().nullable(), reason: z.enum(UPDATE_REFUSALS) })),
});
export type UpdateCheck = z.infer<typeof updateCheckDto>;

export const updatesContract = {
  'updates:settings': channel({ input: z.void(), output: updateSettingsDto }),
  'updates:setFolder': channel({ input: z.object({ folder: absolutePath.nullable() }).strict(), output: updateSettingsDto }),
  /** Looks in the configured folder and on removable drives; verifies signature, size and SHA-512. */
  'updates:check': channel({ input: z.void(), output: updateCheckDto }),
  /** Verifies the folder's update again, takes a backup, then starts the installer. */
  'updates:install': channel({ input: z.object({ folder: absolutePath }).strict(), output: z.object({ started: z.literal(true), version: z.string() }) }),
};

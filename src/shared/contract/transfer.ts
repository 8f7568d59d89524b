import { z } from 'zod';
import { channel } from './define';
import { duplicateCandidateDto } from './businesses';
import { isoDate } from '../domain/dates';
import { id } from '../validation/fields';

/**
 * Export to a USB stick or folder, and import of a data package made at another desk.
 *
 * Long work: the renderer picks a `jobId` (a UUID) before it calls `transfer:export`,
 * `transfer:previewImport` or `transfer:applyImport`, listens to the `transfer:progress` event for
 * that id, and may call `transfer:cancel` with it while the call is still running.
 */

/** What an export can hold: the workbook, one CSV per table, the PDF summaries, the data package. */
export const EXPORT_CONTENTS = ['xlsx', 'csv', 'pdf', 'package'] as const;
export type ExportContent = (typeof EXPORT_CONTENTS)[number];
/** NIK, phone, e-mail and birth date masked (default), or in full with a reason that is audited. */
export const PERSONAL_DATA_MODES = ['masked', 'full'] as const;
export const CSV_SEPARATORS = [';', ','] as const;
/**
 * Tables a data package carries, in the order they are applied: each after the tables it points at
 * (a business's tags travel in its row and are made again from it).
 */
export const TRANSFER_TABLES = [
  'consultant',
  'business',
  'business_not_duplicate',
  'training',
  'training_participant',
  'training_attendance',
  'consultation',
  'consultation_revision',
  'impact_milestone',
  'follow_up',
] as const;
export type TransferTable = (typeof TRANSFER_TABLES)[number];
export const TRANSFER_PHASES = ['prepare', 'xlsx', 'csv', 'pdf', 'package', 'verify', 'manifest', 'read', 'compare', 'apply', 'done'] as const;
export type TransferPhase = (typeof TRANSFER_PHASES)[number];
/** Shortest password for an encrypted export. */
export const PASSWORD_MIN = 8;
/** Most conflicts and duplicate candidates a preview lists one by one (counts are always complete). */
export const PREVIEW_LIST_MAX = 200;
/** File extension of a data package (a ZIP). */
export const PACKAGE_EXTENSION = 'klb';

export const removableDriveDto = z.object({
  mountPath: z.string(),
  label: z.string(),
  freeBytes: z.number(),
  totalBytes: z.number(),
  writable: z.boolean(),
});
export type RemovableDriveDto = z.infer<typeof removableDriveDto>;

/** `/media/…`, `C:\…`, `E:/…` or `\\server\share…`: paths come from the drive list or a dialog, never typed. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:([\\/]|$)|\\\\)/;

const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, 'v.region');

export const exportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  /** Consultations dated, and follow-ups due, in the range, with their businesses (and businesses changed in it). */
  z
    .object({ kind: z.literal('dateRange'), from: isoDate, to: isoDate })
    .strict()
    .refine((s) => s.from <= s.to, { message: 'v.rangeReversed', path: ['to'] }),
  /** Businesses of these kabupaten/kota, with their consultations and follow-ups. */
  z.object({ kind: z.literal('regencies'), codes: z.array(regencyCode).min(1).max(30) }).strict(),
  /** These businesses, with their consultations and follow-ups. */
  z.object({ kind: z.literal('businesses'), ids: z.array(id).min(1).max(5000) }).strict(),
]);
export type ExportScope = z.infer<typeof exportScope>;

export const exportInput = z
  .object({
    jobId: id,
    /** The folder the export folder is made in: a drive's mountPath from `transfer:drives` or a chosen folder. */
    targetDir: z.string().trim().min(1, 'v.required').max(1000).regex(ABSOLUTE_PATH, 'v.invalidPath'),
    scope: exportScope,
    contents: z
      .array(z.enum(EXPORT_CONTENTS))
      .min(1, 'v.required')
      .refine((c) => new Set(c).size === c.length, { message: 'v.invalidChoice' }),
    csvSeparator: z.enum(CSV_SEPARATORS).default(';'),
    personalData: z.enum(PERSONAL_DATA_MODES).default('masked'),
    /** Why personal data leaves in full; required then, and written to the audit log. */
    personalDataReason: z.string().trim().max(500).nullish(),
    /** When set, the whole export is one AES-256 ZIP (7-Zip opens it) and the data package is encrypted too. */
    password: z.string().min(PASSWORD_MIN, 'v.passwordShort').max(128).nullish(),
    /**
     * A data package of only what changed since the last package this desk (by `deskId` of
     * `transfer:peers`) acknowledged. Needs the whole scope.
     */
    since: z.object({ deskId: z.string().min(1).max(64) }).strict().nullish(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.since && (v.scope.kind !== 'all' || !v.contents.includes('package'))) {
      ctx.addIssue({ code: 'custom', message: 'v.invalidChoice', path: ['since'] });
    }
    if (v.personalData === 'full' && (v.personalDataReason ?? '').length < 5) {
      ctx.addIssue({ code: 'custom', message: 'v.reasonRequired', path: ['personalDataReason'] });
    }
    // The data package is always encrypted when it carries personal data in full.
    if (v.personalData === 'full' && v.contents.includes('package') && !v.password) {
      ctx.addIssue({ code: 'custom', message: 'v.passwordRequired', path: ['password'] });
    }
  });
export type ExportInput = z.input<typeof exportInput>;

export const exportedFileDto = z.object({
  /** Path relative to the export folder, `/`-separated. */
  name: z.string(),
  bytes: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExportedFile = z.infer<typeof exportedFileDto>;

export const tableCountsDto = z.object({
  business: z.number().int(),
  consultation: z.number().int(),
  follow_up: z.number().int(),
});

export const exportResultDto = z.object({
  status: z.enum(['done', 'cancelled']),
  /** The export folder made inside targetDir; null when cancelled (nothing is left behind). */
  folder: z.string().nullable(),
  /** Every file written and verified, the manifest last. */
  files: z.array(exportedFileDto),
  /**
   * Live records in the workbook/CSV; for an export of the data package alone, the records it
   * carries (deleted ones and tombstones included).
   */
  counts: tableCountsDto,
  encrypted: z.boolean(),
  personalData: z.enum(PERSONAL_DATA_MODES),
});
export type ExportResult = z.infer<typeof exportResultDto>;

const pathInput = z.string().trim().min(1, 'v.required').max(1000).regex(ABSOLUTE_PATH, 'v.invalidPath');

export const importCountsDto = z.object({
  table: z.enum(TRANSFER_TABLES),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  conflicts: z.number().int(),
  /** Of new and updated records, those that arrive deleted (deletions travel). */
  deletions: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsDto>;

export const importConflictDto = z.object({
  table: z.enum(TRANSFER_TABLES),
  id: z.string(),
  /** Business name, consultation number, follow-up title, training title, participant or consultant name, milestone kind. */
  label: z.string(),
  localUpdatedAt: z.string(),
  incomingUpdatedAt: z.string(),
  localDeleted: z.boolean(),
  incomingDeleted: z.boolean(),
  /** Database columns whose values differ (snake_case). */
  fields: z.array(z.string()),
});
export type ImportConflict = z.infer<typeof importConflictDto>;

export const importDuplicateDto = z.object({
  /** A business new to this desk. */
  incomingId: z.string(),
  name: z.string(),
  ownerName: z.string().nullable(),
  /** Profiles already here that look like the same business (NIK, NIB, phone, name). */
  candidates: z.array(duplicateCandidateDto),
});
export type ImportDuplicate = z.infer<typeof importDuplicateDto>;

export const importPreviewDto = z.object({
  /** Hand it to `transfer:applyImport`; valid for one hour, until applied. */
  previewId: z.string(),
  source: z.object({
    packageId: z.string(),
    deskCode: z.string().nullable(),
    officeName: z.string().nullable(),
    createdAt: z.string(),
    appVersion: z.string(),
    schemaVersion: z.string(),
    personalData: z.enum(PERSONAL_DATA_MODES),
    encrypted: z.boolean(),
    /** Locked with this office's key (full data between the office's own desks). */
    officeKey: z.boolean(),
    /** Only what changed since an earlier package (incremental). */
    incremental: z.boolean(),
    scope: exportScope,
  }),
  tables: z.array(importCountsDto),
  conflicts: z.array(importConflictDto),
  conflictsTotal: z.number().int(),
  duplicates: z.array(importDuplicateDto),
  /** True when more new businesses than could be checked for duplicates. */
  duplicatesTruncated: z.boolean(),
  /** Sentences that stop the import (e.g. a consultation number used here by another record). */
  problems: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewDto>;

export const importResolutionDto = z.object({ table: z.enum(TRANSFER_TABLES), id: z.string().min(1).max(36), keep: z.enum(['local', 'incoming']) }).strict();

export const importLinkDto = z
  .object({
    incomingId: id,
    localId: id,
    /** merge: the incoming profile joins the local one (its records follow); notDuplicate: both stay, remembered as different. */
    action: z.enum(['merge', 'notDuplicate']),
  })
  .strict();

export const importResultDto = z.object({
  tables: z.array(
    z.object({
      table: z.enum(TRANSFER_TABLES),
      inserted: z.number().int(),
      updated: z.number().int(),
      keptLocal: z.number().int(),
      /** Changed at both desks: waiting in the Konflik inbox. */
      parked: z.number().int(),
      /** Removed as the other desk removed them (days present, "not a duplicate" decisions). */
      deleted: z.number().int(),
    }),
  ),
  linked: z.number().int(),
  /** Records now waiting in the Konflik inbox. */
  parked: z.number().int(),
  /** False when the package brought nothing new (importing the same package twice). */
  changed: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultDto>;

/** Between the office's own desks: the office key, as typed (48 letters and digits, in groups of four). */
export const OFFICE_KEY_PATTERN = /^[A-Z2-7]{48}$/;
export const OFFICE_KEY_FILE_EXTENSION = 'klbkey';

export const officeKeyStatusDto = z.object({
  set: z.boolean(),
  /** Short fingerprint to compare between desks by eye (never the key). */
  fingerprint: z.string().nullable(),
  officeName: z.string().nullable(),
  setAt: z.string().nullable(),
});
export type OfficeKeyStatus = z.infer<typeof officeKeyStatusDto>;

export const peerDto = z.object({
  deskId: z.string(),
  deskCode: z.string().nullable(),
  officeName: z.string().nullable(),
  /** The last package from that desk applied here. */
  lastPackageAt: z.string().nullable(),
  /** Whether that desk has acknowledged a package of this desk (an incremental package can be made for it). */
  acknowledged: z.boolean(),
  /** Changes of this desk it has not acknowledged yet. */
  pendingChanges: z.number().int(),
});
export type PeerDto = z.infer<typeof peerDto>;

export const conflictSummaryDto = z.object({
  id: z.string(),
  table: z.enum(TRANSFER_TABLES),
  recordId: z.string(),
  label: z.string(),
  fromDeskCode: z.string().nullable(),
  detectedAt: z.string(),
  /** Columns whose values differ. */
  fields: z.array(z.string()),
});
export type ConflictSummary = z.infer<typeof conflictSummaryDto>;

export const conflictFieldDto = z.object({
  column: z.string(),
  /** As stored, but identifiers (NIK, phone, NIP, e-mail) masked as everywhere they are listed. */
  local: z.string().nullable(),
  incoming: z.string().nullable(),
  /** Personal data erased at one of the desks, or left out of a masked package: only this desk's value can be kept. */
  localOnly: z.boolean(),
});

export const conflictDetailDto = conflictSummaryDto.extend({
  status: z.enum(['open', 'decided', 'superseded']),
  fieldValues: z.array(conflictFieldDto),
});
export type ConflictDetail = z.infer<typeof conflictDetailDto>;

export const transferContract = {
  /** Removable drives that are mounted, with label, free space and whether they can be written. */
  'transfer:drives': channel({ input: z.void(), output: z.array(removableDriveDto) }),
  /** A folder chosen through the OS dialog, as an export target. */
  'transfer:chooseFolder': channel({ input: z.void(), output: z.object({ path: z.string().nullable() }) }),
  /** A data package (`.klb`) or an encrypted export (`.zip`) chosen through the OS dialog. */
  'transfer:choosePackage': channel({ input: z.void(), output: z.object({ path: z.string().nullable() }) }),
  /**
   * Writes the export folder. Fails with STORAGE and an Indonesian message when the stick is pulled,
   * full or refuses a name; nothing half-written stays and the database is unchanged.
   */
  'transfer:export': channel({ input: exportInput, output: exportResultDto }),
  /**
   * Shows a finished export's folder in the file manager. Only a folder this desk's export wrote
   * since start-up can be opened (NOT_FOUND otherwise), so the renderer cannot open any path it likes.
   */
  'transfer:openFolder': channel({ input: z.object({ path: pathInput }).strict(), output: z.object({ opened: z.boolean() }) }),
  /** Stops a running export or import; a cancelled export leaves nothing behind, an import writes nothing. */
  'transfer:cancel': channel({ input: z.object({ jobId: id }).strict(), output: z.object({ cancelled: z.boolean() }) }),
  /** Reads and checks a package and compares it with this desk's data. Writes nothing. */
  'transfer:previewImport': channel({
    input: z.object({ jobId: id, path: pathInput, password: z.string().max(128).nullish() }).strict(),
    output: importPreviewDto,
  }),
  /** The office key of this desk: set or not, its fingerprint (never the key). */
  'transfer:officeKey': channel({ input: z.void(), output: officeKeyStatusDto }),
  /** Makes a new office key (the first desk of an office, or to replace a key that leaked). */
  'transfer:createOfficeKey': channel({ input: z.void(), output: officeKeyStatusDto }),
  /** The office key in full, to type it in at another desk (audited). */
  'transfer:revealOfficeKey': channel({ input: z.void(), output: z.object({ key: z.string() }) }),
  /** Joins the office: the key typed as shown at another desk. */
  'transfer:joinOfficeKey': channel({ input: z.object({ key: z.string().trim().min(1, 'v.required').max(200) }).strict(), output: officeKeyStatusDto }),
  /** Writes the office key file into a folder (a stick), for another desk to import. */
  'transfer:saveOfficeKeyFile': channel({ input: z.object({ targetDir: pathInput }).strict(), output: z.object({ path: z.string() }) }),
  /** An office key file chosen through the OS dialog. */
  'transfer:chooseOfficeKeyFile': channel({ input: z.void(), output: z.object({ path: z.string().nullable() }) }),
  /** Joins the office from its key file. */
  'transfer:importOfficeKeyFile': channel({ input: z.object({ path: pathInput }).strict(), output: officeKeyStatusDto }),
  /** The desks this desk has exchanged packages with (for a package of changes only). */
  'transfer:peers': channel({ input: z.void(), output: z.array(peerDto) }),
  /** Records changed at two desks, waiting for a decision (the Konflik inbox). */
  'transfer:conflicts': channel({ input: z.void(), output: z.object({ total: z.number().int(), items: z.array(conflictSummaryDto) }) }),
  /** One conflict, both versions side by side, field by field. */
  'transfer:conflict': channel({ input: z.object({ id }).strict(), output: conflictDetailDto }),
  /**
   * Decides a conflict: for each differing field, this desk's value or the incoming one (unlisted
   * fields keep this desk's). The decision is a new version that travels to the other desks.
   */
  'transfer:resolveConflict': channel({
    input: z
      .object({ id, take: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/).max(64), z.enum(['local', 'incoming'])) })
      .strict(),
    output: z.object({ resolved: z.boolean(), open: z.number().int() }),
  }),
  /**
   * Applies a previewed package in one transaction. Conflicts not listed in `resolutions` follow
   * `otherConflicts`: by default they wait in the Konflik inbox, this desk's version kept meanwhile.
   */
  'transfer:applyImport': channel({
    input: z
      .object({
        jobId: id,
        previewId: z.string().min(1).max(64),
        resolutions: z.array(importResolutionDto).max(PREVIEW_LIST_MAX * 10).default([]),
        /** park: wait in the Konflik inbox for a decision field by field (default). */
        otherConflicts: z.enum(['park', 'local', 'incoming']).default('park'),
        links: z.array(importLinkDto).max(PREVIEW_LIST_MAX * 5).default([]),
      })
      .strict(),
    output: importResultDto,
  }),
};

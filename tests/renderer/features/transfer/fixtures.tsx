import type { ConflictDetail, ConflictSummary, ExportResult, ImportPreview, OfficeKeyStatus, PeerDto, RemovableDriveDto } from '../../../../src/shared/contract';
import { TransferPage, type TransferTab } from '../../../../src/renderer/src/features/transfer';
import type { FakeHandlers } from '../../helpers';
import { calls, installApi, ok, renderAt } from '../follow-ups/fixtures';

export { calls, ok };

export const KINGSTON: RemovableDriveDto = {
  mountPath: '/media/siti/KINGSTON',
  label: 'KINGSTON',
  freeBytes: 7_516_192_768,
  totalBytes: 15_518_924_800,
  writable: true,
};
export const LOCKED: RemovableDriveDto = { mountPath: '/media/siti/TERKUNCI', label: 'TERKUNCI', freeBytes: 1_073_741_824, totalBytes: 4_026_531_840, writable: false };

export const LOCAL_SRI = 'a1b2c3d4-0000-4000-8000-000000000001';
export const INCOMING_SRI = 'a1b2c3d4-0000-4000-8000-000000000002';
export const CONFLICT_ID = 'a1b2c3d4-0000-4000-8000-000000000003';

export const NO_KEY: OfficeKeyStatus = { set: false, fingerprint: null, officeName: null, setAt: null };
export const KEY: OfficeKeyStatus = { set: true, fingerprint: '3F2A-9C41-7B0E-D5A8', officeName: 'Klinik Bisnis PLUT-KUMKM Kaltim', setAt: '2026-11-20T01:15:00.000Z' };
export const OFFICE_KEY_TEXT = 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-67AB-CDEF-GHJK-LMNP-QRST';

export const PEERS: PeerDto[] = [
  { deskId: 'desk-bpn1', deskCode: 'BPN1', officeName: 'Klinik Bisnis Balikpapan', lastPackageAt: '2026-11-25T02:00:00.000Z', acknowledged: true, pendingChanges: 12 },
  { deskId: 'desk-kkr1', deskCode: 'KKR1', officeName: null, lastPackageAt: '2026-11-26T02:00:00.000Z', acknowledged: false, pendingChanges: 40 },
];

export const INBOX_ID = 'c0ffee00-0000-4000-8000-000000000010';
export const SRI_RECORD = 'c0ffee00-0000-4000-8000-000000000011';

export const conflictSummary: ConflictSummary = {
  id: INBOX_ID,
  table: 'business',
  recordId: SRI_RECORD,
  label: 'Kue Bu Sri',
  fromDeskCode: 'BPN1',
  detectedAt: '2026-11-28T01:30:00.000Z',
  fields: ['name', 'name_key', 'owner_phone', 'address', 'owner_nik', 'sales_note_x'],
};

export const conflictDetail: ConflictDetail = {
  ...conflictSummary,
  status: 'open',
  fieldValues: [
    { column: 'name', local: 'Kue Bu Sri (Jl. Pahlawan)', incoming: 'Kue Bu Sri Samarinda', localOnly: false },
    { column: 'owner_phone', local: '+6281234567890', incoming: '+6281399990000', localOnly: false },
    { column: 'address', local: 'Jl. Pahlawan No. 3', incoming: null, localOnly: false },
    { column: 'owner_nik', local: '6472015203850004', incoming: null, localOnly: true },
    { column: 'sales_note_x', local: 'a', incoming: 'b', localOnly: false },
  ],
};

export const exportResult: ExportResult = {
  status: 'done',
  folder: '/media/siti/KINGSTON/Ekspor-KlinikBisnis-SMD1-2026-11-28-0930',
  files: [
    { name: 'Klinik-Bisnis-SMD1-2026-11-28-0930.xlsx', bytes: 1_258_291, sha256: 'a'.repeat(64) },
    { name: 'Paket-Data-SMD1-2026-11-28-0930.klb', bytes: 52_428, sha256: 'b'.repeat(64) },
    { name: 'manifest.json', bytes: 1_843, sha256: 'c'.repeat(64) },
  ],
  counts: { business: 1250, consultation: 3400, follow_up: 980 },
  encrypted: false,
  personalData: 'masked',
};

export function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    previewId: 'preview-1',
    source: {
      packageId: 'pkg-1',
      deskCode: 'BPN1',
      officeName: 'Klinik Bisnis Balikpapan',
      createdAt: '2026-11-27T02:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: '1764921600000',
      personalData: 'masked',
      encrypted: false,
      officeKey: false,
      incremental: false,
      scope: { kind: 'all' },
    },
    tables: [
      { table: 'consultant', new: 1, updated: 0, unchanged: 0, conflicts: 0, deletions: 0 },
      { table: 'business', new: 12, updated: 3, unchanged: 1200, conflicts: 1, deletions: 1 },
      { table: 'consultation', new: 40, updated: 0, unchanged: 3000, conflicts: 0, deletions: 0 },
      { table: 'consultation_revision', new: 0, updated: 0, unchanged: 0, conflicts: 0, deletions: 0 },
      { table: 'follow_up', new: 7, updated: 2, unchanged: 900, conflicts: 0, deletions: 0 },
    ],
    conflicts: [
      {
        table: 'business',
        id: CONFLICT_ID,
        label: 'Amplang Pak Darto',
        localUpdatedAt: '2026-11-26T01:00:00.000Z',
        incomingUpdatedAt: '2026-11-27T01:30:00.000Z',
        localDeleted: false,
        incomingDeleted: true,
        fields: ['name', 'name_key', 'deleted_at'],
      },
    ],
    conflictsTotal: 1,
    duplicates: [
      {
        incomingId: INCOMING_SRI,
        name: 'Kue Bu Sri',
        ownerName: 'Sri Wahyuni',
        candidates: [{ id: LOCAL_SRI, name: 'Kue Ibu Sri', ownerName: 'Sri Wahyuni', regencyName: 'Kota Samarinda', reasons: ['nik', 'name'], score: 0.9 }],
      },
    ],
    duplicatesTruncated: false,
    problems: [],
    ...overrides,
  };
}

export function transferHandlers(): FakeHandlers {
  return {
    'transfer:drives': () => ok([KINGSTON, LOCKED]),
    'transfer:chooseFolder': () => ok({ path: '/home/siti/Ekspor' }),
    'transfer:choosePackage': () => ok({ path: '/media/siti/KINGSTON/Paket-Data-BPN1.klb' }),
    'transfer:export': () => ok(exportResult),
    'transfer:cancel': () => ok({ cancelled: true }),
    'transfer:openFolder': () => ok({ opened: true }),
    'transfer:previewImport': () => ok(preview()),
    'transfer:officeKey': () => ok(NO_KEY),
    'transfer:peers': () => ok(PEERS),
    'transfer:conflicts': () => ok({ total: 0, items: [] }),
    'transfer:applyImport': () =>
      ok({
        tables: [
          { table: 'consultant', inserted: 1, updated: 0, keptLocal: 0, parked: 0, deleted: 0 },
          { table: 'business', inserted: 12, updated: 3, keptLocal: 0, parked: 1, deleted: 0 },
          { table: 'consultation', inserted: 40, updated: 0, keptLocal: 0, parked: 0, deleted: 0 },
          { table: 'consultation_revision', inserted: 0, updated: 0, keptLocal: 0, parked: 0, deleted: 0 },
          { table: 'follow_up', inserted: 7, updated: 2, keptLocal: 0, parked: 0, deleted: 0 },
        ],
        linked: 1,
        parked: 1,
        changed: true,
      }),
  };
}

export function setup(handlers: FakeHandlers = {}, tab: TransferTab = 'export', at: { path?: string; route?: string } = {}) {
  const api = installApi({ ...transferHandlers(), ...handlers });
  const view = renderAt(<TransferPage tab={tab} />, at);
  return { ...api, view };
}

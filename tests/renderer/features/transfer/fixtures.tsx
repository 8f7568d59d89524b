import type { ExportResult, ImportPreview, RemovableDriveDto } from '../../../../src/shared/contract';
import { TransferPage } from '../../../../src/renderer/src/features/transfer';
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
    'transfer:applyImport': () =>
      ok({
        tables: [
          { table: 'consultant', inserted: 1, updated: 0, keptLocal: 0 },
          { table: 'business', inserted: 12, updated: 4, keptLocal: 0 },
          { table: 'consultation', inserted: 40, updated: 0, keptLocal: 0 },
          { table: 'consultation_revision', inserted: 0, updated: 0, keptLocal: 0 },
          { table: 'follow_up', inserted: 7, updated: 2, keptLocal: 0 },
        ],
        linked: 1,
        changed: true,
      }),
  };
}

export function setup(handlers: FakeHandlers = {}, tab: 'export' | 'import' = 'export') {
  const api = installApi({ ...transferHandlers(), ...handlers });
  const view = renderAt(<TransferPage tab={tab} />);
  return { ...api, view };
}

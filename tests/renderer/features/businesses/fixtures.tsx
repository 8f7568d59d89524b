import type { ReactElement } from 'react';
import { Route, RouterProvider, Routes, createMemoryRouter } from 'react-router';
import { UnsavedGuardProvider } from '../../../../src/renderer/src/components/unsaved';
import type { BusinessDetail, BusinessSummary, Settings } from '../../../../src/shared/contract';
import { SettingsProvider } from '../../../../src/renderer/src/app/settings';
import { installFakeApi, ok, renderUi, type FakeHandlers } from '../../helpers';

export { ok };

export const settings: Settings = {
  office: {
    officeName: 'Klinik Bisnis Samarinda',
    unitName: null,
    address: null,
    phone: null,
    email: null,
    provinceCode: '64',
    regencyCode: '64.72',
    logoDataUrl: null,
    timeZone: 'Asia/Makassar',
    deskCode: 'SMD1',
    updatedAt: '2026-11-28T03:00:00.000Z',
    updatedBy: null,
  },
  language: 'id',
  lockAfterMinutes: 10,
};

/** Channels every business screen touches, answering with small fixed data. */
export function baseHandlers(): FakeHandlers {
  return {
    'settings:get': () => ok(settings),
    'businesses:tags': () => ok([{ tag: 'binaan 2026', count: 3 }]),
    'businesses:checkDuplicates': () => ok([]),
    'regions:children': (input) => {
      const parent = (input as { parentCode: string | null }).parentCode;
      if (parent === null) return ok([{ code: '64', name: 'Kalimantan Timur' }]);
      if (parent === '64') return ok([{ code: '64.72', name: 'Kota Samarinda' }]);
      if (parent === '64.72') return ok([{ code: '64.72.01', name: 'Palaran' }]);
      return ok([]);
    },
  };
}

export function installApi(handlers: FakeHandlers = {}) {
  return installFakeApi({ ...baseHandlers(), ...handlers });
}

/**
 * A data router with the unsaved-changes guard at `route`, as the app has: `path` shows `element`,
 * anything else shows "elsewhere".
 */
export function testRouter(element: ReactElement, path: string, route: string): ReactElement {
  const root = (
    <UnsavedGuardProvider>
      <Routes>
        <Route path={path} element={element} />
        <Route path="*" element={<div data-testid="elsewhere" />} />
      </Routes>
    </UnsavedGuardProvider>
  );
  return <RouterProvider router={createMemoryRouter([{ path: '*', element: root }], { initialEntries: [route] })} />;
}

/** Renders a screen inside settings and a router at `path`, as the app does. */
export function renderAt(element: ReactElement, { path = '/', route = path }: { path?: string; route?: string } = {}) {
  return renderUi(<SettingsProvider>{testRouter(element, path, route)}</SettingsProvider>);
}

export const SRI_ID = '4f1d7a52-8a43-4d5e-9a61-0c7b3a2f9e01';

/** A stored profile as `businesses:get` answers it. */
export function detail(overrides: Partial<BusinessDetail> = {}): BusinessDetail {
  return {
    id: SRI_ID,
    name: 'Kue Bu Sri',
    brand: null,
    ownerName: 'Sri Wahyuni',
    ownerNikMasked: '6472••••••••0003',
    ownerGender: 'P',
    ownerBirthDate: '1990-03-12',
    ownerPhone: '+6281234567890',
    ownerPhoneIsWhatsapp: true,
    ownerEmail: null,
    address: null,
    provinceCode: '64',
    regencyCode: '64.72',
    districtCode: '64.72.01',
    villageCode: null,
    provinceName: 'Kalimantan Timur',
    regencyName: 'Kota Samarinda',
    districtName: 'Palaran',
    villageName: null,
    kbliCode: '10710',
    sectorText: null,
    products: 'Amplang, kue lapis',
    yearStarted: 2019,
    legalForm: null,
    status: 'aktif',
    nib: '1234567890123',
    pirtNumber: null,
    pirtIssuedAt: null,
    pirtExpiresAt: null,
    halalNumber: null,
    halalIssuedAt: null,
    halalExpiresAt: null,
    bpomNumber: null,
    merekNumber: null,
    employeesMale: 1,
    employeesFemale: 2,
    modalUsaha: 50_000_000,
    annualSales: null,
    salesChannels: ['toko'],
    tags: ['binaan 2026'],
    notes: null,
    scale: 'mikro',
    scaleReasons: [{ criterion: 'modal', value: 50_000_000, scale: 'mikro', bound: 1_000_000_000, relation: 'lte', upper: 1_000_000_000 }],
    pirtState: 'none',
    halalState: 'none',
    mergedIntoId: null,
    personalDataErasedAt: null,
    restrictedAt: null,
    createdAt: '2026-11-20T03:00:00.000Z',
    updatedAt: '2026-11-28T03:00:00.000Z',
    updatedByName: 'Siti Rahmawati',
    deletedAt: null,
    ...overrides,
  };
}

/** A business as a list shows it: `Usaha 1` owned by `Pemilik 1`. */
export function summary(i: number, overrides: Partial<BusinessSummary> = {}): BusinessSummary {
  return {
    id: `4f1d7a52-8a43-4d5e-9a61-0c7b3a2f9e${String(i).padStart(2, '0')}`,
    name: `Usaha ${i}`,
    brand: null,
    ownerName: `Pemilik ${i}`,
    ownerPhoneMasked: '0812-••••-7890',
    regencyName: 'Kota Samarinda',
    districtName: 'Palaran',
    kbliCode: '10710',
    scale: 'mikro',
    status: 'aktif',
    nib: null,
    updatedAt: '2026-11-28T03:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

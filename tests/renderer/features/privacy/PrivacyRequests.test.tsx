import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrivacyRequestPage, PrivacyRequestsPage } from '../../../../src/renderer/src/features/privacy';
import { deadlineState } from '../../../../src/renderer/src/features/privacy/deadline';
import { queryClient } from '../../../../src/renderer/src/lib/query';
import type { PrivacyRequest } from '../../../../src/shared/contract';
import { calls, installApi, ok, renderAt } from '../follow-ups/fixtures';

const REQUEST_ID = '9d2c6f1e-7b3a-4c5d-8e9f-0a1b2c3d4e5f';
const SRI_ID = '3f2e1d0c-9b8a-4765-8432-10fedcba9876';
const HOUR = 3_600_000;
/** 06/12/2026 10.00 WITA. */
const NOW = Date.parse('2026-12-06T02:00:00.000Z');

function request(overrides: Partial<PrivacyRequest> = {}): PrivacyRequest {
  return {
    id: REQUEST_ID,
    subject: { kind: 'business', id: SRI_ID, name: 'Sri Wahyuni', context: 'Kue Bu Sri', trainingId: null, restricted: false },
    kind: 'restriction',
    // Received 48 hours before now: 24 hours are left.
    receivedAt: new Date(NOW - 48 * HOUR).toISOString(),
    deadlineAt: new Date(NOW + 24 * HOUR).toISOString(),
    notes: 'Minta datanya tidak dipakai dulu.',
    status: 'open',
    answer: null,
    answeredAt: null,
    answeredByName: null,
    recordedByName: 'Siti Rahmawati',
    createdAt: new Date(NOW - 48 * HOUR).toISOString(),
    updatedAt: new Date(NOW - 48 * HOUR).toISOString(),
    ...overrides,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  queryClient.clear();
});

describe('the 3×24-hour countdown', () => {
  it('counts down, turns urgent in the last day, counts up once overdue, and says how a closed request ended', () => {
    const open = request();
    expect(deadlineState(open, NOW)).toEqual({ kind: 'left', hours: 24, minutes: 0, urgent: true });
    expect(deadlineState(open, NOW - 60_000)).toEqual({ kind: 'left', hours: 24, minutes: 1, urgent: false });
    expect(deadlineState(open, NOW - 30 * HOUR - 15 * 60_000)).toEqual({ kind: 'left', hours: 54, minutes: 15, urgent: false });
    expect(deadlineState(open, NOW + 26 * HOUR + 5 * 60_000)).toEqual({ kind: 'overdue', hours: 2, minutes: 5, urgent: true });
    expect(deadlineState(request({ status: 'answered', answeredAt: new Date(NOW).toISOString() }), NOW + 99 * HOUR)).toEqual({ kind: 'answeredOnTime' });
    expect(deadlineState(request({ status: 'refused', answeredAt: new Date(NOW + 25 * HOUR).toISOString() }), NOW)).toEqual({ kind: 'answeredLate' });
  });
});

describe('Permintaan Data Pribadi', () => {
  it('lists open requests with their deadline countdown, an overdue one in red words', async () => {
    installApi({
      'privacy:list': () =>
        ok({
          rows: [
            request({ id: '11111111-2222-4333-8444-555555555555', kind: 'access', deadlineAt: new Date(NOW - 2 * HOUR).toISOString(), subject: { kind: 'participant', id: SRI_ID, name: 'Rina Marlina', context: 'Pelatihan Sablon', trainingId: SRI_ID, restricted: true } }),
            request(),
          ],
          total: 2,
        }),
    });
    renderAt(<PrivacyRequestsPage />, { path: '/permintaan-data' });
    const rina = (await screen.findByRole('link', { name: 'Rina Marlina' })).closest('tr')!;
    expect(within(rina as HTMLElement).getByText('Lewat 2 jam 0 menit')).toBeTruthy();
    expect(within(rina as HTMLElement).getByText('Dibatasi')).toBeTruthy();
    expect(within(rina as HTMLElement).getByText('Peserta pelatihan · Pelatihan Sablon')).toBeTruthy();
    const sri = screen.getByRole('link', { name: 'Sri Wahyuni' }).closest('tr')!;
    expect(within(sri as HTMLElement).getByText('Sisa 24 jam 0 menit')).toBeTruthy();
    expect(screen.getByText('2 permintaan')).toBeTruthy();
  });

  it('restricts the person of a restriction request from its page, naming the request', async () => {
    let current = request();
    const api = installApi({
      'privacy:get': () => ok(current),
      'privacy:setRestricted': (input) => {
        current = request({ subject: { ...current.subject, restricted: input.restricted } });
        return ok(current.subject);
      },
    });
    renderAt(<PrivacyRequestPage />, { path: '/permintaan-data/:id', route: `/permintaan-data/${REQUEST_ID}` });
    expect(await screen.findByRole('heading', { name: 'Pembatasan — Sri Wahyuni' })).toBeTruthy();
    expect(screen.getByText('Sisa 24 jam 0 menit')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Batasi pemrosesan' }));
    expect(calls(api.invoke, 'privacy:setRestricted')).toEqual([{ subjectKind: 'business', subjectId: SRI_ID, restricted: true, requestId: REQUEST_ID }]);
  });

  it('refusing needs a reason: an empty one is refused on its field and nothing is sent', async () => {
    const api = installApi({ 'privacy:get': () => ok(request({ kind: 'erasure' })) });
    renderAt(<PrivacyRequestPage />, { path: '/permintaan-data/:id', route: `/permintaan-data/${REQUEST_ID}` });
    await userEvent.click(await screen.findByRole('button', { name: 'Tolak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tolak permintaan' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tolak' }));
    expect(within(dialog).getByText('Wajib diisi')).toBeTruthy();
    expect(calls(api.invoke, 'privacy:refuse')).toEqual([]);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan penolakan/ }), 'Data masih wajib disimpan untuk laporan program.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tolak' }));
    expect(calls(api.invoke, 'privacy:refuse')).toEqual([{ id: REQUEST_ID, reason: 'Data masih wajib disimpan untuk laporan program.' }]);
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeReply } from '../../helpers';
import { ConsultationPage, NewConsultationPage } from '../../../../src/renderer/src/features/consultations';
import { refreshAfterChange } from '../../../../src/renderer/src/lib/query';
import { DRAFT_ID, SRI_ID, calls, draftDetail, fullDraft, installApi, ok, renderAt } from './fixtures';

const complaint = () => screen.getByRole('textbox', { name: /^Keluhan/ });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A saveDraft whose answers the test releases one by one. */
function heldSaves() {
  const waiting: Array<() => void> = [];
  const handler = (input: { id: string }): Promise<FakeReply<'consultations:saveDraft'>> =>
    new Promise((resolve) =>
      waiting.push(() => resolve(ok({ id: input.id, updatedAt: '2026-11-28T08:42:00.000Z' }))),
    );
  return { handler, release: () => waiting.shift()?.(), pending: () => waiting.length };
}

type Happening = { kind: 'typed' | 'saved'; at: number; complaint: string };

/**
 * Types into Keluhan every `everyMs` for `forMs` on fake timers, with a store that answers at once,
 * and returns what happened in order: each change typed and each save sent, with its time.
 */
async function typeSteadily(everyMs: number, forMs: number): Promise<Happening[]> {
  const log: Happening[] = [];
  installApi({
    'consultations:saveDraft': (input) => {
      const { id, values } = input as { id: string; values: { complaint: string } };
      log.push({ kind: 'saved', at: Date.now(), complaint: values.complaint });
      return ok({ id, updatedAt: '2026-11-28T08:42:00.000Z' });
    },
  });
  renderAt(<NewConsultationPage />, { path: '/konsultasi/baru' });
  const box = await screen.findByRole('textbox', { name: /^Keluhan/ });
  // The form is on screen; from here on the test owns the clock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  let text = '';
  for (let at = 0; at <= forMs; at += everyMs) {
    text += String.fromCharCode(97 + ((at / everyMs) % 26));
    fireEvent.change(box, { target: { value: text } });
    log.push({ kind: 'typed', at: Date.now(), complaint: text });
    await vi.advanceTimersByTimeAsync(everyMs);
  }
  // Quiet afterwards: whatever is left goes in one last save.
  await vi.advanceTimersByTimeAsync(3000);
  return log;
}

describe('draft autosave', { timeout: 40_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([100, 500, 599])(
    'typing without a pause (a change every %i ms) is saved at most 1 s after the first unsaved change',
    async (everyMs) => {
      const log = await typeSteadily(everyMs, 5000);
      const start = log[0]?.at ?? 0;
      const typed = log.filter((h) => h.kind === 'typed');
      const saves = log.filter((h) => h.kind === 'saved');
      // Several saves while typing goes on, not one at the end.
      expect(saves.filter((s) => s.at - start <= 5000).length).toBeGreaterThanOrEqual(4);
      let lastTyped = '';
      let firstUnsaved: number | null = null;
      for (const h of log) {
        if (h.kind === 'typed') {
          lastTyped = h.complaint;
          firstUnsaved ??= h.at;
          continue;
        }
        // Each save carries the latest text typed before it, and comes at most 1 s after the
        // oldest change it stores.
        expect(h.complaint).toBe(lastTyped);
        expect(firstUnsaved).not.toBeNull();
        expect(h.at - (firstUnsaved ?? h.at)).toBeLessThanOrEqual(1000);
        firstUnsaved = null;
      }
      // Nothing typed was left waiting longer than 1 s: each change is followed by a save in time.
      for (const k of typed) {
        const next = saves.find((s) => s.at >= k.at && s.complaint.length >= k.complaint.length);
        expect(next, `change at +${k.at - start} ms`).toBeDefined();
        expect((next?.at ?? Infinity) - k.at).toBeLessThanOrEqual(1000);
      }
      expect(saves.at(-1)?.complaint).toBe(typed.at(-1)?.complaint);
    },
  );

  it('saves once, about 600 ms after the last keystroke, with the new draft id and what was typed', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi();
    renderAt(<NewConsultationPage />, { path: '/konsultasi/baru' });
    await user.click(await screen.findByRole('textbox', { name: /^Keluhan/ }));
    await user.paste('Omzet turun');
    expect(calls(invoke, 'consultations:saveDraft')).toHaveLength(0);

    await waitFor(() => expect(calls(invoke, 'consultations:saveDraft')).toHaveLength(1), { timeout: 4000 });
    const saved = calls(invoke, 'consultations:saveDraft')[0] as { id: string; values: { complaint: string } };
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.values.complaint).toBe('Omzet turun');
    expect(await screen.findByText('Draf tersimpan pukul 16.42')).toBeTruthy();
    await sleep(800);
    expect(calls(invoke, 'consultations:saveDraft')).toHaveLength(1);
  });

  it('keeps one save in flight and sends what was typed meanwhile in one save after it', async () => {
    const user = userEvent.setup();
    const saves = heldSaves();
    const { invoke } = installApi({ 'consultations:saveDraft': saves.handler });
    renderAt(<NewConsultationPage />, { path: '/konsultasi/baru' });
    await user.click(await screen.findByRole('textbox', { name: /^Keluhan/ }));
    await user.keyboard('A');
    await waitFor(() => expect(saves.pending()).toBe(1), { timeout: 4000 });
    expect(screen.getByText('Menyimpan draf…')).toBeTruthy();

    // Two bursts of typing while the first save is still out.
    await user.keyboard('B');
    await sleep(700);
    await user.keyboard('C');
    await sleep(700);
    expect(calls(invoke, 'consultations:saveDraft')).toHaveLength(1);

    saves.release();
    await waitFor(() => expect(calls(invoke, 'consultations:saveDraft')).toHaveLength(2));
    expect((calls(invoke, 'consultations:saveDraft')[1] as { values: { complaint: string } }).values.complaint).toBe('ABC');
    saves.release();
    await waitFor(() => expect(screen.getByText('Draf tersimpan pukul 16.42')).toBeTruthy());
    expect(complaint()).toHaveProperty('value', 'ABC');
  });

  it('reopening a draft just edited shows what was saved, not the copy loaded before', async () => {
    const user = userEvent.setup();
    let stored = fullDraft();
    installApi({
      'consultations:get': () => ok(draftDetail(stored)),
      'consultations:saveDraft': (input) => {
        stored = (input as { values: typeof stored }).values;
        return ok({ id: DRAFT_ID, updatedAt: '2026-11-28T08:42:00.000Z' });
      },
    });
    const first = renderAt(<ConsultationPage />, { path: '/konsultasi/:id', route: `/konsultasi/${DRAFT_ID}` });
    await user.click(await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi'));
    await user.paste(' dan pesaing');
    await screen.findByText('Draf tersimpan pukul 16.42', {}, { timeout: 4000 });
    // The core announces the save; the form open now is not reloaded, only marked old.
    await refreshAfterChange(['consultation']);
    expect(screen.getByDisplayValue('Penjualan amplang turun sejak pandemi dan pesaing')).toBeTruthy();
    first.unmount();

    renderAt(<ConsultationPage />, { path: '/konsultasi/:id', route: `/konsultasi/${DRAFT_ID}` });
    expect(await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi dan pesaing')).toBeTruthy();
  });

  it('shows a CONFLICT (the business already has a draft) with a link to that draft', async () => {
    const user = userEvent.setup();
    const OTHER = '7d0c6f3e-1b2a-4c5d-8e7f-0a1b2c3d4e5f';
    installApi({
      'consultations:get': () => ok(draftDetail(fullDraft())),
      'consultations:saveDraft': () => ({
        ok: false,
        error: { code: 'CONFLICT', message: 'Sudah ada draf.', fields: { 'values.businessId': { key: 'v.draftExists' } } },
      }),
      'consultations:drafts': () =>
        ok([{ id: OTHER, businessId: SRI_ID, businessName: 'Kue Bu Sri', excerpt: null, date: null, updatedAt: '2026-11-28T01:00:00.000Z', updatedByName: null }]),
    });
    renderAt(<ConsultationPage />, { path: '/konsultasi/:id', route: `/konsultasi/${DRAFT_ID}` });
    await user.click(await screen.findByDisplayValue('Penjualan amplang turun sejak pandemi'));
    await user.keyboard(' lagi');

    expect(await screen.findByText('Draf ini tidak dapat disimpan', {}, { timeout: 3000 })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Buka draf yang ada' })).getAttribute('href')).toBe(`/konsultasi/${OTHER}`);
  });

  it('offers to continue the live draft of the business chosen in ?umkm=', async () => {
    installApi({
      'consultations:drafts': () =>
        ok([{ id: DRAFT_ID, businessId: SRI_ID, businessName: 'Kue Bu Sri', excerpt: 'Omzet turun', date: null, updatedAt: '2026-11-28T01:00:00.000Z', updatedByName: null }]),
    });
    renderAt(<NewConsultationPage />, { path: '/konsultasi/baru', route: `/konsultasi/baru?umkm=${SRI_ID}` });
    expect(await screen.findByText('UMKM ini sudah punya draf')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lanjutkan draf' }).getAttribute('href')).toBe(`/konsultasi/${DRAFT_ID}`);
    expect(screen.queryByRole('form', { name: 'Formulir konsultasi' })).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DraftStatus } from '../../../../src/renderer/src/features/consultations/form/DraftStatus';
import { DRAFT_ID, installApi, renderAt } from './fixtures';

const SAVED_AT = '2026-11-28T08:42:00.000Z';

describe('DraftStatus', () => {
  it('says "tersimpan" once what was typed is stored', async () => {
    installApi();
    renderAt(<DraftStatus state={{ status: 'saved', savedAt: SAVED_AT }} draftId={DRAFT_ID} businessId={null} />);
    expect(await screen.findByText('Draf tersimpan pukul 16.42')).toBeTruthy();
    expect(screen.getByTestId('draft-status').getAttribute('data-state')).toBe('saved');
  });

  it('never says "tersimpan" while a later change is still being saved', async () => {
    installApi();
    renderAt(<DraftStatus state={{ status: 'saving', savedAt: SAVED_AT }} draftId={DRAFT_ID} businessId={null} />);
    expect(await screen.findByText('Menyimpan draf…')).toBeTruthy();
    expect(screen.queryByText(/tersimpan/)).toBeNull();
    expect(screen.getByTestId('draft-status').getAttribute('data-state')).toBe('saving');
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DuplicatePanel } from '../../../../src/renderer/src/features/businesses/form/DuplicatePanel';
import type { DuplicateCandidate } from '../../../../src/shared/contract';
import { renderUi } from '../../helpers';

const rahman: DuplicateCandidate = {
  id: '4f1d7a52-8a43-4d5e-9a61-0c7b3a2f9e02',
  name: 'Warung Makan Berkah',
  ownerName: 'H. Abdul Rahman',
  regencyName: 'Kota Samarinda',
  reasons: ['ownerName', 'sameDistrict'],
  notes: ['title', 'abbreviation'],
  score: 1,
};

describe('the duplicate panel', () => {
  it('shows why a candidate matched: the kecamatan and how the names were reconciled', () => {
    renderUi(
      <DuplicatePanel candidates={[rahman]} checking={false} blocked={false} dismissedCount={0} onOpen={vi.fn()} onDismiss={vi.fn()} onUndo={vi.fn()} />,
    );
    expect(screen.getByText('Pemilik mirip')).toBeTruthy();
    expect(screen.getByText('Kecamatan sama')).toBeTruthy();
    expect(screen.getByText('Kecocokan nama: gelar dan sapaan diabaikan, singkatan nama (Abd., Moch., St.)')).toBeTruthy();
  });

  it('shows no notes line for a candidate without notes', () => {
    renderUi(
      <DuplicatePanel
        candidates={[{ ...rahman, reasons: ['phone'], notes: undefined }]}
        checking={false}
        blocked={false}
        dismissedCount={0}
        onOpen={vi.fn()}
        onDismiss={vi.fn()}
        onUndo={vi.fn()}
      />,
    );
    expect(screen.getByText('Telepon sama')).toBeTruthy();
    expect(screen.queryByText(/Kecocokan nama/)).toBeNull();
  });
});

import { Select, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantImportRow } from '../../../../../shared/contract';
import { renderWithHints } from '../../businesses';
import { IGNORE } from './mapping';

/** Likely profiles by name; owner and kabupaten/kota under each option and on hover of the chosen one. */
export function LinkSelect({ row, value, onChange }: { row: ParticipantImportRow; value: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const hints = new Map(row.businessMatches.map((m) => [m.id, [m.ownerName, m.regencyName].filter(Boolean).join(' · ')]));
  const chosen = row.businessMatches.find((m) => m.id === value);
  const hint = chosen ? [chosen.name, hints.get(chosen.id)].filter(Boolean).join(' · ') : null;
  return (
    <Tooltip label={hint} disabled={!hint} openDelay={300}>
      <Select
        size="xs"
        aria-label={t('trainings.import.linkRow', { row: row.row })}
        data={[{ value: IGNORE, label: t('trainings.import.noLink') }, ...row.businessMatches.map((m) => ({ value: m.id, label: m.name }))]}
        renderOption={renderWithHints(hints)}
        comboboxProps={{ width: 'max-content', position: 'bottom-end' }}
        value={value}
        allowDeselect={false}
        onChange={(id) => onChange(id && id !== IGNORE ? id : null)}
      />
    </Tooltip>
  );
}

import type { ImportPreview, Input } from '../../../../../shared/contract';

/** Per incoming business: '' (decide later), `merge:<localId>`, or 'notDuplicate' (of every candidate). */
export type DuplicateChoice = string;

export interface ImportChoices {
  duplicates: Record<string, DuplicateChoice>;
}

export const noChoices: ImportChoices = { duplicates: {} };

export const conflictKey = (c: { table: string; id: string }): string => `${c.table}:${c.id}`;

type ApplyInput = Input<'transfer:applyImport'>;

/**
 * The apply call's input: one link per decided pair. Conflicts are not chosen here: the apply parks
 * each in the Konflik inbox, where it is decided field by field.
 */
export function toApplyInput(preview: ImportPreview, choices: ImportChoices, jobId: string): ApplyInput {
  const links: NonNullable<ApplyInput['links']> = [];
  for (const d of preview.duplicates) {
    const choice = choices.duplicates[d.incomingId] ?? '';
    if (choice.startsWith('merge:')) links.push({ incomingId: d.incomingId, localId: choice.slice('merge:'.length), action: 'merge' });
    else if (choice === 'notDuplicate') {
      for (const c of d.candidates) links.push({ incomingId: d.incomingId, localId: c.id, action: 'notDuplicate' });
    }
  }
  return { jobId, previewId: preview.previewId, resolutions: [], otherConflicts: 'park', links };
}

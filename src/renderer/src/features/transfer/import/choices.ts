import type { ImportPreview, Input } from '../../../../../shared/contract';

export type Keep = 'local' | 'incoming';
/** Per incoming business: '' (decide later), `merge:<localId>`, or 'notDuplicate' (of every candidate). */
export type DuplicateChoice = string;

export interface ImportChoices {
  keep: Record<string, Keep>;
  otherConflicts: Keep;
  duplicates: Record<string, DuplicateChoice>;
}

export const noChoices: ImportChoices = { keep: {}, otherConflicts: 'local', duplicates: {} };

export const conflictKey = (c: { table: string; id: string }): string => `${c.table}:${c.id}`;

type ApplyInput = Input<'transfer:applyImport'>;

/** The apply call's input: one resolution per listed conflict, one link per decided pair. */
export function toApplyInput(preview: ImportPreview, choices: ImportChoices, jobId: string): ApplyInput {
  const resolutions = preview.conflicts.map((c) => ({ table: c.table, id: c.id, keep: choices.keep[conflictKey(c)] ?? 'local' }));
  const links: NonNullable<ApplyInput['links']> = [];
  for (const d of preview.duplicates) {
    const choice = choices.duplicates[d.incomingId] ?? '';
    if (choice.startsWith('merge:')) links.push({ incomingId: d.incomingId, localId: choice.slice('merge:'.length), action: 'merge' });
    else if (choice === 'notDuplicate') {
      for (const c of d.candidates) links.push({ incomingId: d.incomingId, localId: c.id, action: 'notDuplicate' });
    }
  }
  return { jobId, previewId: preview.previewId, resolutions, otherConflicts: choices.otherConflicts, links };
}

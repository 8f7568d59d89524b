import type { EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import type { BusinessService } from '../businesses';
import { invalid, type PlannedRow } from './participant-import.preview';
import { insertParticipant, type ParticipantValues } from './participant.store';
import { liveBusiness, requireTraining } from './training.lookup';

/**
 * The writing side of a participants import: inserts exactly the confirmed new rows of a preview,
 * each linked to the profile chosen for it, in one transaction with one audit entry.
 */

export type CommitInput = ParsedInput<'participants:importCommit'>;

export interface ApplyContext {
  deps: CoreDeps;
  audit: AuditService;
  businesses: BusinessService;
}

interface Chosen {
  values: ParticipantValues;
  linkBusinessId: string | null;
}

/** The picked rows, each a new row of the preview and picked once; VALIDATION naming every other pick. */
function choose(planned: PlannedRow[], picks: CommitInput['rows']): Chosen[] {
  const byRow = new Map(planned.map((p) => [p.dto.row, p]));
  const fields: Record<string, FieldIssue> = {};
  const seen = new Set<number>();
  const chosen: Chosen[] = [];
  for (const [i, pick] of picks.entries()) {
    const p = byRow.get(pick.row);
    if (seen.has(pick.row)) {
      fields[`rows.${i}.row`] = { key: 'v.duplicateEntry' };
      continue;
    }
    seen.add(pick.row);
    if (!p || p.dto.state !== 'new' || !p.values) {
      fields[`rows.${i}`] = { key: 'v.rowNotImportable', params: { row: pick.row, state: p?.dto.state ?? 'missing' } };
      continue;
    }
    if (p.child && pick.linkBusinessId) {
      fields[`rows.${i}.linkBusinessId`] = { key: 'v.childConsent' };
      continue;
    }
    chosen.push({ values: p.values, linkBusinessId: pick.linkBusinessId });
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return chosen;
}

/** The profiles picked to link to that are not live, on the picks' own paths. */
async function checkLinks(ctx: ApplyContext, m: EntityManager, picks: CommitInput['rows']): Promise<void> {
  const unknown: Record<string, FieldIssue> = {};
  const live = new Map<string, boolean>();
  for (const [i, pick] of picks.entries()) {
    if (!pick.linkBusinessId) continue;
    if (!live.has(pick.linkBusinessId)) live.set(pick.linkBusinessId, (await liveBusiness(ctx.businesses, m, pick.linkBusinessId)) !== null);
    if (!live.get(pick.linkBusinessId)) unknown[`rows.${i}.linkBusinessId`] = { key: 'v.businessUnknown' };
  }
  if (Object.keys(unknown).length > 0) throw invalid(unknown);
}

/** Inserts the picked rows of a preview and answers the new participants' ids. */
export async function applyImport(ctx: ApplyContext, input: CommitInput, planned: PlannedRow[], actorId: string): Promise<string[]> {
  const chosen = choose(planned, input.rows);
  return ctx.deps.ds.transaction(async (m) => {
    await requireTraining(m, input.trainingId);
    await checkLinks(ctx, m, input.rows);
    const stamp = { now: nowIso(ctx.deps.clock), actorId };
    const out: string[] = [];
    for (const c of chosen) {
      const values: ParticipantValues = c.linkBusinessId ? { ...c.values, hasBusiness: true, businessId: c.linkBusinessId } : c.values;
      out.push(await insertParticipant(m, input.trainingId, values, stamp));
    }
    await ctx.audit.record(m, {
      action: 'import_participants',
      entity: 'training',
      entityId: input.trainingId,
      changes: { imported: [null, out.length], linked: [null, chosen.filter((c) => c.linkBusinessId).length] },
    });
    return out;
  });
}

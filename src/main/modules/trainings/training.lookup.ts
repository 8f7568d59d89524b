import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type { BusinessService } from '../businesses';
import type { TrainingRow } from './training.entity';
import { findTraining } from './training.queries';

// Lookups that the trainings and participants services and the participants import share.

/** The training; NOT_FOUND when missing, or when deleted unless asked for. */
export async function requireTraining(db: EntityManager, id: string, options: { deleted?: boolean } = {}): Promise<TrainingRow> {
  const row = await findTraining(db, id);
  if (!row || (!options.deleted && row.deletedAt)) throw new AppError('NOT_FOUND', 'trainings.notFound');
  return row;
}

/** The live business profile a participant is linked to, or null when there is none. */
export async function liveBusiness(businesses: BusinessService, db: EntityManager, id: string): Promise<{ id: string; name: string } | null> {
  return businesses.findLive(id, db);
}

import type { EntitySchemaColumnOptions } from 'typeorm';

/**
 * Columns every record carries. Ids are UUIDs (records travel between desks by USB, integer ids
 * would collide); timestamps are ISO-8601 UTC text with milliseconds, set by the services from the
 * core's clock, so that merges can compare them exactly and tests can fake time.
 */
export interface RecordColumns {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  updatedBy: string | null;
}

export const recordColumns: Record<keyof RecordColumns, EntitySchemaColumnOptions> = {
  id: { type: 'varchar', length: 36, primary: true },
  createdAt: { type: 'varchar', name: 'created_at' },
  updatedAt: { type: 'varchar', name: 'updated_at' },
  deletedAt: { type: 'varchar', name: 'deleted_at', nullable: true },
  updatedBy: { type: 'varchar', name: 'updated_by', nullable: true, length: 36 },
};

/** A nullable text column stored under `name`. */
export const nullableText = (name: string): EntitySchemaColumnOptions => ({ type: 'varchar', name, nullable: true });
/** A nullable integer column stored under `name`. */
export const nullableInt = (name: string): EntitySchemaColumnOptions => ({ type: 'integer', name, nullable: true });

import type { EntityManager } from 'typeorm';
import type { ReminderSettings } from '../../../shared/contract';
import { OfficeProfileEntity, type OfficeProfileRow } from './office-profile.entity';

/** The settings module's SQL: the one office_profile row, which this module alone writes. */

/** The office row (the initial migration creates exactly one). */
export function officeRow(db: EntityManager): Promise<OfficeProfileRow | null> {
  return db.getRepository(OfficeProfileEntity).findOne({ where: {}, order: { createdAt: 'ASC' } });
}

export async function saveOfficeRow(db: EntityManager, row: OfficeProfileRow): Promise<void> {
  await db.getRepository(OfficeProfileEntity).save(row);
}

/** The reminder columns have no entity property: they came with the follow-ups. */
export async function reminderSettings(db: EntityManager): Promise<ReminderSettings> {
  const [row] = await db.query(`SELECT reminder_lead_minutes AS lead, idle_days AS idle FROM office_profile ORDER BY created_at LIMIT 1`);
  return { leadMinutes: Number(row?.lead ?? 0), idleDays: Number(row?.idle ?? 90) };
}

export async function writeReminderSettings(db: EntityManager, input: ReminderSettings, at: string, by: string | null): Promise<void> {
  await db.query(`UPDATE office_profile SET reminder_lead_minutes = ?, idle_days = ?, updated_at = ?, updated_by = ?`, [
    input.leadMinutes,
    input.idleDays,
    at,
    by,
  ]);
}

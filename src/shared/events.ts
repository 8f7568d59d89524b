import { z } from 'zod';
import { settingsDto } from './contract/settings';
import { sessionDto } from './contract/session';
import { TRANSFER_PHASES } from './contract/transfer';

/** Push events, main -> renderer. Payloads are validated before they are sent. */
export const events = {
  'settings:changed': settingsDto,
  'session:changed': sessionDto,
  /** Main asks the page to open a screen, e.g. after a click on a desktop notification. */
  'app:navigate': z.object({ route: z.string().startsWith('/') }),
  /** Follow-ups whose reminder time has come, reported once each (again after a snooze). */
  'reminder:due': z.object({
    items: z.array(z.object({ id: z.string(), title: z.string(), businessName: z.string().nullable(), effectiveAt: z.string() })),
    overdue: z.number().int(),
  }),
  /** The overdue and due-today counts after any change, for the window title and the badge. */
  'followUps:changed': z.object({ overdue: z.number().int(), today: z.number().int() }),
  /** A committed write changed these tables (those its triggers write included): cached answers that read them are refreshed. */
  'data:changed': z.object({ tables: z.array(z.string()) }),
  /** A backup was taken or restored: the backup screens and Beranda's "Terakhir dicadangkan" look again. */
  'backups:changed': z.object({ lastGoodAt: z.string().nullable() }),
  /** Progress of an export or import job (`done` of `total` in the phase; total 0 when unknown). */
  'transfer:progress': z.object({
    jobId: z.string(),
    phase: z.enum(TRANSFER_PHASES),
    done: z.number().int(),
    total: z.number().int(),
  }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/** The IPC channel an event travels on, kept apart from invoke channels. */
export const eventChannel = (name: EventName): string => `event:${name}`;

import { z } from 'zod';
import { settingsDto } from './contract/settings';
import { sessionDto } from './contract/session';

/** Push events, main -> renderer. Payloads are validated before they are sent. */
export const events = {
  'settings:changed': settingsDto,
  'session:changed': sessionDto,
  /** Main asks the page to open a screen, e.g. after a click on a desktop notification. */
  'app:navigate': z.object({ route: z.string().startsWith('/') }),
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

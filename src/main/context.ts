import type { DataSource } from 'typeorm';
import { AppError } from '../shared/errors';

/** The core's clock; tests pass a fake one. */
export type Clock = () => Date;

export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

/**
 * Who is working at this desk: the actor of every change. Held by the core, not the renderer.
 * The desk starts locked; a PIN unlocks it, and it locks again on idle, on the OS's lock screen
 * or on request, keeping the consultant on duty so the same PIN opens the same screens again.
 */
export class DeskSession {
  private consultantId: string | null = null;
  private locked = true;
  /** When the last PIN was entered (ms), for the steps that ask for a fresh one. */
  private pinAt: number | null = null;

  get actorId(): string | null {
    return this.consultantId;
  }

  /** Nobody on duty, or the desk locked. */
  get isLocked(): boolean {
    return this.consultantId === null || this.locked;
  }

  /** When the last PIN was entered (ms since the epoch), or null. */
  get pinEnteredAt(): number | null {
    return this.pinAt;
  }

  /** A consultant on duty with the desk unlocked, the PIN having been entered at `pinAt`. */
  start(consultantId: string, pinAt: number | null = null): void {
    this.consultantId = consultantId;
    this.locked = false;
    this.pinAt = pinAt;
  }

  /** The PIN entered again (a fresh one for a guarded step). */
  pinEntered(at: number): void {
    this.pinAt = at;
  }

  lock(): void {
    this.locked = true;
    this.pinAt = null;
  }

  end(): void {
    this.consultantId = null;
    this.locked = true;
    this.pinAt = null;
  }

  /** The actor for a change; a change without a chosen consultant is refused. */
  requireActor(): string {
    if (!this.consultantId) {
      throw new AppError('NO_SESSION', 'common.noSession');
    }
    return this.consultantId;
  }
}

export interface CoreDeps {
  ds: DataSource;
  clock: Clock;
  session: DeskSession;
  logger: Logger;
}

export const nowIso = (clock: Clock): string => clock().toISOString();

/** Today's date (`YYYY-MM-DD`) in the office's time zone, whatever the PC's own zone is. */
export function todayIn(timeZone: string, clock: Clock): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(clock());
}

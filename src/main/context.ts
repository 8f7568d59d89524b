import type { DataSource } from 'typeorm';
import { AppError } from '../shared/errors';

/** The core's clock; tests pass a fake one. */
export type Clock = () => Date;

export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

/** Who is working at this desk: the actor of every change. Held by the core, not the renderer. */
export class DeskSession {
  private consultantId: string | null = null;

  get actorId(): string | null {
    return this.consultantId;
  }

  start(consultantId: string): void {
    this.consultantId = consultantId;
  }

  end(): void {
    this.consultantId = null;
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

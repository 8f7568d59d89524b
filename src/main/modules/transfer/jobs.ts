import type { TransferPhase } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { EventBus } from '../../events';

/** Running export/import jobs by the renderer's job id, so that `transfer:cancel` can stop them. */
export class TransferJobs {
  private readonly running = new Map<string, AbortController>();
  private readonly lastEmit = new Map<string, { phase: TransferPhase; at: number }>();

  constructor(private readonly events: EventBus) {}

  start(jobId: string): AbortSignal {
    if (this.running.has(jobId)) throw new AppError('CONFLICT', 'transfer.jobRunning');
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return controller.signal;
  }

  end(jobId: string): void {
    this.running.delete(jobId);
    this.lastEmit.delete(jobId);
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** `transfer:progress`, at most ten a second per job except phase changes and the last step. */
  progress(jobId: string, phase: TransferPhase, done: number, total: number): void {
    const now = Date.now();
    const last = this.lastEmit.get(jobId);
    if (last && last.phase === phase && now - last.at < 100 && done < total) return;
    this.lastEmit.set(jobId, { phase, at: now });
    this.events.emit('transfer:progress', { jobId, phase, done, total: Math.max(total, done) });
  }
}

import { events, type EventName, type EventPayload } from '../shared/events';
import type { Logger } from './context';
import { afterCommit, runDetached } from './db/transactions';

type Listener = (name: EventName, payload: unknown) => void;

/** Events about the progress of a long job, not about data: delivered at once, even mid-transaction. */
const PROGRESS_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['transfer:progress']);

/**
 * Typed push events; each shell forwards them to its renderer (webContents.send, SSE). An event
 * emitted inside a transaction is delivered after its commit (never after a rollback), outside
 * the transaction's async context: a listener can never act on data that is not yet on disk.
 * Progress events are delivered at once, but still outside the transaction's context, so a
 * listener that calls the core (a cancel) takes its own turn instead of joining the transaction.
 */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  constructor(private readonly logger: Logger) {}

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const parsed = events[name].safeParse(payload);
    if (!parsed.success) {
      this.logger.error('event payload failed its schema', { event: name });
      return;
    }
    const deliver = () => {
      for (const listener of this.listeners) {
        try {
          listener(name, parsed.data);
        } catch (err) {
          this.logger.error('event listener failed', { event: name, error: String(err) });
        }
      }
    };
    if (PROGRESS_EVENTS.has(name)) runDetached(deliver);
    else afterCommit(deliver);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

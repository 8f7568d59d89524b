import type { Channel, Input, Output } from './contract';
import type { Envelope } from './errors';
import type { EventName, EventPayload } from './events';

/** The shape of `window.api`, the same in Electron (preload) and in the browser harness. */
export interface KlinikApi {
  invoke<C extends Channel>(channel: C, input?: Input<C>): Promise<Envelope<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

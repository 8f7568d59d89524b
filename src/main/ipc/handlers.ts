import type { Contract } from '../../shared/contract';
import type { HandlerMap } from './router';

/** One handler per contract channel; each domain module provides its slice. */
export type Handlers = HandlerMap<Contract>;

import type { KlinikApi } from '../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload in Electron, and by the harness bridge in a browser. */
    api: KlinikApi;
  }
}

export {};

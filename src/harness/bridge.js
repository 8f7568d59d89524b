// Gives the page the same `window.api` as Electron's preload, over HTTP (invoke) and
// Server-Sent Events (on). Loaded by the harness before the app's own scripts.
(() => {
  const meta = document.querySelector('meta[name="harness-token"]');
  const token = meta ? meta.getAttribute('content') : new URLSearchParams(location.search).get('t');
  const listeners = new Map();
  let source = null;

  function connect() {
    if (source) return;
    source = new EventSource(`/__events?t=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const { name, payload } = JSON.parse(message.data);
      for (const listener of listeners.get(name) ?? []) listener(payload);
    };
  }

  window.api = Object.freeze({
    invoke(channel, input) {
      return fetch(`/__api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-harness-token': token },
        body: JSON.stringify(input === undefined ? {} : { input }),
      })
        .then((response) => response.json())
        .catch(() => ({ ok: false, error: { code: 'INTERNAL', message: 'Koneksi ke aplikasi terputus.' } }));
    },
    on(event, listener) {
      connect();
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  });
})();

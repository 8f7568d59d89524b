import type { Plugin } from 'vite';
import { CSP_DIRECTIVES } from '../src/shared/csp';

/**
 * Writes the CSP meta tag into index.html from the one definition in src/shared/csp.ts. The dev
 * server's hot-reload preamble is an inline script, so only while serving, inline scripts are let in.
 */
export function cspMetaPlugin(): Plugin {
  let serving = false;
  return {
    name: 'klinik-csp-meta',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const directives = serving
        ? CSP_DIRECTIVES.map((d) => (d === "script-src 'self'" ? "script-src 'self' 'unsafe-inline'" : d))
        : CSP_DIRECTIVES;
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}" />`);
    },
  };
}

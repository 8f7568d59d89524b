/**
 * The renderer's Content-Security-Policy. index.html carries it as a meta tag (file:// loads get
 * no headers); the Electron session and the harness also send it as a header, where
 * `frame-ancestors` takes effect.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

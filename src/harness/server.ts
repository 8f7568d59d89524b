/**
 * The browser harness: the real core on a data folder of your choice, the built renderer, and the
 * contract's channels over HTTP + Server-Sent Events on 127.0.0.1, guarded by a per-run token.
 *
 *   npm run harness -- --port 0 --data-dir /tmp/klinik [--renderer-dir out/renderer] [--api-only] [--update-public-key key.pem]
 *
 * Prints `HARNESS_READY <url>` once the app can be opened at <url> in any Chromium.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../main/core';
import { createFileLogger } from '../main/logger';
import { CSP_HEADER } from '../shared/csp';
import { closePdfBrowser } from './chromium-pdf';
import { createTestPlatform } from './test-platform';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string', default: 'out/renderer' },
    'api-only': { type: 'boolean', default: false },
    token: { type: 'string' },
    /** A PEM file: the public key updates are checked against, instead of the one in resources/ (tests sign their own). */
    'update-public-key': { type: 'string' },
  },
});

const MAX_BODY = 8 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

async function main(): Promise<void> {
  const dataDir = resolve(args['data-dir'] ?? mkdtempSync(join(tmpdir(), 'klinik-harness-')));
  const rendererDir = resolve(args['renderer-dir']);
  if (!args['api-only'] && !existsSync(join(rendererDir, 'index.html'))) {
    console.error(`No built renderer at ${rendererDir}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const token = args.token ?? randomBytes(24).toString('hex');
  const platform = createTestPlatform(JSON.parse(readFileSync('package.json', 'utf8')).version as string);
  const updateKey = args['update-public-key'];
  const core = await createCore({ dataDir, platform, logger: createFileLogger(dataDir), ...(updateKey ? { updatePublicKey: readFileSync(updateKey, 'utf8') } : {}) });
  const bridge = readFileSync(join(__dirname, 'bridge.js'), 'utf8');

  const tokenOk = (given: string | null | undefined): boolean => {
    if (!given || given.length !== token.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(token));
  };

  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'application/json') => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': CSP_HEADER,
    });
    res.end(body);
  };

  const readBody = (req: IncomingMessage): Promise<unknown> =>
    new Promise((ok, fail) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          fail(new Error('body too large'));
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        try {
          ok(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
        } catch (err) {
          fail(err);
        }
      });
      req.on('error', fail);
    });

  const server = createServer((req, res) => {
    void (async () => {
      const port = (server.address() as { port: number }).port;
      // Only this machine, and only by its loopback name (no DNS rebinding).
      if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
        return send(res, 403, '{"error":"host"}');
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const headerToken = req.headers['x-harness-token'];

      if (req.method === 'POST' && url.pathname.startsWith('/__api/')) {
        if (!tokenOk(typeof headerToken === 'string' ? headerToken : null)) return send(res, 403, '{"error":"token"}');
        let body: { input?: unknown };
        try {
          body = (await readBody(req)) as { input?: unknown };
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Permintaan tidak dapat dibaca.' } }));
        }
        const channel = decodeURIComponent(url.pathname.slice('/__api/'.length));
        return send(res, 200, JSON.stringify(await core.router.invoke(channel, body.input, { trackReads: true })));
      }

      if (req.method === 'GET' && url.pathname === '/__events') {
        if (!tokenOk(url.searchParams.get('t'))) return send(res, 403, '{"error":"token"}');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        const unsubscribe = core.events.subscribe((name, payload) => {
          res.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
        });
        req.on('close', unsubscribe);
        return;
      }

      // Test controls: read what the platform ports recorded, steer dialogs and drives.
      if (url.pathname.startsWith('/__harness/') && url.pathname !== '/__harness/bridge.js') {
        if (!tokenOk(typeof headerToken === 'string' ? headerToken : url.searchParams.get('t'))) {
          return send(res, 403, '{"error":"token"}');
        }
        if (req.method === 'GET' && url.pathname === '/__harness/state') {
          const { notifications, badgeCount, printed, opened, dialogAnswers, drives, installers } = platform;
          return send(res, 200, JSON.stringify({ dataDir, notifications, badgeCount, printed: printed.length, opened, dialogAnswers, drives, installers }));
        }
        if (req.method === 'POST' && url.pathname === '/__harness/dialog') {
          const { answers } = (await readBody(req)) as { answers: Array<string | null> };
          platform.dialogAnswers.push(...answers);
          return send(res, 200, '{"ok":true}');
        }
        if (req.method === 'POST' && url.pathname === '/__harness/drives') {
          platform.drives = ((await readBody(req)) as { drives: typeof platform.drives }).drives;
          return send(res, 200, '{"ok":true}');
        }
        return send(res, 404, '{"error":"not found"}');
      }

      if (req.method !== 'GET') return send(res, 405, '{"error":"method"}');
      if (url.pathname === '/__harness/bridge.js') return send(res, 200, bridge, TYPES['.js']);
      if (args['api-only']) return send(res, 404, '{"error":"api only"}');

      if (url.pathname === '/' || url.pathname === '/index.html') {
        if (!tokenOk(url.searchParams.get('t'))) return send(res, 403, 'Token salah atau tidak ada.', 'text/plain; charset=utf-8');
        const html = readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
          '<head>',
          `<head>\n<meta name="harness-token" content="${token}">\n<script src="/__harness/bridge.js"></script>`,
        );
        return send(res, 200, html, TYPES['.html']);
      }
      const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
        return send(res, 404, 'Not found', 'text/plain');
      }
      return send(res, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
    })().catch((err: unknown) => {
      console.error('harness request failed:', err instanceof Error ? err.message : String(err));
      if (!res.headersSent) send(res, 500, '{"error":"internal"}');
    });
  });

  server.listen(Number(args.port), '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    console.log(`HARNESS_READY http://127.0.0.1:${port}/?t=${token}`);
  });

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([core.close(), closePdfBrowser()]).then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err: unknown) => {
  console.error('harness failed to start:', err instanceof Error ? err.message : String(err));
  process.exit(1);
});

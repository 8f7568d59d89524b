#!/usr/bin/env node
// `npm run dev:web`: the renderer with hot reload in any browser, against the real core through
// the harness transport — for working where Electron cannot run.
//   npm run dev:web -- [--data-dir .dev-data] [--port 5173]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { cspMetaPlugin } from '../build/csp-plugin';

const { values: args } = parseArgs({
  options: { 'data-dir': { type: 'string', default: '.dev-data' }, port: { type: 'string', default: '5173' } },
});
const token = randomBytes(24).toString('hex');
const harness = spawn(
  process.execPath,
  ['--import', 'tsx', 'src/harness/server.ts', '--api-only', '--port', '0', '--token', token, '--data-dir', resolve(args['data-dir'])],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const apiUrl = await new Promise<string>((ok, fail) => {
  let out = '';
  harness.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
    const match = /HARNESS_READY (http:\/\/[^/]+)/.exec(out);
    if (match?.[1]) ok(match[1]);
  });
  harness.on('exit', (code) => fail(new Error(`harness exited with ${code}`)));
});

const target = { target: apiUrl, changeOrigin: true };
const server = await createServer({
  configFile: false,
  root: resolve('src/renderer'),
  plugins: [
    react(),
    cspMetaPlugin(),
    {
      name: 'klinik-harness-bridge',
      transformIndexHtml: (html: string) =>
        html.replace('<head>', `<head>\n<meta name="harness-token" content="${token}">\n<script src="/__harness/bridge.js"></script>`),
    },
  ],
  server: { host: '127.0.0.1', port: Number(args.port), strictPort: true, proxy: { '/__api': target, '/__events': target, '/__harness': target } },
});
await server.listen();
server.printUrls();

const stop = async () => {
  harness.kill('SIGTERM');
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

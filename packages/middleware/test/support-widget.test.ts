import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import express, { type ErrorRequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportWidget } from '../src/index.js';
import { type Listening, listenOnLoopback } from './helpers/listen.js';

// The real build of @supportbridge/widget (run `corepack pnpm --filter @supportbridge/widget build`).
const CDN = dirname(createRequire(import.meta.url).resolve('@supportbridge/widget/widget.js'));
const PANEL = readdirSync(CDN).find((name) => /^widget-panel-.+\.js$/.test(name)) as string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: unlike fetch(), it sends the path exactly as written, `..` and `%2f` included. */
function raw(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let site: Listening;
beforeAll(async () => {
  const app = express();
  app.use('/support', supportWidget());
  app.get('/support-page', (_req, res) => res.send('the host app'));
  site = await listenOnLoopback(app);
});
afterAll(() => site.close());

describe('supportWidget()', () => {
  it('serves widget.js with a short cache, CORS, cross-origin CORP, nosniff and a JavaScript type', async () => {
    const res = await raw(site.origin, '/support/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.equals(readFileSync(join(CDN, 'widget.js')))).toBe(true);
  });

  it.each([
    ['panel', PANEL],
    ['German locale', readdirSync(CDN).find((name) => /^widget-locale-de-.+\.js$/.test(name)) as string],
  ])('serves the hashed %s chunk as immutable for a year', async (_, file) => {
    const res = await raw(site.origin, `/support/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.body.equals(readFileSync(join(CDN, file)))).toBe(true);
  });

  it('serves the third-party notices the panel chunk points to as plain text', async () => {
    const res = await raw(site.origin, '/support/LICENSES.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body.toString()).toContain('preact');
  });

  it('sends gzip to browsers that take it, and answers a matching ETag with 304', async () => {
    const zipped = await raw(site.origin, '/support/widget.js', {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(readFileSync(join(CDN, 'widget.js')))).toBe(true);
    const again = await raw(site.origin, '/support/widget.js', {
      headers: { 'if-none-match': String(zipped.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);
  });

  it('answers HEAD without a body and refuses other methods with 405', async () => {
    const head = await raw(site.origin, '/support/widget.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    const post = await raw(site.origin, '/support/widget.js', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/support/',
    '/support',
    '/support/nope.js',
    '/support/widget.js/',
    '/support/esm/index.js',
    '/support/../package.json',
    '/support/..%2fpackage.json',
    '/support/..%2f..%2fpackage.json',
    '/support/%2e%2e/%2e%2e/package.json',
    '/support/..%5c..%5cpackage.json',
    '/support/widget.js%00.txt',
  ])('answers 404 with nothing from the disk for %s', async (path) => {
    const res = await raw(site.origin, path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.toString()).toBe('Not found');
  });

  it('leaves the rest of the app alone when mounted at its root', async () => {
    const app = express().use(supportWidget({ maxAgeSeconds: 60 }));
    app.get('/hello', (_req, res) => res.send('hello'));
    const root = await listenOnLoopback(app);
    try {
      const widget = await raw(root.origin, '/widget.js');
      expect(widget.status).toBe(200);
      expect(widget.headers['cache-control']).toBe('public, max-age=60');
      expect((await raw(root.origin, '/hello')).body.toString()).toBe('hello');
    } finally {
      await root.close();
    }
  });

  it('names the closest option when one is misspelt, and a directory without a build', () => {
    expect(() => supportWidget({ maxAge: 60 } as never)).toThrow(/did you mean "maxAgeSeconds"/);
    expect(() => supportWidget({ dir: dirname(CDN) })).toThrow(/holds no widget\.js/);
  });

  it('explains the mistake when it is mounted without being called', async () => {
    const onError: ErrorRequestHandler = (error, _req, res, _next) => res.status(500).send(error.message);
    const app = express()
      .use('/support', supportWidget as never)
      .use(onError);
    const wrong = await listenOnLoopback(app);
    try {
      const res = await raw(wrong.origin, '/support/widget.js');
      expect(res.body.toString()).toMatch(/call it instead: app\.use\(path, supportWidget\(\)\)/);
    } finally {
      await wrong.close();
    }
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { parseOptions } from './options.js';

/** Options of `supportWidget()`. Every one is optional. */
export interface SupportWidgetOptions {
  /**
   * How long browsers and CDNs may reuse `widget.js` (and `LICENSES.txt`) before asking for
   * a newer release, in seconds. The hashed `widget-panel-*.js` and `widget-locale-*.js` chunks are always cached
   * for a year: their name changes with their content. Defaults to 300.
   */
  maxAgeSeconds?: number;
  /** A directory holding a widget build (`widget.js` and its chunks). Defaults to the `dist/cdn/` of `@supportbridge/widget`. */
  dir?: string;
}

const OptionsSchema = z.strictObject({
  maxAgeSeconds: z.number().int().min(0).default(300),
  dir: z.string().min(1).optional(),
});

/** The files of a build we serve; anything else in the directory stays private. */
const SERVED = /^(widget\.js|widget-(?:panel|locale)-[\w-]+\.js|LICENSES\.txt)$/;
const YEAR = 31_536_000;

interface Asset {
  body: Buffer;
  gzip?: Buffer;
  type: string;
  cacheControl: string;
  etag: string;
}

/**
 * Serves the chat widget's script-tag build from your own app, so the page needs no CDN:
 * mount it on a path of its own and point the script tag there. `widget.js` is cached
 * briefly (`maxAgeSeconds`), the hashed panel and locale chunks for a year as `immutable`; every file
 * is sent with `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy:
 * cross-origin` (so other sites may embed it), `nosniff`, an ETag and gzip when the browser
 * takes it. The build is read once, here; any other path under the mount answers 404, and
 * no path is ever looked up on disk.
 *
 * @example
 * app.use('/support', supportWidget());
 * // <script src="/support/widget.js" data-bot="bot_…" async></script>
 */
export function supportWidget(options: SupportWidgetOptions = {}): RequestHandler {
  const config = parseOptions(OptionsSchema, options, 'supportWidget()');
  const dir = config.dir ?? bundledWidgetDir();
  const assets = loadAssets(dir, config.maxAgeSeconds);

  return (req: Request, res: Response, next: NextFunction) => {
    // `req.path` is still percent-encoded, so "/..%2fpackage.json" names no file here; and
    // names are only ever looked up in `assets`, never joined to a directory.
    const asset = assets.get(req.path.slice(1));
    if (!asset) {
      // Mounted at the app's root, the rest of the app must keep its paths.
      if (req.baseUrl === '') return next();
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    const gzip = asset.gzip && req.acceptsEncodings('gzip', 'identity') === 'gzip';
    res.setHeader('Cache-Control', asset.cacheControl);
    res.setHeader('ETag', asset.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    if (matches(req.headers['if-none-match'], asset.etag)) {
      res.statusCode = 304;
      return res.end();
    }
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    const body = gzip ? (asset.gzip as Buffer) : asset.body;
    res.setHeader('Content-Length', body.length);
    res.setHeader('Content-Type', asset.type);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** `dist/cdn/` of the installed @supportbridge/widget, found through its export map. */
function bundledWidgetDir(): string {
  try {
    return dirname(createRequire(import.meta.url).resolve('@supportbridge/widget/widget.js'));
  } catch (error) {
    throw new Error(
      `supportWidget(): the widget bundle of @supportbridge/widget was not found (${(error as Error).message.split('\n')[0]}). ` +
        'Install @supportbridge/widget next to @supportbridge/middleware; in the SupportBridge repository, build it with "corepack pnpm --filter @supportbridge/widget build".',
    );
  }
}

function loadAssets(dir: string, maxAgeSeconds: number): Map<string, Asset> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => SERVED.test(name));
  } catch (error) {
    throw new Error(`supportWidget(): cannot read the widget build in ${dir}: ${(error as Error).message}`);
  }
  if (!names.includes('widget.js')) {
    throw new Error(
      `supportWidget(): ${dir} holds no widget.js; point "dir" at a widget build (its dist/cdn/ directory).`,
    );
  }
  const short = maxAgeSeconds === 0 ? 'no-cache' : `public, max-age=${maxAgeSeconds}`;
  const assets = new Map<string, Asset>();
  for (const name of names) {
    const body = readFileSync(join(dir, name));
    const gzip = gzipSync(body, { level: 9 });
    assets.set(name, {
      body,
      gzip: gzip.length < body.length ? gzip : undefined,
      type: name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8',
      cacheControl:
        name === 'widget.js' || !name.endsWith('.js') ? short : `public, max-age=${YEAR}, immutable`,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    });
  }
  return assets;
}

/** `If-None-Match` lists ETags, possibly weak (`W/"…"`), or `*`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function send(res: Response, status: number, type: string, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

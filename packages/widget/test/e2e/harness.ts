/// <reference types="node" />
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const CDN = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const PUBLIC = fileURLToPath(new URL('../../../../examples/express-app/public/', import.meta.url));
const EXAMPLE = new URL('../../../../examples/express-app/src/', import.meta.url);

/** Debian's chromium, launched the way the project's machines can run it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** An email as the demo's inbox keeps it. */
export interface InboxMail {
  to: string;
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  messageId?: string;
  inReplyTo?: string;
}

/** What the browser talks to: the real demo (API, SMTP inbox) or, without it, a static server. */
export interface Target {
  url: string;
  botId: string;
  /** True when the example app runs: the API answers and emails arrive. */
  real: boolean;
  /** The demo's admin API key, when it runs. */
  apiKey?: string;
  inbox?: { list(): Promise<InboxMail[]> };
  close(): Promise<void>;
}

/**
 * Starts the example app (`startDemo` from examples/express-app) on free ports with a
 * fresh data directory. When the example cannot start, it serves the built widget and the
 * shop page statically instead, so the cases that need no API still run; `real` says which.
 */
export async function startTarget(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'supportbridge-e2e-'));
  try {
    // Imported by URL so the widget's type check does not pull the server's sources in.
    const app = await import(/* @vite-ignore */ new URL('app.ts', EXAMPLE).href);
    const { readConfig } = await import(/* @vite-ignore */ new URL('config.ts', EXAMPLE).href);
    // Additions after a hand-over gather for 1.5 s here, not a minute, so a test can see the follow-up.
    const demo = await app.startDemo(
      readConfig({}, { port: 0, dataDir, smtpPort: 0, followUpQuietMs: 1500 }),
    );
    return {
      url: demo.url,
      botId: demo.botId,
      apiKey: demo.apiKey,
      real: true,
      inbox: demo.inbox,
      async close() {
        await demo.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    console.warn(`e2e: the example app did not start (${(error as Error).message}); serving statically`);
    rmSync(dataDir, { recursive: true, force: true });
    return startStatic();
  }
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/** Serves the built widget and the shop page, with an API that answers 503. @example const target = await startStatic(); */
export async function startStatic(): Promise<Target> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) {
      res.writeHead(503, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ message: 'No API in the static server', code: 'INTERNAL_ERROR' }));
    }
    if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(
        readFileSync(join(PUBLIC, 'index.html'), 'utf8').replaceAll('__DEMO_BOT_ID__', 'bot_static'),
      );
    }
    // The bundle under /support/, as the example app mounts supportWidget().
    const sources = [
      [CDN, path.startsWith('/support/') ? path.slice('/support'.length) : ''],
      [PUBLIC, path],
    ] as const;
    for (const [dir, rest] of sources) {
      if (!rest) continue;
      const file = join(dir, rest.replace(/\.\.+/g, ''));
      if (file.startsWith(dir) && existsSync(file) && extname(file)) {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return res.end(readFileSync(file));
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    botId: 'bot_static',
    real: false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Serves `body` as an HTML page at `path` on the target's origin, so a test page shares
 * the API's origin (and the widget's default API base) without touching the example.
 */
export async function routePage(page: Page, target: Target, path: string, body: string): Promise<string> {
  const url = `${target.url}${path}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  return url;
}

/** A bare page with the widget's script tag and the given attributes. */
export function widgetPage(target: Target, attributes = '', head = '', body = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Widget test</title>${head}
<script src="/support/widget.js" data-bot="${target.botId}" ${attributes} async></script></head><body><main><h1>Test page</h1>${body}</main></body></html>`;
}

/** Collects long tasks from the first byte of the page on. */
export const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** Evaluates inside the widget's shadow root. */
export function inWidget<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(
    `(() => { const root = document.querySelector('supportbridge-widget').shadowRoot; return (${fn})(root); })()`,
  );
}

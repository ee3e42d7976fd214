import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

// What an integrator does: every publishable package built and packed (`pnpm pack`), the
// tarballs installed with npm into fresh apps outside the workspace — one on Express 4, one on
// Express 5 — a TypeScript file importing them compiled under `skipLibCheck: false`, and a chat
// run through each app until the escalation email reaches a real SMTP server.
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const PACKAGES = ['shared', 'widget', 'middleware'] as const;
const API_KEY = 'sk_pack_install_0123456789';

/** Each app: its Express, its typings, and how it loads the middleware. */
const APPS = [
  { express: '4.21.2', types: '4.17.25', entry: 'server.cjs' }, // CommonJS, through await import()
  { express: '5.3.0', types: '5.0.6', entry: 'server.mjs' },
] as const;

let work: string;
let sink: SmtpSink;
const tarballs: string[] = [];
const servers: ChildProcess[] = [];
const origins = new Map<string, Promise<string>>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'supportbridge-pack-'));
  sink = await startSmtpSink();
  // The root `pnpm test` builds the widget before Vitest runs (the browser tests read the same
  // dist): rebuilding it here, under their feet, would race them. Built only when missing.
  const widget = join(ROOT, 'packages/widget/dist');
  if (!existsSync(join(widget, 'cdn/widget.js')) || !existsSync(join(widget, 'esm/index.d.ts'))) {
    await pnpm(['--filter', '@supportbridge/widget', 'build']);
  }
  for (const name of ['shared', 'middleware'])
    await rm(join(ROOT, 'packages', name, 'dist'), { recursive: true, force: true });
  await pnpm(['--filter', '@supportbridge/shared', '--filter', '@supportbridge/middleware', 'build']);
  const packs = join(work, 'packs');
  await mkdir(packs);
  for (const name of PACKAGES) {
    await pnpm(['pack', '--pack-destination', packs], join(ROOT, 'packages', name));
  }
  tarballs.push(...(await readdir(packs)).map((file) => join(packs, file)));
  await Promise.all(APPS.map((app) => createApp(app)));
  // The servers start (store, worker) while the type checks run.
  for (const app of APPS) {
    const origin = startApp(app);
    origin.catch(() => {}); // awaited, and reported, by the app's test
    origins.set(app.entry, origin);
  }
}, 240_000);

afterAll(async () => {
  for (const child of servers) child.kill();
  await sink?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs pnpm; a failure carries its output (a build's type errors) into the test report. */
async function pnpm(args: string[], cwd = ROOT): Promise<void> {
  try {
    await run('corepack', ['pnpm', ...args], { cwd, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`pnpm ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

function appDir(app: (typeof APPS)[number]): string {
  return join(work, `express-${app.express}`);
}

/** A fresh app outside the workspace with the tarballs, its Express and its typings. */
async function createApp(app: (typeof APPS)[number]): Promise<void> {
  const dir = appDir(app);
  await mkdir(dir);
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'integrator', private: true, type: 'module' }),
  );
  await writeFile(join(dir, 'server.ts'), TYPED_SERVER);
  await writeFile(join(dir, 'page.ts'), TYPED_PAGE);
  for (const [file, config] of Object.entries(TSCONFIGS))
    await writeFile(join(dir, file), JSON.stringify(config));
  await writeFile(join(dir, app.entry), app.entry.endsWith('.cjs') ? COMMONJS_SERVER : ESM_SERVER);
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...tarballs,
      `express@${app.express}`,
      `@types/express@${app.types}`,
      '@types/node@20.19.43',
    ],
    { cwd: dir, maxBuffer: 16 * 1024 * 1024 },
  );
}

/** Starts the app's server as a child process and returns its origin once it listens. */
async function startApp(app: (typeof APPS)[number]): Promise<string> {
  const child = spawn(process.execPath, [app.entry], {
    cwd: appDir(app),
    env: { ...process.env, SMTP_URL: sink.url, API_KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolveOrigin, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) resolveOrigin(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}: ${stderr}`)));
  });
}

async function post<T>(origin: string, path: string, body: unknown, token = API_KEY): Promise<T> {
  const res = await fetch(`${origin}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as T;
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(answer)}`);
  return answer;
}

describe('the packed manifests', () => {
  it.each(PACKAGES)(
    '@supportbridge/%s ships compiled code and registry fields, no workspace links',
    async (name) => {
      const dir = join(appDir(APPS[1]), 'node_modules/@supportbridge', name);
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(manifest).toMatchObject({
        license: 'MIT',
        type: 'module',
        engines: { node: expect.any(String) },
        repository: { url: expect.any(String), directory: `packages/${name}` },
        files: ['dist'],
      });
      expect(manifest.sideEffects).toBeDefined();
      // The source condition points into src/, which is not published; workspace: is pnpm's.
      expect(JSON.stringify(manifest.exports)).not.toContain('@supportbridge/source');
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
      // publishConfig.exports repeats the workspace's map without the source condition: the
      // same entries, so a new export cannot be forgotten there.
      const workspace = JSON.parse(await readFile(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as {
        exports: Record<string, unknown>;
      };
      expect(Object.keys(manifest.exports as object)).toEqual([
        ...Object.keys(workspace.exports),
        './package.json',
      ]);
      expect(existsSync(join(dir, 'LICENSE'))).toBe(true);
      const files = await readdir(join(dir, 'dist'), { recursive: true });
      expect(files.some((file) => file.endsWith('.d.ts'))).toBe(true);
      expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    },
  );

  it('leaves Express to the app: no second copy under the middleware', () => {
    for (const app of APPS) {
      expect(
        existsSync(join(appDir(app), 'node_modules/@supportbridge/middleware/node_modules/express')),
      ).toBe(false);
    }
  });
});

describe.each(APPS)('the packed packages in an app on Express $express', (app) => {
  it('compile with the app under skipLibCheck: false', async () => {
    const compile = (config: string) =>
      run(process.execPath, [TSC, '-p', join(appDir(app), config)], { cwd: appDir(app) }).then(
        () => 'compiled',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
    // The page's types do not depend on the app's Express: checked once.
    const configs = app.express.startsWith('5') ? Object.keys(TSCONFIGS) : ['tsconfig.server.json'];
    expect(await Promise.all(configs.map(compile))).toEqual(configs.map(() => 'compiled'));
  }, 60_000);

  it(`run a chat to the escalation email (${app.entry})`, async () => {
    const origin = await (origins.get(app.entry) ?? Promise.reject(new Error('the app was not started')));
    const widget = await fetch(`${origin}/support/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);

    const bot = await post<{ id: string }>(origin, '/bot/create', { name: 'Ava' });
    await post(origin, '/integration/support/create', { botId: bot.id, email: 'help@acme.test' });
    const conversation = await post<{ id: string }>(origin, '/conversation/create', { botId: bot.id });
    const { token } = await post<{ token: string }>(
      origin,
      `/conversation/${conversation.id}/session/create`,
      {},
    );
    await post(
      origin,
      `/conversation/${conversation.id}/complete`,
      { text: "Hi, I'm Maria Garcia (maria@example.com). My order 48213 never arrived." },
      token,
    );
    await post(origin, `/conversation/${conversation.id}/escalate`, {}, token);

    await expect
      .poll(
        () =>
          sink.messages.find((m) => m.parsed.headers.get('x-supportbridge-conversation') === conversation.id),
        {
          timeout: 20_000,
        },
      )
      .toBeTruthy();
    const mail = sink.messages.find(
      (m) => m.parsed.headers.get('x-supportbridge-conversation') === conversation.id,
    )!;
    expect(mail.parsed.replyTo?.value).toEqual([{ name: 'Maria Garcia', address: 'maria@example.com' }]);
    expect(mail.envelope.to).toEqual(['help@acme.test']);
    expect(mail.parsed.text).toContain('48213');
  }, 60_000);
});

/** The server side of an integrator's code: no DOM types, as a Node app compiles. */
const TYPED_SERVER = `import express from 'express';
import { type SupportMiddlewareOptions, signIdentity, supportMiddleware, supportWidget } from '@supportbridge/middleware';
import { type Bot, BotSchema } from '@supportbridge/shared';

const options: SupportMiddlewareOptions = { apiKeys: { sk_test_0123456789: 'acme' }, logger: false };
const app = express();
app.use('/api/v1', supportMiddleware(options));
app.use('/support', supportWidget({ maxAgeSeconds: 60 }));
const bot: Bot = BotSchema.parse({ id: 'bot_1', model: 'intake', idleMinutes: 15, createdAt: 0, updatedAt: 0 });
export const checks = [bot.id, signIdentity('secret', 'maria@example.com')];
`;

/** The page side: the widget for bundlers and the zod-free email check. */
const TYPED_PAGE = `import { isEmail } from '@supportbridge/shared/email';
import { mount } from '@supportbridge/widget';

const widget = mount({ botId: 'bot_1' });
widget.identify({ email: 'maria@example.com', signature: '0'.repeat(64) });
export const valid = isEmail('maria@example.com');
`;

const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: ['node'],
  lib: ['ES2023'],
};

/** One tsconfig per side: the server's without DOM types, the page's with them. */
const TSCONFIGS = {
  'tsconfig.server.json': { compilerOptions: COMPILER_OPTIONS, files: ['server.ts'] },
  'tsconfig.page.json': {
    compilerOptions: { ...COMPILER_OPTIONS, types: [], lib: ['ES2023', 'DOM', 'DOM.Iterable'] },
    files: ['page.ts'],
  },
};

/** The server, as ESM. */
const ESM_SERVER = `import express from 'express';
import { supportMiddleware, supportWidget } from '@supportbridge/middleware';

const middleware = supportMiddleware({
  database: 'memory://',
  apiKeys: { [process.env.API_KEY]: 'acme' },
  mail: { transport: process.env.SMTP_URL, from: '"Acme Support" <support-bot@acme.test>' },
  worker: { pollIntervalMs: 100 },
  logger: false,
});
await middleware.ready;
const app = express();
app.use('/api/v1', middleware);
app.use('/support', supportWidget());
const server = app.listen(0, '127.0.0.1', () => {
  console.log('listening on http://127.0.0.1:' + server.address().port);
});
`;

/** The same server from CommonJS: the package is ESM, loaded with await import(). */
const COMMONJS_SERVER = `const express = require('express');

async function main() {
  const { supportMiddleware, supportWidget } = await import('@supportbridge/middleware');
  const middleware = supportMiddleware({
    database: 'memory://',
    apiKeys: { [process.env.API_KEY]: 'acme' },
    mail: { transport: process.env.SMTP_URL, from: '"Acme Support" <support-bot@acme.test>' },
    worker: { pollIntervalMs: 100 },
    logger: false,
  });
  await middleware.ready;
  const app = express();
  app.use('/api/v1', middleware);
  app.use('/support', supportWidget());
  const server = app.listen(0, '127.0.0.1', () => {
    console.log('listening on http://127.0.0.1:' + server.address().port);
  });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

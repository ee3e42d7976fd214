import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SupportMiddleware, supportMiddleware, supportWidget } from '@supportbridge/middleware';
import express from 'express';
import type { DemoConfig } from './config.js';
import { inboxAuth } from './inbox/basic-auth.js';
import { startInbox } from './inbox/index.js';
import { cspNonce, securityHeaders } from './security-headers.js';
import { seedDemo } from './seed.js';

/** A running demo: the shop page, the API, and (without SMTP_URL) the local support inbox. */
export interface Demo {
  /** Where the demo answers, e.g. `http://127.0.0.1:3000` (loopback when bound to all addresses). */
  url: string;
  /** The address and port the HTTP server is bound to. */
  address: AddressInfo;
  botId: string;
  apiKey: string;
  /** The local inbox, when the demo runs its own SMTP server. */
  inbox?: Awaited<ReturnType<typeof startInbox>>;
  smtpPort?: number;
  middleware: SupportMiddleware;
  close(): Promise<void>;
}

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

/**
 * Starts the demo shop: `app.use('/api/v1', supportMiddleware(...))`, the shop page at `/`
 * with the widget served by `app.use('/support', supportWidget())`, and the support inbox at `/inbox` fed by an embedded SMTP
 * server unless `smtpUrl` points elsewhere. It binds to `config.host`; `/inbox` needs the
 * user `inbox` and `config.inboxPassword` whatever the address.
 *
 * @example
 * const demo = await startDemo(readConfig(process.env));
 */
export async function startDemo(config: DemoConfig): Promise<Demo> {
  const inbox = config.smtpUrl
    ? undefined
    : await startInbox({ port: config.smtpPort, dataDir: config.dataDir });
  const middleware = supportMiddleware({
    database: config.databaseUrl ?? join(config.dataDir, 'db'),
    apiKeys: config.apiKeys,
    mail: { transport: config.smtpUrl ?? `smtp://127.0.0.1:${inbox?.port}`, from: config.from },
    openai: config.openai,
    chatbotkit: config.chatbotkit,
    idleSweepIntervalMs: 15_000,
    ...(config.followUpQuietMs !== undefined && { followUpQuietMs: config.followUpQuietMs }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use('/api/v1', middleware);
  app.use(securityHeaders());
  app.use('/inbox', inboxAuth(config.inboxPassword));
  if (inbox) app.use('/inbox', inbox.router);
  else
    app.get('/inbox', (_req, res) =>
      res.type('text').send(`Escalation emails go to ${redact(config.smtpUrl)}.`),
    );
  app.use('/support', supportWidget());
  let page = '';
  app.get('/', (_req, res) => res.type('html').send(page.replaceAll('__CSP_NONCE__', cspNonce(res))));
  app.use(express.static(publicDir, { index: false }));

  const server = await listen(app, config.port, config.host);
  const address = server.address() as AddressInfo;
  const url = `http://${reachable(address)}:${address.port}`;
  await middleware.ready;
  const botId = await seedDemo(url, config.apiKey);
  const template = readFileSync(join(publicDir, 'index.html'), 'utf8');
  page = template.replaceAll('__DEMO_BOT_ID__', botId);

  return {
    url,
    address,
    botId,
    apiKey: config.apiKey,
    inbox,
    smtpPort: inbox?.port,
    middleware,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await middleware.close();
      await inbox?.close();
    },
  };
}

function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

/** A host to reach the server at: bound to every address, the demo calls itself on loopback. */
function reachable({ address, family }: AddressInfo): string {
  if (address === '0.0.0.0') return '127.0.0.1';
  if (address === '::') return '[::1]';
  return family === 'IPv6' ? `[${address}]` : address;
}

function redact(url: string | undefined): string {
  return (url ?? '').replace(/\/\/[^@/]*@/, '//***@');
}

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SupportChannelInput } from '@supportbridge/shared';
import { completeChannel } from '../../src/delivery/channels/channel-settings.js';
import { forwardConversations } from '../../src/delivery/outbox.js';
import { createTransport } from '../../src/delivery/transport.js';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/delivery/worker.js';
import type { Database } from '../../src/store/database.js';
import { createSupportIntegration } from '../../src/store/support-integrations.js';
import { completeConversation, openTestStore, seedBot } from './seed.js';

/** A request as a fake helpdesk received it. */
export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The raw body, for signature checks. */
  raw: string;
  /** The parsed body: JSON, or the fields of a form. */
  body: unknown;
}

/** What a route answers. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A fault to play instead of (or around) the next answer of a route: an error status
 * with the helpdesk's error body and headers, or `acceptThenDrop` — the helpdesk does the
 * work (the ticket exists) and the connection dies before the answer, as when our side
 * crashes between the helpdesk's accept and our commit; `acceptThenHang` does the work and
 * never answers, so the sender is stuck there until it is killed.
 */
export type Fault = FakeResponse | { acceptThenDrop: true } | { acceptThenHang: true };

/** A route: a name (for faults), a method, a path pattern and what it does. */
export interface FakeRoute {
  name: string;
  method: string;
  pattern: RegExp;
  handle(req: FakeRequest, match: RegExpMatchArray): FakeResponse;
}

/** A running fake: `url`, what it received, and faults to play per route. */
export interface FakeHelpdesk {
  url: string;
  requests: FakeRequest[];
  /** Plays these faults, in order, on the next requests to the route named `route`. */
  fail(route: string, ...faults: Fault[]): void;
  close(): Promise<void>;
}

/**
 * Starts a node:http server on a loopback port that answers with the given routes (each a
 * helpdesk's documented request and response shapes); `authorize` returns an error answer
 * for a request without valid credentials. Unknown paths answer 404 JSON.
 *
 * @example
 * const fake = await startFakeHelpdesk([route], (req) => undefined);
 */
export async function startFakeHelpdesk(
  routes: FakeRoute[],
  authorize: (req: FakeRequest) => FakeResponse | undefined,
): Promise<FakeHelpdesk> {
  const requests: FakeRequest[] = [];
  const faults = new Map<string, Fault[]>();
  const server = createServer((incoming, res) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const type = String(incoming.headers['content-type'] ?? '');
      let body: unknown = raw;
      if (type.includes('json') && raw) body = JSON.parse(raw);
      if (type.includes('x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(raw));
      const req: FakeRequest = {
        method: incoming.method ?? 'GET',
        url: new URL(incoming.url ?? '/', 'http://fake'),
        headers: incoming.headers,
        raw,
        body,
      };
      requests.push(req);
      const send = (answer: FakeResponse) => {
        res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
      };
      const route = routes.find((r) => r.method === req.method && r.pattern.test(req.url.pathname));
      if (!route) return send({ status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } });
      const fault = faults.get(route.name)?.shift();
      const denied = authorize(req);
      if (denied) return send(denied);
      const match = req.url.pathname.match(route.pattern) as RegExpMatchArray;
      if (fault && 'acceptThenDrop' in fault) {
        route.handle(req, match);
        return incoming.socket.destroy();
      }
      if (fault && 'acceptThenHang' in fault) {
        route.handle(req, match);
        return;
      }
      if (fault) return send(fault);
      send(route.handle(req, match));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail(route, ...list) {
      faults.set(route, [...(faults.get(route) ?? []), ...list]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The user and password of a `Basic` authorization header. */
export function basicCredentials(req: FakeRequest): [user: string, password: string] | undefined {
  const header = String(req.headers.authorization ?? '');
  if (!header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/** A store with a bot, an integration on a channel, and a worker to send with. */
export interface ChannelWorld {
  db: Database;
  integrationId: string;
  botId: string;
  worker: DeliveryWorker;
  /** Completes a conversation of the bot (queuing its forward); returns its id. */
  complete(contact?: { name?: string; email?: string }): Promise<string>;
  /** Queues the next forward of a conversation, as the trigger endpoint does. */
  reforward(conversationId: string): Promise<void>;
  /** Makes every waiting delivery due now, instead of waiting out its backoff. */
  due(): Promise<void>;
  deliveries(): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const silent = { info() {}, warn() {}, error() {} };

/**
 * Opens a migrated PGlite store with one integration on `channel` (created through the same
 * validation the API uses) and a worker (its mail transport unused: a JSON transport).
 *
 * @example
 * const world = await openChannelWorld({ type: 'zendesk', url: zendesk.url, oauthToken });
 */
export async function openChannelWorld(
  channel: SupportChannelInput,
  worker: { baseBackoffMs?: number; sendTimeoutMs?: number } = {},
): Promise<ChannelWorld> {
  const store = await openTestStore();
  const { db } = store;
  const accountId = 'acct_channels';
  const botId = await seedBot(db, accountId);
  const complete = completeChannel(null, channel);
  const integrationId = await createSupportIntegration(db, accountId, {
    channel: complete,
    trigger: 'always',
  });
  const deliveryWorker = createDeliveryWorker({
    db,
    transport: createTransport({ jsonTransport: true }),
    from: 'Acme Support <support-bot@acme.com>',
    logger: silent,
    baseBackoffMs: worker.baseBackoffMs ?? 1000,
    sendTimeoutMs: worker.sendTimeoutMs ?? 10_000,
  });
  return {
    db,
    integrationId,
    botId,
    worker: deliveryWorker,
    async complete(contact = { name: 'Maria Garcia', email: 'maria@example.com' }) {
      return (await completeConversation(db, { accountId, botId, contact, endReason: 'escalated' })).id;
    },
    async reforward(conversationId) {
      await db.transaction((tx) =>
        forwardConversations(
          tx,
          { id: integrationId, accountId, botId: '', email: null, channel: complete },
          { conversationIds: [conversationId] },
        ),
      );
    },
    async due() {
      await db.query(`UPDATE sb_deliveries SET next_attempt_at = 0 WHERE state = 'pending'`);
    },
    async deliveries() {
      return (await db.query('SELECT * FROM sb_deliveries ORDER BY created_at, forward')).rows;
    },
    close: () => store.close(),
  };
}

import { KEY_A, startServer, type TestServer } from '../test/helpers/server.js';
import { startBareExpress } from './bare-express.js';
import { type BenchStore, benchStores } from './bench-stores.js';
import { type LoadProcess, measureServer, type PlainRequest, startLoadProcess } from './load.js';

/**
 * The HTTP figures, each beside a bare Express 5 app measured in the same run with the same
 * 20 connections, on PGlite and on PostgreSQL. The load generator runs in its own process.
 *  - chat: intake-bot replies/s (`POST /conversation/{id}/complete`), p99, ratio to bare,
 *    server CPU per reply (PostgreSQL's own CPU added on PostgreSQL), event-loop delay
 *  - list: support-integration list page 1, req/s
 *  - reply cost against length: CPU per reply at messages 2–10 and at 150–158
 */
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const headers = { authorization: `Bearer ${KEY_A}`, 'content-type': 'application/json' };
const QUESTION = JSON.stringify({ text: 'How long does shipping take to Berlin?' });

export async function benchHttp(): Promise<Record<string, unknown>> {
  const load = await startLoadProcess();
  const bareApp = await startBareExpress();
  // The baseline is measured again right before each figure it is set against: on a shared
  // machine, what the neighbours take changes from one minute to the next.
  const bare: MeasureBare = async (kind) => {
    const base = { url: bareApp.origin, headers, connections: CONNECTIONS };
    const options =
      kind === 'chat'
        ? { ...base, paths: ['/complete'], method: 'POST' as const, body: QUESTION }
        : { ...base, paths: ['/list'] };
    await load.autocannon({ ...options, duration: 1 });
    const { value, cpuMs } = await measureServer(() => load.autocannon({ ...options, duration: SECONDS }));
    return { requestsPerSecond: value.requestsPerSecond, cpuMsPerRequest: round(cpuMs / value.requests, 3) };
  };
  try {
    const stores: Record<string, unknown> = {};
    for (const open of benchStores()) {
      const store = await open();
      try {
        stores[store.name] = await benchStore(load, store, bare);
      } finally {
        await store.stop();
      }
    }
    return { connections: CONNECTIONS, seconds: SECONDS, ...stores };
  } finally {
    await bareApp.close();
    await load.close();
  }
}

/** The bare Express app's throughput and CPU per request, for a chat POST or a list GET. */
type MeasureBare = (kind: 'chat' | 'list') => Promise<{ requestsPerSecond: number; cpuMsPerRequest: number }>;

async function benchStore(
  load: LoadProcess,
  store: BenchStore,
  bare: MeasureBare,
): Promise<Record<string, unknown>> {
  const server = await startServer({
    database: store.database,
    // Room for every reply of the run: the cap would answer 409 long before the run ends.
    maxMessagesPerConversation: 100_000,
    // Nothing here is forwarded: no delivery worker polling beside the load.
    worker: false,
  });
  try {
    const botId = await createBot(load, server);
    const conversations = await createConversations(load, server, botId, 600);
    const paths = conversations.map((id) => `/api/v1/conversation/${id}/complete`);
    const chatOptions = {
      url: server.url,
      paths,
      method: 'POST' as const,
      headers,
      body: QUESTION,
      connections: CONNECTIONS,
    };
    await load.autocannon({ ...chatOptions, duration: 1 });
    const bareChat = await bare('chat');
    const chat = await measureServer(
      () => load.autocannon({ ...chatOptions, duration: SECONDS }),
      store.postgresPort,
    );

    for (let i = 0; i < 30; i++)
      await post(load, server, '/integration/support/create', { email: `team${i}@acme.test` });
    const listOptions = {
      url: server.url,
      paths: ['/api/v1/integration/support/list?take=20'],
      headers,
      connections: CONNECTIONS,
    };
    await load.autocannon({ ...listOptions, duration: 1 });
    const bareList = await bare('list');
    const list = await load.autocannon({ ...listOptions, duration: SECONDS });

    const length = await replyCostByLength(load, server, store, botId);
    const cpuPerReply = (chat.cpuMs + (chat.postgresCpuMs ?? 0)) / chat.value.requests;
    return {
      chat: {
        ...chat.value,
        bare: bareChat,
        vsBare: round(chat.value.requestsPerSecond / bareChat.requestsPerSecond, 3),
        cpuMsPerReply: round(cpuPerReply, 2),
        ...(chat.postgresCpuMs !== undefined && {
          postgresCpuMsPerReply: round(chat.postgresCpuMs / chat.value.requests, 2),
        }),
        eventLoopDelayMs: chat.loopDelayMs,
      },
      listPage1: {
        ...list,
        bare: bareList,
        vsBare: round(list.requestsPerSecond / bareList.requestsPerSecond, 3),
      },
      replyCostByLength: length,
    };
  } finally {
    await server.close();
  }
}

/**
 * CPU per reply (server, plus PostgreSQL's) over 12 conversations: five replies each at
 * messages 2–10, then, once each holds 148 messages, five more at messages 150–158.
 */
async function replyCostByLength(
  load: LoadProcess,
  server: TestServer,
  store: BenchStore,
  botId: string,
): Promise<Record<string, number>> {
  const count = 12;
  const ids = await createConversations(load, server, botId, count);
  const paths = ids.map((id) => `/api/v1/conversation/${id}/complete`);
  const base = { url: server.url, paths, method: 'POST' as const, headers, body: QUESTION };
  const rounds = async (n: number, connections: number) => {
    for (let i = 0; i < n; i++)
      await load.autocannon({ ...base, connections: Math.min(connections, count), amount: count });
  };
  const measured = async () => {
    const m = await measureServer(() => rounds(5, 4), store.postgresPort);
    return (m.cpuMs + (m.postgresCpuMs ?? 0)) / (5 * count);
  };
  const short = await measured();
  await rounds(69, CONNECTIONS);
  const long = await measured();
  return {
    cpuMsPerReplyAtMessage2: round(short, 2),
    cpuMsPerReplyAtMessage150: round(long, 2),
    ratio: round(long / short, 2),
  };
}

async function createBot(load: LoadProcess, server: TestServer): Promise<string> {
  const { body } = await post(load, server, '/bot/create', {
    name: 'Ava',
    knowledge: [
      {
        question: 'How long does shipping take?',
        answer: 'Orders ship the same day and arrive in 1–2 days.',
      },
      { question: 'What is your return policy?', answer: 'Unopened items can be returned within 30 days.' },
    ],
  });
  return (body as { id: string }).id;
}

/**
 * Creates `count` conversations of `botId` through the API, 20 at a time.
 *
 * @example
 * const ids = await createConversations(load, server, botId, 500);
 */
export async function createConversations(
  load: LoadProcess,
  server: TestServer,
  botId: string,
  count: number,
): Promise<string[]> {
  const requests: PlainRequest[] = Array.from({ length: count }, () => ({
    url: `${server.api}/conversation/create`,
    method: 'POST',
    headers,
    body: JSON.stringify({ botId }),
  }));
  return (await load.requests(requests, 20)).map((r) => (r.body as { id: string }).id);
}

/**
 * One admin POST through the load process; throws on anything but 2xx.
 *
 * @example
 * const { body } = await post(load, server, '/bot/create', { name: 'Ava' });
 */
export async function post(load: LoadProcess, server: TestServer, path: string, body: unknown) {
  const [answer] = await load.requests(
    [{ url: `${server.api}${path}`, method: 'POST', headers, body: JSON.stringify(body) }],
    1,
  );
  if (!answer || answer.status >= 300)
    throw new Error(`${path}: ${answer?.status} ${JSON.stringify(answer?.body)}`);
  return answer;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ http: await benchHttp() }, null, 2));
}

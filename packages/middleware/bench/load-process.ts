import autocannon from 'autocannon';
import { SMTPServer } from 'smtp-server';
import type { LoadCommand, LoadReply, Mail, RequestTiming } from './load.js';

// The benchmarks' client side, in a process of its own (started by `startLoadProcess`):
// autocannon, plain request lists and the SMTP server that stands in for the helpdesk.
// In the server's process they would share its event loop and CPU and hide its real
// throughput (5–10× under-reported when they did).

const mails: Mail[] = [];
let smtp: SMTPServer | undefined;

process.on('message', (command: LoadCommand) => {
  handle(command).then(
    (result) => process.send?.({ id: command.id, result } satisfies LoadReply),
    (error: unknown) =>
      process.send?.({
        id: command.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LoadReply),
  );
});

async function handle(command: LoadCommand): Promise<unknown> {
  switch (command.type) {
    case 'autocannon': {
      const { paths, body, method = 'GET', headers, ...options } = command.options;
      let next = 0;
      const result = await autocannon({
        ...options,
        requests: [
          {
            method,
            headers,
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length], body }),
          },
        ],
      });
      return {
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.total / (result.duration || 1)),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      };
    }
    case 'requests':
      return requests(command.requests, command.concurrency);
    case 'smtp-start':
      return startSmtp();
    case 'smtp-take': {
      const deadline = Date.now() + command.timeoutMs;
      while (mails.length < command.count && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      return mails.splice(0, mails.length);
    }
    case 'exit':
      smtp?.close();
      setImmediate(() => process.exit(0));
      return null;
  }
}

/** Sends `list` with at most `concurrency` in flight; times each answer (wall clock, ms). */
async function requests(list: LoadCommandRequests, concurrency: number): Promise<RequestTiming[]> {
  const out: RequestTiming[] = new Array(list.length);
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const i = next++;
      const r = list[i] as LoadCommandRequests[number];
      const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      out[i] = { status: res.status, body, doneAt: Date.now() };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, lane));
  return out;
}

type LoadCommandRequests = Extract<LoadCommand, { type: 'requests' }>['requests'];

/** A helpdesk's SMTP server: accepts everything, keeps the conversation header and the time. */
function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const head = raw.subarray(0, raw.indexOf('\r\n\r\n')).toString('utf8');
        const conversationId = /^X-SupportBridge-Conversation:\s*(\S+)/im.exec(head)?.[1] ?? '';
        mails.push({ conversationId, receivedAt: Date.now() });
        callback(null, 'Queued');
      });
    },
  });
  const server = smtp;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

import express from 'express';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { listPage, messagePage } from './pages.js';
import { INBOX_ID, type InboxMessage, openInboxStore } from './store.js';

export type { InboxMessage } from './store.js';

/** The largest email the inbox accepts; escalation emails are a few kilobytes. */
const MAX_SIZE = 10 * 1024 * 1024;

/**
 * A running local inbox.
 *
 * @example
 * app.use('/inbox', inbox.router); // … await inbox.close();
 */
export interface Inbox {
  /** The SMTP port it listens on (the one chosen when 0 was asked for). */
  port: number;
  /** `GET /` (list), `GET /:id` (one email), `GET /:id.json`; mount it at `/inbox`. */
  router: express.Router;
  /** Every email received, newest first. */
  list(): Promise<InboxMessage[]>;
  close(): Promise<void>;
}

/**
 * Starts the demo's support inbox: an SMTP server on loopback that takes any email,
 * parses it with mailparser and keeps it as JSON under `dataDir/inbox/`, and a router that
 * shows the emails the way a support agent would read them. The SMTP side has no auth and
 * no TLS: it only listens on `host` (default 127.0.0.1) and is a stand-in for a real
 * helpdesk. The router has no auth of its own: mount it behind `inboxAuth()`.
 *
 * @example
 * const inbox = await startInbox({ port: 2525, dataDir: './.supportbridge' });
 * app.use('/inbox', inbox.router);
 */
export async function startInbox(options: { port: number; dataDir: string; host?: string }): Promise<Inbox> {
  const store = openInboxStore(options.dataDir);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_SIZE,
    logger: false,
    banner: 'SupportBridge demo inbox',
    // Senders keep pooled connections open; closing the demo should not wait 30 s for them.
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          return callback(
            Object.assign(new Error('Message too large for the demo inbox'), { responseCode: 552 }),
          );
        }
        const raw = Buffer.concat(chunks);
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        simpleParser(raw)
          .then((parsed) => {
            const message = store.add(parsed, envelope, raw.length);
            callback(null, `Stored as ${message.id}`);
          })
          .catch((error: Error) => callback(Object.assign(error, { responseCode: 451 })));
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : options.port);
    });
  });
  // A client that drops mid-session is routine; without a listener the error would crash the demo.
  server.on('error', (error) => console.warn('supportbridge demo inbox:', error.message));

  const router = express.Router();
  router.use((_req, res, next) => {
    // Everything shown came in by email: no script may run, whatever slipped through.
    res.set({
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    next();
  });
  router.get('/', (req, res) => {
    res.type('html').send(listPage(store.list(), req.baseUrl));
  });
  router.get('/:id', (req, res) => {
    const json = req.params.id.endsWith('.json');
    const id = json ? req.params.id.slice(0, -5) : req.params.id;
    const message = INBOX_ID.test(id) ? store.get(id) : undefined;
    if (!message) {
      res.status(404);
      return json
        ? res.json({ message: 'No such email', code: 'NOT_FOUND' })
        : res.type('text').send('No such email');
    }
    return json ? res.json(message) : res.type('html').send(messagePage(message, req.baseUrl));
  });

  return {
    port,
    router,
    list: async () => store.list(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

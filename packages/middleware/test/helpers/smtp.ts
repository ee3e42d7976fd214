import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** One message the sink accepted, parsed by mailparser as a mail client would read it. */
export interface ReceivedMail {
  parsed: ParsedMail;
  raw: string;
  envelope: { from: string; to: string[] };
  messageId: string | undefined;
  receivedAt: number;
}

/**
 * What the sink answers for a message: accept it (at once or late), reject it with a code,
 * stall DATA forever, or `drop` — take the whole message, then close the connection without
 * a reply (the sender cannot know whether it arrived).
 */
export type SinkAnswer =
  | 'accept'
  | 'stall'
  | 'drop'
  | { code: number; message: string }
  | { delayMs: number };

/** A real SMTP server for tests, on loopback, that collects what it accepts. */
export interface SmtpSink {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** How many DATA transfers are stalled right now. */
  stalled: number;
  /** How many whole messages were taken and then dropped without a reply. */
  dropped: number;
  /** Decides each message's answer, after it has been read and parsed. Default: accept. */
  answer: (mail: { parsed: ParsedMail; attempt: number }) => SinkAnswer;
  /** Resolves once at least `count` messages were accepted. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Stops listening and drops every connection (an outage). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/**
 * Starts an SMTP sink on `127.0.0.1` (port 0 picks a free one). No auth, no TLS: it is a
 * stand-in for a helpdesk's mail server, and `answer` makes it refuse (550), defer (421)
 * or stall a message to test the sender's retries.
 */
export async function startSmtpSink(
  options: { port?: number; parse?: boolean; starttls?: boolean } = {},
): Promise<SmtpSink> {
  const attempts = new Map<string, number>();
  let server: SMTPServer | undefined;
  const open = new Set<SMTPServerDataStream>();

  function create(): SMTPServer {
    return new SMTPServer({
      authOptional: true,
      // With `starttls`, the server offers STARTTLS with smtp-server's self-signed test
      // certificate, which a verifying client refuses: a TLS failure on every connection.
      disabledCommands: options.starttls ? ['AUTH'] : ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        open.add(stream);
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          open.delete(stream);
          const raw = Buffer.concat(chunks);
          // Benchmarks skip parsing: in the sender's process it would cost more than sending.
          const parsed = options.parse === false ? headersOnly(raw) : await simpleParser(raw);
          const messageId = parsed.messageId;
          const attempt = (attempts.get(messageId ?? '') ?? 0) + 1;
          attempts.set(messageId ?? '', attempt);
          const answer = sink.answer({ parsed, attempt });
          if (answer === 'stall') {
            sink.stalled++;
            return;
          }
          if (answer === 'drop') {
            sink.dropped++;
            connectionOf(session.id)?.destroy();
            return;
          }
          if (typeof answer === 'object' && 'code' in answer) {
            return callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
          }
          if (typeof answer === 'object') await new Promise((r) => setTimeout(r, answer.delayMs));
          sink.messages.push({
            parsed,
            raw: raw.toString('utf8'),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            messageId,
            receivedAt: Date.now(),
          });
          callback(null, 'Queued');
        });
      },
    });
  }

  /** The socket of a session: smtp-server keeps its connections, each with the session's id. */
  function connectionOf(sessionId: string): { destroy(): void } | undefined {
    const connections = (
      server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }
    ).connections;
    for (const connection of connections) if (connection.id === sessionId) return connection._socket;
    return undefined;
  }

  async function listen(port: number): Promise<number> {
    server = create();
    const s = server;
    return new Promise((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        const address = s.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  const port = await listen(options.port ?? 0);
  const sink: SmtpSink = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages: [],
    stalled: 0,
    dropped: 0,
    answer: () => 'accept',
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (sink.messages.length < count) {
        if (Date.now() > deadline)
          throw new Error(`SMTP sink got ${sink.messages.length} of ${count} messages in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return sink.messages;
    },
    async stop() {
      const s = server;
      server = undefined;
      if (!s) return;
      for (const stream of open) stream.destroy();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async start() {
      if (!server) await listen(port);
    },
  };
  return sink;
}

/** Just enough of a message for counting: its Message-ID, read from the header block. */
function headersOnly(raw: Buffer): ParsedMail {
  const head = raw.subarray(0, raw.indexOf('\r\n\r\n')).toString('utf8');
  const messageId = /^Message-ID:\s*(<[^>]*>)/im.exec(head)?.[1];
  return {
    messageId,
    headers: new Map(),
    headerLines: [],
    attachments: [],
    html: false,
  } as unknown as ParsedMail;
}

import { Transform } from 'node:stream';
import nodemailer, { type DKIMOptions, type Transporter } from 'nodemailer';

/** Keys that select a transport other than SMTP, for which pooling means nothing. */
const NON_SMTP = ['sendmail', 'streamTransport', 'jsonTransport', 'SES'] as const;

/**
 * Timeouts shorter than nodemailer's (2 min to connect, 10 min of socket silence): a
 * stalled server should fail a send within a minute so the outbox retries it, instead of
 * holding one of the worker's few send slots for ten.
 */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Creates the mail transport the delivery worker sends with. An SMTP transport is always
 * pooled: reusing connections took 1,000 messages from 104 s to 1.1 s into a local server,
 * because every new SMTP connection costs a handshake (and a greeting delay on many
 * servers). Options you set win over these defaults; a ready transporter (anything with
 * `sendMail`) is returned as it is.
 *
 * @param option `smtp://user:pass@host:587`, `smtps://…`, or nodemailer transport options
 *   (`{ host, port, auth, … }`, or `{ jsonTransport: true }` and the like).
 * @param dkim DKIM signing options (`{ domainName, keySelector, privateKey }`), so the
 *   helpdesk's spam filter sees a signed message from the sender's domain.
 * @param connections pooled connections, one per send slot of the worker (nodemailer's
 *   default is 5); a `maxConnections` in the URL or the options wins.
 * @example
 * const transport = createTransport('smtp://127.0.0.1:2525', undefined, 16);
 */
export function createTransport(option: string | object, dkim?: object, connections?: number): Transporter {
  if (
    typeof option === 'object' &&
    option !== null &&
    typeof (option as Transporter).sendMail === 'function'
  ) {
    return option as Transporter;
  }
  const signing = {
    ...(dkim && { dkim: dkim as DKIMOptions }),
    ...(connections && { maxConnections: connections }),
  };
  if (typeof option === 'string') {
    // nodemailer merges the other keys of a `{ url }` object under what the URL itself sets,
    // so `?pool=false` or `?socketTimeout=…` in a URL still wins.
    return nodemailer.createTransport({ ...TIMEOUTS, pool: true, ...signing, url: option });
  }
  const options = option as Record<string, unknown>;
  if (typeof options.send === 'function' || NON_SMTP.some((key) => options[key])) {
    return nodemailer.createTransport({
      ...(dkim && { dkim: dkim as DKIMOptions }),
      ...options,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  }
  return nodemailer.createTransport({ ...TIMEOUTS, ...signing, ...options, pool: true });
}

/** The key under which `sendMail` options carry the callback `observeTransmission` calls. */
export const ON_TRANSMITTED = 'supportbridgeOnTransmitted';

const observed = new WeakSet<object>();

/**
 * Lets a sender learn whether a failed send had already handed the whole message to the
 * server. A dropped connection before that point is a failure to talk to the server; after
 * it, the server may have taken the message, and another try sends a second copy — the
 * two call for different retry policies, and nodemailer reports both as the same
 * "Connection closed unexpectedly". A `stream` plugin puts a pass-through at the end of
 * the message stream that calls `options[ON_TRANSMITTED]()` once the last byte went past.
 * Installed once per transporter; messages without the callback are untouched.
 *
 * @example
 * observeTransmission(transport);
 * let transmitted = false;
 * await transport.sendMail({ ...mail, [ON_TRANSMITTED]: () => { transmitted = true; } });
 */
export function observeTransmission(transport: Transporter): void {
  if (observed.has(transport) || typeof transport.use !== 'function') return;
  observed.add(transport);
  transport.use('stream', (mail, done) => {
    const onTransmitted = (mail.data as Record<string, unknown>)[ON_TRANSMITTED];
    if (typeof onTransmitted === 'function') {
      mail.message.transform(
        () =>
          new Transform({
            transform: (chunk, _encoding, next) => next(null, chunk),
            flush: (next) => {
              onTransmitted();
              next();
            },
          }),
      );
    }
    done();
  });
}

import type { Transporter } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';
import { checkLogger, type Logger, prefixed } from '../logger.js';
import { parseOptions } from '../options.js';
import type { Database } from '../store/database.js';
import { formatTime } from './text.js';

/** A duration in milliseconds. */
const Milliseconds = z.number().positive('must be a positive number of milliseconds');
/** A count of tries or sends. */
const Count = z.number().int().positive('must be a positive whole number');

/**
 * How the delivery worker paces itself. Every setting is optional; the defaults suit one
 * pooled SMTP server. Reachable as `supportMiddleware({ worker: { … } })` and as
 * `createDeliveryWorker({ …, concurrency: 10 })`.
 *
 * @example
 * const settings: WorkerSettings = { concurrency: 10, maxAttempts: 50 };
 */
export interface WorkerSettings {
  /** How often to look for due deliveries when nobody calls `kick()`. Defaults to 1000 ms. */
  pollIntervalMs?: number;
  /** How long a claim is ours before another instance may take it over; renewed while sending. Defaults to 30 000 ms. */
  leaseMs?: number;
  /** Tries before a transiently failing delivery is marked `failed`; tries that could not reach the server do not count. Defaults to 30, about 13 hours of retries. */
  maxAttempts?: number;
  /** Tries in which the server took the whole message but dropped the connection without confirming it, before the delivery is marked `failed`: each may have left a copy. Defaults to 3. */
  maxTransmissions?: number;
  /** First retry delay, doubled per attempt up to one hour, with jitter. Defaults to 2000 ms. */
  baseBackoffMs?: number;
  /**
   * Forwards in flight at once. `supportMiddleware()` opens as many pooled SMTP connections
   * (unless the transport sets `maxConnections`): with 5, a burst of 500 escalations waited
   * seconds in the outbox; with 16, the email left about when the chat ended (see
   * `pnpm bench`). Defaults to 16.
   */
  concurrency?: number;
  /** A send taking longer is aborted and retried later. Defaults to 120 000 ms. */
  sendTimeoutMs?: number;
}

/** Forwards in flight at once, and pooled SMTP connections, unless set. */
export const DEFAULT_CONCURRENCY = 16;

/**
 * The worker's settings with their defaults: the one definition `supportMiddleware()` and
 * `createDeliveryWorker()` both validate against.
 *
 * @example
 * WorkerSettingsSchema.parse({ concurrency: 10 }).leaseMs // 30000
 */
export const WorkerSettingsSchema = z.strictObject({
  pollIntervalMs: Milliseconds.default(1000),
  leaseMs: Milliseconds.default(30_000),
  maxAttempts: Count.default(30),
  maxTransmissions: Count.default(3),
  baseBackoffMs: Milliseconds.default(2000),
  concurrency: Count.default(DEFAULT_CONCURRENCY),
  sendTimeoutMs: Milliseconds.default(120_000),
}) satisfies z.ZodType<Required<WorkerSettings>, WorkerSettings>;

/**
 * Options of `createDeliveryWorker`.
 *
 * @example
 * const options: DeliveryWorkerOptions = { db, transport: createTransport(url), from: 'support-bot@acme.com', timeZone: 'Europe/Berlin' };
 */
export interface DeliveryWorkerOptions extends WorkerSettings {
  /** The store holding the outbox (`sb_deliveries`). */
  db: Database;
  /**
   * A nodemailer transporter, ideally from `createTransport` (pooled). Without one the worker
   * delivers only to helpdesk and webhook channels, and leaves email forwards to an instance
   * that has mail settings.
   */
  transport?: Transporter;
  /** The sender, `bot@acme.com` or `"Acme Support" <bot@acme.com>`; never a no-reply address. Required with `transport`. */
  from?: string;
  /** Where the worker reports, with the same `supportbridge: ` prefix as the middleware. Defaults to warnings and errors on `console`. */
  logger?: Logger;
  /** IANA zone for the transcript's times. Defaults to UTC. */
  timeZone?: string;
}

/**
 * The options after validation, with defaults applied and the sender's domain worked out.
 *
 * @example
 * parseWorkerOptions({ db, transport, from: 'Acme <bot@acme.com>' }).domain // "acme.com"
 */
export type WorkerConfig = Required<WorkerSettings> & {
  db: Database;
  /** Absent: this worker takes API-channel forwards only. */
  transport?: Transporter;
  from: string;
  timeZone: string;
  logger: Logger;
  domain: string;
};

const WorkerOptionsSchema = WorkerSettingsSchema.extend({
  db: z.unknown(),
  transport: z.unknown().optional(),
  from: z.unknown().optional(),
  logger: z.unknown().optional(),
  timeZone: z.string().default('UTC'),
});

/** The sender a worker without mail names in the content it hands to helpdesks. */
const CHANNELS_ONLY_FROM = 'SupportBridge <supportbridge@supportbridge.invalid>';

const QUIET_CONSOLE: Logger = { info: () => {}, warn: console.warn, error: console.error };

/**
 * Validates the worker's options once, at creation, so a misconfiguration fails at
 * start-up with a message that says how to fix it rather than at the first email.
 *
 * @example
 * const config = parseWorkerOptions({ db, transport, from: 'support-bot@acme.com' });
 */
export function parseWorkerOptions(options: DeliveryWorkerOptions): WorkerConfig {
  const settings = parseOptions(WorkerOptionsSchema, options, 'createDeliveryWorker()');
  if (typeof options.db?.query !== 'function')
    throw new TypeError('createDeliveryWorker: `db` must be a Database');
  if (options.transport !== undefined && typeof options.transport.sendMail !== 'function') {
    throw new TypeError(
      'createDeliveryWorker: `transport` must be a nodemailer transporter (see createTransport)',
    );
  }
  checkLogger(options.logger, 'createDeliveryWorker()');
  const config: WorkerConfig = {
    ...settings,
    db: options.db,
    transport: options.transport,
    // Without mail, forwards still need a sender for their (never mailed) ids and content.
    from: options.transport || options.from !== undefined ? (options.from as string) : CHANNELS_ONLY_FROM,
    logger: prefixed(options.logger ?? QUIET_CONSOLE),
    domain: senderDomain(options.transport || options.from !== undefined ? options.from : CHANNELS_ONLY_FROM),
  };
  try {
    formatTime(0, config.timeZone);
  } catch {
    throw new RangeError(
      `createDeliveryWorker: timeZone "${config.timeZone}" is not an IANA time zone such as "Europe/Berlin"`,
    );
  }
  return config;
}

/**
 * The domain of the sender, for Message-IDs. Rejects a no-reply sender: helpdesks such as
 * Zendesk suspend mail from such addresses as automated, and the email would never
 * become a ticket.
 */
export function senderDomain(from: unknown): string {
  const parsed = typeof from === 'string' ? addressparser(from, { flatten: true }) : [];
  const address = parsed[0]?.address ?? '';
  const at = address.lastIndexOf('@');
  if (parsed.length !== 1 || at < 1 || at === address.length - 1) {
    throw new TypeError(
      `createDeliveryWorker: \`from\` must be one sender address such as "Acme Support <support-bot@acme.com>", got ${JSON.stringify(from)}`,
    );
  }
  if (/^(no-?reply|do-?not-?reply)([+._-]|$)/i.test(address.slice(0, at))) {
    throw new TypeError(
      `createDeliveryWorker: \`from\` is a no-reply address (${address}). Helpdesks such as Zendesk suspend mail that looks automated, so the email would never become a ticket; send from a real mailbox such as support-bot@${address.slice(at + 1)}.`,
    );
  }
  return address.slice(at + 1);
}

import express, { type ErrorRequestHandler, Router } from 'express';
import type { SendMailOptions } from 'nodemailer';
import { z } from 'zod';
import type { Limits, SupportContext } from './context.js';
import { conversationOnce } from './conversations/access.js';
import { startIdleSweeper } from './conversations/idle-sweeper.js';
import { createTransport } from './delivery/transport.js';
import { createDeliveryWorker } from './delivery/worker.js';
import {
  DEFAULT_CONCURRENCY,
  senderDomain,
  type WorkerSettings,
  WorkerSettingsSchema,
} from './delivery/worker-config.js';
import type { Engine } from './engines/engine.js';
import { createEngineResolver } from './engines/resolve-engine.js';
import { SupportError, toSupportError } from './errors.js';
import { type Authenticate, apiKeyAuthenticator } from './http/auth.js';
import { cors } from './http/cors.js';
import { createRateLimits, DEFAULT_RATE_LIMITS, type RateLimitOptions } from './http/rate-limits.js';
import { securityHeaders } from './http/security-headers.js';
import { checkLogger, type Logger, prefixed, silentLogger } from './logger.js';
import { parseOptions } from './options.js';
import { botRoutes } from './routes/bots.js';
import { conversationRoutes } from './routes/conversations.js';
import { openApiRoutes } from './routes/openapi.js';
import { supportIntegrationRoutes } from './routes/support-integrations.js';
import { widgetRoutes } from './routes/widget.js';
import { type Database, type DatabaseOption, openDatabase } from './store/database.js';
import { keepStatisticsFresh } from './store/maintenance.js';
import { migrate } from './store/migrate.js';
import { ruleSummarizer } from './summary/rule-summarizer.js';
import type { Summarizer } from './summary/summarizer.js';

/** Options of `supportMiddleware()`. Every one is optional. */
export interface SupportMiddlewareOptions {
  /** A PostgreSQL URL, a PGlite data directory, a `PGlite` or a `pg.Pool`. Defaults to PGlite in `dataDir`. */
  database?: DatabaseOption;
  /** Where the embedded store lives when `database` is not given. Defaults to `./.supportbridge`. */
  dataDir?: string;
  /** API key → account id. Use `authenticate` instead to resolve keys yourself. Defaults to none. */
  apiKeys?: Record<string, string>;
  /** Resolves the account of a request (`undefined` = no valid key). Defaults to checking `apiKeys`. */
  authenticate?: Authenticate;
  /** Where escalation emails go out. Without it conversations are stored and queued but not sent. */
  mail?: {
    /** An SMTP URL (`smtp://user:pass@host:587`) or nodemailer SMTP options. Always pooled. */
    transport: string | Record<string, unknown>;
    /** The sender, e.g. `"Acme Support" <support-bot@acme.com>`; never a noreply@ address. */
    from: string;
    /** DKIM signing options, passed to nodemailer as they are. */
    dkim?: Record<string, unknown>;
    /** Time zone of the transcript's times. Defaults to `UTC`. */
    timeZone?: string;
  };
  /**
   * The delivery worker that sends `mail`: `false` runs none in this instance (another
   * instance sharing the database sends), `true` runs one with the defaults, and an object
   * runs one with those settings (`pollIntervalMs`, `leaseMs`, `maxAttempts`,
   * `maxTransmissions`, `baseBackoffMs`, `concurrency`, `sendTimeoutMs`). Defaults to `true`.
   */
  worker?: boolean | WorkerSettings;
  /** Engines by model name or prefix (`"intake"`, `"openai"`, `"my-engine"`), overriding the built-in ones. */
  engines?: Record<string, Engine>;
  /** The OpenAI-compatible endpoint for `openai/<model>` bots. Defaults to api.openai.com, which needs `apiKey`. Never read from the environment. */
  openai?: { baseURL?: string; apiKey?: string; timeoutMs?: number; maxRetries?: number };
  /** The ChatBotKit account for `chatbotkit/<botId>` bots. Defaults to none. Never read from the environment. */
  chatbotkit?: { secret?: string; baseUrl?: string };
  /** Writes the summary of each completed conversation. Defaults to the built-in rule summarizer. */
  summarizer?: Summarizer;
  /** Origins allowed to open chats with bots that list none of their own. Defaults to any origin. */
  allowedOrigins?: string[];
  /** Per-minute limits on what visitors can reach (see `RateLimitOptions` for each and its default). */
  rateLimit?: Partial<RateLimitOptions>;
  /** Messages one conversation may hold. Defaults to 200. */
  maxMessagesPerConversation?: number;
  /** Forwards (emails) one conversation may cause per support integration, the first included. Defaults to 5. */
  maxForwardsPerConversation?: number;
  /** How long a follow-up forward (the visitor came back or changed the address) waits, taking along every change meanwhile. Defaults to 60 000 ms. */
  followUpQuietMs?: number;
  /** How often idle conversations are looked for, in ms. Defaults to 30 000. */
  idleSweepIntervalMs?: number;
  /**
   * Keep what the widget reports about the visitor — page (without query string or fragment),
   * referrer origin, time zone, browser label — for the team's email and `conversation/fetch`.
   * The visitor's language is kept either way (the bot needs it). Defaults to `true`.
   */
  visitorContext?: boolean;
  /** Largest accepted request body. Defaults to `"100kb"`. */
  bodyLimit?: string;
  /** Where to log, with every line prefixed `supportbridge: ` (the worker's too); `false` for silence. Defaults to `console`. */
  logger?: Logger | false;
}

/** The router, plus its lifecycle. */
export type SupportMiddleware = Router & {
  /** Resolves once the store is open and migrated (requests wait for it anyway). */
  ready: Promise<void>;
  /** Stops the worker (draining sends in flight) and the sweeper, then closes the store. */
  close(): Promise<void>;
};

/** Shorter keys are guessable: a key is all that guards an account. */
const MIN_API_KEY_LENGTH = 8;

const PlainOptionsSchema = z.strictObject({
  database: z.unknown().optional(),
  dataDir: z.string().min(1).default('./.supportbridge'),
  apiKeys: z
    .record(z.string(), z.string().min(1, 'each API key needs an account id'))
    // Checked here rather than on the record's key: a key schema's failure reads "Invalid
    // key in record" and its path would print the (secret) key.
    .check((ctx) => {
      const short = Object.keys(ctx.value).filter((key) => key.length < MIN_API_KEY_LENGTH);
      if (short.length === 0) return;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `API keys must be at least ${MIN_API_KEY_LENGTH} characters; ${short.length === 1 ? 'one is' : `${short.length} are`} shorter. Use a long random value such as crypto.randomBytes(24).toString('base64url')`,
      });
    })
    .default({}),
  authenticate: z.unknown().optional(),
  mail: z
    .strictObject({
      transport: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
      from: z.string().min(3),
      dkim: z.record(z.string(), z.unknown()).optional(),
      timeZone: z.string().optional(),
    })
    .optional(),
  worker: z
    .union([z.boolean(), WorkerSettingsSchema], {
      error: 'expected true, false or worker settings such as { concurrency: 5 }',
    })
    .default(true),
  engines: z.unknown().optional(),
  openai: z
    .strictObject({
      baseURL: z.string().optional(),
      apiKey: z.string().optional(),
      timeoutMs: z.number().positive().optional(),
      maxRetries: z.number().int().min(0).optional(),
    })
    .optional(),
  chatbotkit: z.strictObject({ secret: z.string().optional(), baseUrl: z.string().optional() }).optional(),
  summarizer: z.unknown().optional(),
  allowedOrigins: z.array(z.string()).default([]),
  rateLimit: z
    .strictObject(
      Object.fromEntries(
        Object.entries(DEFAULT_RATE_LIMITS).map(([key, value]) => [
          key,
          z.number().int().positive().default(value),
        ]),
      ) as { [K in keyof RateLimitOptions]: z.ZodDefault<z.ZodNumber> },
    )
    .default(DEFAULT_RATE_LIMITS),
  maxMessagesPerConversation: z.number().int().min(2).default(200),
  maxForwardsPerConversation: z.number().int().min(1).default(5),
  followUpQuietMs: z.number().int().min(0).default(60_000),
  idleSweepIntervalMs: z.number().int().min(100).default(30_000),
  visitorContext: z.boolean().default(true),
  bodyLimit: z.string().default('100kb'),
  logger: z.unknown().optional(),
});

/**
 * Creates the SupportBridge API as an Express router: support integrations (wire-compatible
 * with ChatBotKit), bots, conversations and the widget's public session endpoint, over an
 * embedded PGlite store or PostgreSQL, with the delivery worker that emails completed
 * conversations to each matching support inbox. Options are checked once, here: a typo is
 * an error now, not a surprise later.
 *
 * @example
 * app.use('/api/v1', supportMiddleware({
 *   apiKeys: { [process.env.SUPPORT_API_KEY!]: 'acme' },
 *   mail: { transport: process.env.SMTP_URL!, from: 'Acme Support <support-bot@acme.com>' },
 * }));
 */
export function supportMiddleware(options: SupportMiddlewareOptions = {}): SupportMiddleware {
  const config = parseOptions(PlainOptionsSchema, options, 'supportMiddleware()');
  if (options.logger !== false) checkLogger(options.logger, 'supportMiddleware()');
  const sink: Logger = options.logger === false ? silentLogger : (options.logger ?? console);
  const logger = prefixed(sink);
  checkShape(options.authenticate, 'function', 'authenticate');
  checkShape(options.summarizer, 'object', 'summarizer', 'summarize');
  if (config.mail) {
    try {
      senderDomain(config.mail.from);
    } catch (error) {
      // Said now, at start-up, not on the first escalation hours later.
      throw new TypeError(
        `supportMiddleware(): mail.from — ${(error as Error).message.replace(/^\w+: /, '')}`,
      );
    }
  }
  const authenticate = options.authenticate ?? apiKeyAuthenticator(config.apiKeys);
  const rateLimits = createRateLimits(config.rateLimit, authenticate, async (req, id) =>
    ctx.db ? (await conversationOnce(req, ctx, id)).bot_id : undefined,
  );
  const limits: Limits = {
    maxMessagesPerConversation: config.maxMessagesPerConversation,
    followUps: { quietMs: config.followUpQuietMs, maxForwards: config.maxForwardsPerConversation },
  };

  // One pooled transport: the worker sends through it, the delivery doctor tests with it.
  const connections = typeof config.worker === 'object' ? config.worker.concurrency : undefined;
  const transport = config.mail
    ? createTransport(config.mail.transport, config.mail.dkim, connections ?? DEFAULT_CONCURRENCY)
    : undefined;
  const ctx: SupportContext = {
    db: undefined as unknown as Database,
    authenticate,
    logger,
    limits,
    engineFor: createEngineResolver({
      engines: options.engines,
      openai: config.openai,
      chatbotkit: config.chatbotkit,
      // Remote engines answer the visitor with a fallback instead of throwing: log why.
      onError: (error, model) => logger.warn(`engine ${model} failed: ${error.message}`),
    }),
    summarizer: options.summarizer ?? ruleSummarizer,
    allowedOrigins: config.allowedOrigins,
    visitorContext: config.visitorContext,
    onDeliveriesQueued: () => worker?.kick(),
  };

  let worker: ReturnType<typeof createDeliveryWorker> | undefined;
  let sweeper: ReturnType<typeof startIdleSweeper> | undefined;
  let stopMaintenance = () => {};
  const ready = (async () => {
    ctx.db = await openDatabase(options.database, config.dataDir, (error) =>
      logger.warn('a database connection dropped; the pool reconnects', error.message),
    );
    await migrate(ctx.db);
    stopMaintenance = await keepStatisticsFresh(ctx.db, (error) =>
      logger.warn('refreshing the store statistics failed', error),
    );
    // Without `mail` the worker still delivers to helpdesk and webhook channels.
    if (config.worker !== false) {
      worker = createDeliveryWorker({
        ...(config.worker === true ? {} : config.worker),
        db: ctx.db,
        ...(transport && { transport, from: config.mail!.from }),
        logger,
        timeZone: config.mail?.timeZone,
      });
      worker.start();
    }
    sweeper = startIdleSweeper(ctx, config.idleSweepIntervalMs);
  })();
  // Reported to every request below, and to the caller through `ready`; never unhandled.
  ready.catch((error: unknown) => logger.error('the store could not be opened', error));

  const router = Router() as SupportMiddleware;
  router.use(securityHeaders);
  router.use(cors());
  router.use(express.json({ limit: config.bodyLimit }));
  router.use(async (_req, _res, next) => {
    try {
      await ready;
      next();
    } catch {
      next(new SupportError('INTERNAL_ERROR', 'The support store is not available; try again shortly'));
    }
  });
  router.use(
    supportIntegrationRoutes(ctx, {
      ...(config.mail && { from: config.mail.from }),
      ...(transport && { sendMail: (mail: SendMailOptions) => transport.sendMail(mail) }),
    }),
  );
  router.use(botRoutes(ctx));
  router.use(conversationRoutes(ctx, rateLimits));
  router.use(widgetRoutes(ctx, rateLimits));
  router.use(openApiRoutes());
  router.use((req, _res, next) =>
    next(new SupportError('NOT_FOUND', `No route ${req.method} ${req.baseUrl}${req.path}`)),
  );
  router.use(errorHandler(logger));

  router.ready = ready;
  router.close = async () => {
    await ready.catch(() => {});
    stopMaintenance();
    await sweeper?.stop();
    await worker?.stop();
    // The worker closes the transport it sends through; without one, close it here.
    if (!worker) transport?.close();
    await ctx.db?.close();
  };
  return router;
}

/** The router's single error handler: the contract's `{ message, code }`, never a stack. */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const supportError = toSupportError(error);
    if (supportError.status >= 500) logger.error(`${req.method} ${req.originalUrl} failed`, error);
    if (res.headersSent) {
      // A stream already started: all we can do is end it; the client sees it cut short.
      res.end();
      return;
    }
    res.status(supportError.status).json(supportError.toJSON());
  };
}

function checkShape(value: unknown, type: 'function' | 'object', name: string, method?: string): void {
  if (value === undefined) return;
  const ok =
    typeof value === type &&
    value !== null &&
    (!method || typeof (value as Record<string, unknown>)[method] === 'function');
  if (!ok) {
    throw new TypeError(
      `supportMiddleware(): "${name}" should be ${method ? `an object with a ${method}() method` : `a ${type}`}, got ${typeof value}`,
    );
  }
}

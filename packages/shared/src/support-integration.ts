import { z } from 'zod';
import { EmailSchema, ListQuerySchema, MetaSchema, TimestampSchema } from './common.js';
import { ContactSchema, ConversationSummarySchema } from './conversation.js';

/**
 * Which completed conversations an integration forwards:
 * `automatic` — those in which the visitor gave a valid email (ChatBotKit's behaviour);
 * `escalation` — only those where the visitor asked for a human;
 * `always` — every completed conversation with a visitor message;
 * `never` — keep the configuration, forward nothing.
 *
 * @example SupportTriggerSchema.parse('always')
 */
export const SupportTriggerSchema = z.enum(['automatic', 'escalation', 'always', 'never']);
/** @example const t: SupportTrigger = 'automatic'; */
export type SupportTrigger = z.infer<typeof SupportTriggerSchema>;

const name = z.string().max(256);
const description = z.string().max(4096);
const refId = z.string().max(128);
/** A custom identifier: letters, digits, `-`, `_` and `.`, not shaped like a generated id. */
const alias = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'alias may hold letters, digits, ".", "_" and "-"')
  .refine((v) => !/^sup_/.test(v), 'alias must not start with "sup_"');
/** A support inbox; `null` or `""` clears it. */
const email = z.union([EmailSchema, z.literal(''), z.null()]);

/** A helpdesk or receiver address: https, or http on a loopback host (local tests, a sidecar). */
const endpoint = z
  .url({ protocol: /^https?$/, error: 'must be an https:// URL such as https://acme.zendesk.com' })
  .max(2048)
  .refine(
    (v) => v.startsWith('https:') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(v),
    'must use https:// (plain http only on localhost)',
  );
/** A credential: write-only, never returned by the API. */
const secret = z.string().min(1).max(2048);
const tags = z
  .array(
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^[^\s,]+$/, 'a tag has no spaces or commas'),
  )
  .max(20);

const zendesk = {
  type: z.literal('zendesk'),
  /** The Zendesk account's address, `https://acme.zendesk.com`. */
  url: endpoint,
  /** The agent whose API token is used (`email/token` basic auth). */
  email: EmailSchema.optional(),
  apiToken: secret.optional(),
  /** An OAuth access token instead of email + API token. */
  oauthToken: secret.optional(),
  tags: tags.optional(),
};
const helpscout = {
  type: z.literal('helpscout'),
  /** The Mailbox API; defaults to `https://api.helpscout.net`. */
  url: endpoint.optional(),
  mailboxId: z.number().int().positive(),
  /** The App ID and App Secret of a Help Scout OAuth app (client credentials). */
  appId: secret.optional(),
  appSecret: secret.optional(),
  tags: tags.optional(),
  /** Help Scout needs a customer email: conversations whose visitor gave none use this one. */
  fallbackEmail: EmailSchema.optional(),
};
const freshdesk = {
  type: z.literal('freshdesk'),
  /** The Freshdesk account's address, `https://acme.freshdesk.com`. */
  url: endpoint,
  apiKey: secret.optional(),
  tags: tags.optional(),
};
const webhook = {
  type: z.literal('webhook'),
  url: endpoint,
  /** The HMAC-SHA256 signing secret, at least 16 characters. */
  secret: z.string().min(16, 'the webhook secret needs at least 16 characters').max(256).optional(),
};
const emailChannel = { type: z.literal('email') };
const CHANNEL_TYPES = 'email, zendesk, helpscout, freshdesk or webhook';

/**
 * How an integration delivers, as a client sends it on create or update. Credentials may be
 * left out on update to keep the stored ones (same `type`); `null` goes back to email.
 *
 * @example
 * SupportChannelInputSchema.parse({ type: 'freshdesk', url: 'https://acme.freshdesk.com', apiKey: 'abc' });
 */
export const SupportChannelInputSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject(emailChannel),
    z.strictObject(zendesk),
    z.strictObject(helpscout),
    z.strictObject(freshdesk),
    z.strictObject(webhook),
  ],
  { error: `channel.type must be ${CHANNEL_TYPES}` },
);
/** @example const c: SupportChannelInput = { type: 'webhook', url: 'https://hooks.acme.com/sb' }; */
export type SupportChannelInput = z.infer<typeof SupportChannelInputSchema>;

/**
 * A channel with every credential it needs: what is stored and what the worker sends with.
 *
 * @example
 * SupportChannelSchema.parse({ type: 'zendesk', url: 'https://acme.zendesk.com', oauthToken: 't' });
 */
export const SupportChannelSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject(emailChannel),
    z.strictObject(zendesk).refine((c) => c.oauthToken || (c.email && c.apiToken), {
      message: 'Zendesk needs either "email" and "apiToken" (API token) or "oauthToken"',
      path: ['apiToken'],
    }),
    z.strictObject({ ...helpscout, appId: secret, appSecret: secret }),
    z.strictObject({ ...freshdesk, apiKey: secret }),
    z.strictObject({ ...webhook, secret: webhook.secret.unwrap() }),
  ],
  { error: `channel.type must be ${CHANNEL_TYPES}` },
);
/** @example const c: SupportChannel = { type: 'freshdesk', url: 'https://acme.freshdesk.com', apiKey: 'abc' }; */
export type SupportChannel = z.infer<typeof SupportChannelSchema>;

/**
 * A channel as the API shows it: settings without credentials, and `configured: true` when
 * every credential it needs is stored.
 *
 * @example { type: 'zendesk', url: 'https://acme.zendesk.com', email: 'agent@acme.com', configured: true }
 */
export const SupportChannelViewSchema = z.object({
  type: z.enum(['email', 'zendesk', 'helpscout', 'freshdesk', 'webhook']),
  url: z.string().optional(),
  email: z.string().optional(),
  mailboxId: z.number().optional(),
  tags: z.array(z.string()).optional(),
  fallbackEmail: z.string().optional(),
  configured: z.boolean(),
});
/** @example const v: SupportChannelView = integration.channel; */
export type SupportChannelView = z.infer<typeof SupportChannelViewSchema>;

/**
 * Body of `POST /integration/support/create`.
 *
 * @example
 * SupportIntegrationCreateSchema.parse({ name: 'Zendesk', email: 'support@acme.zendesk.com' });
 */
export const SupportIntegrationCreateSchema = z.object({
  name: name.optional(),
  description: description.optional(),
  botId: z.union([refId, z.null()]).optional(),
  blueprintId: z.union([refId, z.null()]).optional(),
  email: email.optional(),
  meta: MetaSchema.optional(),
  alias: z.union([alias, z.null()]).optional(),
  trigger: SupportTriggerSchema.optional(),
  /** Where forwards go: email to `email` (the default), a helpdesk API or a webhook. */
  channel: SupportChannelInputSchema.nullable().optional(),
});
/** @example const body: SupportIntegrationCreate = { email: 'help@acme.com' }; */
export type SupportIntegrationCreate = z.infer<typeof SupportIntegrationCreateSchema>;

/**
 * Body of `POST /integration/support/{idOrAlias}/update`: omitted fields keep their value;
 * `meta` is merged key by key and a key set to `null` is removed.
 *
 * @example
 * SupportIntegrationUpdateSchema.parse({ meta: { team: null } });
 */
export const SupportIntegrationUpdateSchema = SupportIntegrationCreateSchema;
/** @example const body: SupportIntegrationUpdate = { trigger: 'never' }; */
export type SupportIntegrationUpdate = z.infer<typeof SupportIntegrationUpdateSchema>;

/**
 * A support integration as the API returns it.
 *
 * @example
 * const s: SupportIntegration = await client.fetch('sup_…');
 */
export const SupportIntegrationSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  botId: z.string(),
  blueprintId: z.string().optional(),
  email: z.string().optional(),
  meta: MetaSchema.optional(),
  alias: z.string().optional(),
  trigger: SupportTriggerSchema,
  /** Present when the integration delivers through something other than plain email. */
  channel: SupportChannelViewSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** @example const s: SupportIntegration = page.items[0]; */
export type SupportIntegration = z.infer<typeof SupportIntegrationSchema>;

/**
 * Query of `GET /integration/support/list`; `meta.KEY=VALUE` pairs arrive as `meta`.
 *
 * @example
 * SupportIntegrationListQuerySchema.parse({ take: '10', botId: 'bot_1' });
 */
export const SupportIntegrationListQuerySchema = ListQuerySchema.extend({
  blueprintId: refId.optional(),
  botId: refId.optional(),
  meta: z.record(z.string().max(256), z.string().max(1024)).optional(),
});
/** @example const q: SupportIntegrationListQuery = { take: 20, order: 'desc' }; */
export type SupportIntegrationListQuery = z.infer<typeof SupportIntegrationListQuerySchema>;

/**
 * Body of `POST /integration/support/{idOrAlias}/trigger`.
 *
 * @example
 * SupportIntegrationTriggerSchema.parse({ conversationIds: ['conv_…'] });
 */
export const SupportIntegrationTriggerSchema = z.object({
  conversationIds: z.array(refId).max(100).optional(),
  sample: z.number().int().min(1).max(100).optional(),
});
/** @example const body: SupportIntegrationTrigger = { sample: 5 }; */
export type SupportIntegrationTrigger = z.infer<typeof SupportIntegrationTriggerSchema>;

/** @example { id: 'sup_…', triggered: 3 } */
export const SupportIntegrationTriggerResponseSchema = z.object({ id: z.string(), triggered: z.number() });
/** @example const r: SupportIntegrationTriggerResponse = { id: 'sup_1', triggered: 3 }; */
export type SupportIntegrationTriggerResponse = z.infer<typeof SupportIntegrationTriggerResponseSchema>;

/**
 * The JSON body a `webhook` channel POSTs for each forward. The request carries
 * `SupportBridge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed
 * by the channel's secret>` and `Idempotency-Key: <id>`; every retry of a forward has the
 * same `id`, so a receiver that stores the ids it has handled never acts twice.
 *
 * @example
 * const event = WebhookHandOverSchema.parse(JSON.parse(rawBody)); // event.type === 'conversation.handover'
 */
export const WebhookHandOverSchema = z.object({
  id: z.string(),
  type: z.literal('conversation.handover'),
  /** 1 for the first hand-over of the conversation, then 2, 3 … for follow-ups. */
  forward: z.number().int().min(1),
  /** The id of forward 1's event, which a follow-up belongs to. */
  firstId: z.string(),
  /** Present on the delivery doctor's test hand-over (`/integration/support/{id}/test`): do not act on it. */
  test: z.literal(true).optional(),
  createdAt: TimestampSchema,
  integrationId: z.string(),
  conversation: z.object({
    id: z.string(),
    ticket: z.string(),
    createdAt: TimestampSchema,
    endReason: z.string().optional(),
  }),
  contact: ContactSchema,
  summary: ConversationSummarySchema,
  transcript: z.array(
    z.object({ type: z.enum(['user', 'bot']), text: z.string(), createdAt: TimestampSchema }),
  ),
  /** The same hand-over as the email's text and HTML parts. */
  text: z.string(),
  html: z.string(),
});
/** @example const event: WebhookHandOver = WebhookHandOverSchema.parse(body); */
export type WebhookHandOver = z.infer<typeof WebhookHandOverSchema>;

/** @example DeliveryVerdictSchema.parse('warn') */
export const DeliveryVerdictSchema = z.enum(['pass', 'warn', 'fail']);
/** @example const v: DeliveryVerdict = 'pass'; */
export type DeliveryVerdict = z.infer<typeof DeliveryVerdictSchema>;

/**
 * One check of the delivery doctor: what was checked, how it came out, what was seen, and
 * what to do when it did not pass.
 *
 * @example { name: 'auth', verdict: 'fail', detail: 'Zendesk answered 401: …', fix: 'Create an API token …' }
 */
export const DeliveryCheckSchema = z.object({
  name: z.enum(['connection', 'auth', 'accept', 'inbox', 'mx', 'spf', 'dmarc', 'send']),
  verdict: DeliveryVerdictSchema,
  detail: z.string(),
  fix: z.string().optional(),
});
/** @example const c: DeliveryCheck = report.checks[0]; */
export type DeliveryCheck = z.infer<typeof DeliveryCheckSchema>;

/**
 * Answer of `POST /integration/support/{idOrAlias}/test`: the worst check's verdict and
 * every check.
 *
 * @example { id: 'sup_…', verdict: 'pass', checks: [{ name: 'connection', verdict: 'pass', detail: '…' }] }
 */
export const SupportIntegrationTestResponseSchema = z.object({
  id: z.string(),
  verdict: DeliveryVerdictSchema,
  checks: z.array(DeliveryCheckSchema),
});
/** @example const r: SupportIntegrationTestResponse = await res.json(); */
export type SupportIntegrationTestResponse = z.infer<typeof SupportIntegrationTestResponseSchema>;

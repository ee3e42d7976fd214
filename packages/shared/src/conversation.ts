import { z } from 'zod';
import { LanguageTagSchema } from './bot.js';
import { EmailSchema, ListQuerySchema, listResponseSchema, MetaSchema, TimestampSchema } from './common.js';

/** The longest message a visitor may send, in characters. @example text.length <= MESSAGE_MAX_LENGTH */
export const MESSAGE_MAX_LENGTH = 4000;

/** @example ConversationStatusSchema.parse('active') */
export const ConversationStatusSchema = z.enum(['active', 'completed']);
/** @example const s: ConversationStatus = 'completed'; */
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

/**
 * Why a conversation completed: the visitor ended it, asked for a human, or went idle.
 *
 * @example EndReasonSchema.parse('escalated')
 */
export const EndReasonSchema = z.enum(['ended', 'escalated', 'idle']);
/** @example const r: EndReason = 'idle'; */
export type EndReason = z.infer<typeof EndReasonSchema>;

/**
 * The visitor's contact details, as collected in the conversation or given by the host page.
 *
 * @example ContactSchema.parse({ name: 'Maria Garcia', email: 'maria@example.com' })
 */
export const ContactSchema = z.object({
  name: z.string().max(256).optional(),
  email: z.string().max(254).optional(),
  phone: z.string().max(32).optional(),
  /**
   * True when the email came signed with one of the bot's identity secrets (or from the
   * site's server with an API key); absent when the visitor gave it and nobody vouched for it.
   */
  emailVerified: z.boolean().optional(),
});
/** @example const c: Contact = { email: 'maria@example.com' }; */
export type Contact = z.infer<typeof ContactSchema>;

/**
 * Body of `POST /conversation/{id}/contact`. `signature` is the host server's hex
 * `HMAC-SHA256(identitySecret, email)` over the email exactly as sent: with it the email is
 * verified; without it (or with a wrong one) the email is unverified, or refused (403) when
 * the bot has `identityRequired`.
 *
 * @example { name: 'Maria', email: 'maria@example.com', signature: '3f1c…' }
 */
export const ContactUpdateSchema = z.object({
  name: z.string().trim().min(1).max(256).optional(),
  email: EmailSchema.optional(),
  signature: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'signature is a hex HMAC-SHA256 of the email (64 hex digits)')
    .optional(),
});
/** @example const body: ContactUpdate = { email: 'maria@example.com' }; */
export type ContactUpdate = z.infer<typeof ContactUpdateSchema>;

/**
 * A message of the transcript.
 *
 * @example { id: 'msg_…', type: 'user', text: 'Where is my order?', createdAt: 1764230400000 }
 */
export const MessageSchema = z.object({
  id: z.string(),
  type: z.enum(['user', 'bot']),
  text: z.string(),
  createdAt: TimestampSchema,
});
/** @example const m: Message = page.items[0]; */
export type Message = z.infer<typeof MessageSchema>;

/**
 * A key fact found in the conversation, for the support agent.
 *
 * @example { kind: 'order', value: '48213' }
 */
export const SummaryFactSchema = z.object({
  kind: z.enum(['order', 'amount', 'date', 'product', 'phone', 'other']),
  value: z.string(),
});
/** @example const f: SummaryFact = { kind: 'amount', value: '€49.90' }; */
export type SummaryFact = z.infer<typeof SummaryFactSchema>;

/**
 * What the support team reads first. `title` is "who: what" (≤ 100 chars), e.g.
 * "Maria Garcia: refund for order 48213".
 *
 * @example
 * const s: ConversationSummary = { title: 'Maria Garcia: refund for order 48213', request: '…', facts: [] };
 */
export const ConversationSummarySchema = z.object({
  title: z.string().max(100),
  /** What the visitor needs, in a sentence or two. */
  request: z.string(),
  facts: z.array(SummaryFactSchema),
  /** What the bot answered, when it answered something useful. */
  botAnswer: z.string().optional(),
  /** Present when the visitor asked for a human (or the bot handed over), with why. */
  escalation: z.object({ reason: z.string() }).optional(),
});
/** @example const title = summary.title; */
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;

/** @example DeliveryStateSchema.parse('sent') */
export const DeliveryStateSchema = z.enum(['pending', 'sending', 'sent', 'failed', 'cancelled']);
/** @example const s: DeliveryState = 'pending'; */
export type DeliveryState = z.infer<typeof DeliveryStateSchema>;

/**
 * One forward of a conversation to one support integration.
 *
 * @example { id: 'dlv_…', integrationId: 'sup_…', state: 'sent', attempts: 1, … }
 */
export const DeliverySchema = z.object({
  id: z.string(),
  integrationId: z.string(),
  email: z.string(),
  forward: z.number().int(),
  state: DeliveryStateSchema,
  attempts: z.number().int(),
  messageId: z.string(),
  lastError: z.string().optional(),
  sentAt: TimestampSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** @example const d: Delivery = conversation.deliveries[0]; */
export type Delivery = z.infer<typeof DeliverySchema>;

/**
 * Where and how the visitor is chatting, for the support team: the page (origin and path;
 * the middleware drops any query string and fragment), the referring site's origin, the
 * visitor's time zone and a short browser/OS label. Sent by the widget with the session;
 * stored unless the middleware's `visitorContext` option is off.
 *
 * @example { page: 'https://shop.example/cart', timeZone: 'Europe/Berlin', browser: 'Firefox 140 · Windows' }
 */
export const VisitorContextSchema = z.object({
  page: z.string().max(2048).optional(),
  referrer: z.string().max(256).optional(),
  timeZone: z.string().max(64).optional(),
  browser: z.string().max(80).optional(),
});
/** @example const v: VisitorContext = { timeZone: 'Asia/Tokyo' }; */
export type VisitorContext = z.infer<typeof VisitorContextSchema>;

/**
 * A conversation as the admin API returns it.
 *
 * @example
 * const c: Conversation = await client.fetch('conv_…');
 */
export const ConversationSchema = z.object({
  id: z.string(),
  botId: z.string(),
  status: ConversationStatusSchema,
  endReason: EndReasonSchema.optional(),
  contact: ContactSchema,
  summary: ConversationSummarySchema.optional(),
  meta: MetaSchema.optional(),
  /** The visitor's language, as the widget reported it. */
  language: LanguageTagSchema.optional(),
  visitor: VisitorContextSchema.optional(),
  /** The reference in the team's email subject and on the visitor's receipt ("Chat #7KQ2M"). */
  reference: z.string(),
  deliveries: z.array(DeliverySchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  completedAt: TimestampSchema.optional(),
});
/** @example if (c.status === 'completed') … */
export type Conversation = z.infer<typeof ConversationSchema>;

/** Body of `POST /conversation/create`. @example { botId: 'bot_…' } */
export const ConversationCreateSchema = z.object({
  botId: z.string().min(1).max(128),
  meta: MetaSchema.optional(),
});
/** @example const body: ConversationCreate = { botId: 'bot_1' }; */
export type ConversationCreate = z.infer<typeof ConversationCreateSchema>;

/** Query of `GET /conversation/list`. @example { botId: 'bot_1', status: 'completed' } */
export const ConversationListQuerySchema = ListQuerySchema.extend({
  botId: z.string().max(128).optional(),
  status: ConversationStatusSchema.optional(),
});
/** @example const q: ConversationListQuery = { take: 20, order: 'desc' }; */
export type ConversationListQuery = z.infer<typeof ConversationListQuerySchema>;

/** Body of `POST /conversation/{id}/session/create`. @example { durationInSeconds: 3600 } */
export const SessionCreateSchema = z.object({
  durationInSeconds: z
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .optional(),
});
/** @example const body: SessionCreate = {}; */
export type SessionCreate = z.infer<typeof SessionCreateSchema>;

/** @example { id: 'ses_…', token: '…', expiresAt: 1764234000000 } */
export const SessionSchema = z.object({ id: z.string(), token: z.string(), expiresAt: TimestampSchema });
/** @example const s: Session = await client.session.create('conv_…'); */
export type Session = z.infer<typeof SessionSchema>;

/**
 * Body of the public `POST /widget/session/create`: the bot, and the visitor's language (the
 * widget's, a BCP 47 tag) and context.
 *
 * @example { botId: 'bot_…', language: 'de', visitor: { page: 'https://shop.example/cart' } }
 */
export const WidgetSessionCreateSchema = z.object({
  botId: z.string().min(1).max(128),
  language: LanguageTagSchema.optional(),
  visitor: VisitorContextSchema.optional(),
});
/** @example const body: WidgetSessionCreate = { botId: 'bot_1' }; */
export type WidgetSessionCreate = z.infer<typeof WidgetSessionCreateSchema>;

/**
 * Answer of `POST /widget/session/create`: a conversation and a token scoped to it.
 *
 * @example { conversationId: 'conv_…', token: '…', expiresAt: …, bot: { name: 'Ava', greeting: 'Hi!' } }
 */
export const WidgetSessionSchema = z.object({
  conversationId: z.string(),
  token: z.string(),
  expiresAt: TimestampSchema,
  /** `replyTime`: when the team usually answers, in the bot's words ("within one business day"). */
  bot: z.object({ name: z.string(), greeting: z.string(), replyTime: z.string().optional() }),
});
/** @example const s: WidgetSession = await res.json(); */
export type WidgetSession = z.infer<typeof WidgetSessionSchema>;

/** Body of `POST /conversation/{id}/complete`. @example { text: 'Where is my order?' } */
export const CompleteRequestSchema = z.object({
  text: z.string().trim().min(1, 'text must not be empty').max(MESSAGE_MAX_LENGTH),
  /** The visitor's language (the widget's), for the bot's reply; detected from the text when absent. */
  language: LanguageTagSchema.optional(),
});
/** @example const body: CompleteRequest = { text: 'Hi' }; */
export type CompleteRequest = z.infer<typeof CompleteRequestSchema>;

/**
 * The bot's reply. `end` is present when the reply completed the conversation — or when the
 * conversation was already with the team: then the message was added to the request (`id` is
 * the visitor's message, `text` is empty) and reaches the team in one threaded follow-up.
 *
 * @example { id: 'msg_…', text: 'Thanks!', end: { reason: 'escalated' } }
 */
export const CompleteResponseSchema = z.object({
  id: z.string(),
  text: z.string(),
  end: z.object({ reason: z.string() }).optional(),
});
/** @example const r: CompleteResponse = await client.complete('conv_…', { text: 'Hi' }); */
export type CompleteResponse = z.infer<typeof CompleteResponseSchema>;

/**
 * A line of the `application/jsonl` answer of `complete`: tokens, then one result.
 *
 * @example {"type":"token","data":{"token":"Hel"}}
 */
export const CompleteStreamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('token'), data: z.object({ token: z.string() }) }),
  z.object({ type: z.literal('result'), data: CompleteResponseSchema }),
]);
/** @example for await (const e of client.complete(id, { text }).stream()) if (e.type === 'token') … */
export type CompleteStreamEvent = z.infer<typeof CompleteStreamEventSchema>;

/** Body of `end` and `escalate`: nothing is required. @example {} */
export const EmptyBodySchema = z.object({}).loose();

/**
 * Answer of `end` and `escalate`, and the state part of `message/list`: `forwarded` says
 * whether the conversation was passed to the team (a delivery is queued or sent), and
 * `reference` is the reference of the team's email ("Chat #7KQ2M").
 *
 * @example { id: 'conv_…', status: 'completed', endReason: 'ended', forwarded: true, reference: '7KQ2M' }
 */
export const ConversationEndResponseSchema = z.object({
  id: z.string(),
  status: ConversationStatusSchema,
  endReason: EndReasonSchema.optional(),
  forwarded: z.boolean(),
  reference: z.string(),
});
/** @example const r: ConversationEndResponse = await res.json(); */
export type ConversationEndResponse = z.infer<typeof ConversationEndResponseSchema>;

/**
 * Query of `GET /conversation/{id}/message/list`: oldest first by default, up to 500 a page
 * (a whole chat).
 *
 * @example
 * MessageListQuerySchema.parse({}) // { take: 100, order: 'asc' }
 */
export const MessageListQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  take: z.coerce.number().int().min(1).max(500).default(100),
  order: z.enum(['asc', 'desc']).default('asc'),
});
/** @example const q: MessageListQuery = { take: 100, order: 'asc' }; */
export type MessageListQuery = z.infer<typeof MessageListQuerySchema>;

/**
 * Answer of `message/list`: a page of messages plus where the conversation stands, so the
 * widget learns of a completion it did not cause.
 *
 * @example { items: [], id: 'conv_…', status: 'active', forwarded: false, reference: '7KQ2M' }
 */
export const MessageListResponseSchema = listResponseSchema(MessageSchema).extend(
  ConversationEndResponseSchema.shape,
);
/** @example const page: MessageListResponse = await res.json(); */
export type MessageListResponse = z.infer<typeof MessageListResponseSchema>;

/** Answer of `POST /conversation/{id}/contact`: the contact as it now stands. @example { id: 'conv_…', contact: {} } */
export const ContactResponseSchema = z.object({ id: z.string(), contact: ContactSchema });
/** @example const r: ContactResponse = await res.json(); */
export type ContactResponse = z.infer<typeof ContactResponseSchema>;

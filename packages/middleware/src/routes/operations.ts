import * as api from '@supportbridge/shared';
import { z } from 'zod';
import { defineOperation, type Operation } from '../http/operation.js';

/** Path parameters: a resource id (`bot_…`, `conv_…`). */
const IdParams = z.object({ id: z.string().min(1).max(128) });
/** Path parameters: a support integration's id (`sup_…`) or its alias. */
const IdOrAliasParams = z.object({ idOrAlias: z.string().min(1).max(128) });
/** Path parameters: a bot's id and one of its identity secrets' id. */
const SecretParams = IdParams.extend({ secretId: z.string().min(1).max(128) });

const SUPPORT = 'Support integrations';
const BOTS = 'Bots';
const CONVERSATIONS = 'Conversations';
const WIDGET = 'Widget';
const META = 'Meta';

/** The OpenAPI tags, with what each covers. */
export const OPERATION_TAGS: Record<string, string> = {
  [SUPPORT]: 'Where completed conversations are forwarded (wire-compatible with ChatBotKit). API key.',
  [BOTS]: 'The bots visitors chat with, and their identity secrets. API key.',
  [CONVERSATIONS]: 'Chats: admin access with an API key, visitor access with a session token.',
  [WIDGET]: 'The public endpoint the widget opens a chat with.',
  [META]: 'The API describing itself.',
};

const LIST =
  'JSON by default; with `Accept: application/jsonl`, one `{"type":"item","data":…}` line per item.';

/**
 * Every operation of the API, keyed by its `operationId`: the single declaration that the
 * route files register (`operationRegistrar`), the OpenAPI document describes and the typed
 * client calls. A test holds the Express router and this table to the same set.
 *
 * @example
 * OPERATIONS.triggerSupportIntegration.path // '/integration/support/{idOrAlias}/trigger'
 */
export const OPERATIONS = {
  createSupportIntegration: defineOperation({
    method: 'post',
    path: '/integration/support/create',
    auth: 'apiKey',
    tag: SUPPORT,
    summary: 'Create a support integration',
    body: api.SupportIntegrationCreateSchema,
    response: api.IdResponseSchema,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  listSupportIntegrations: defineOperation({
    method: 'get',
    path: '/integration/support/list',
    auth: 'apiKey',
    tag: SUPPORT,
    summary: 'List support integrations',
    description: `${LIST} Filter by meta with \`meta.KEY=VALUE\`.`,
    query: api.SupportIntegrationListQuerySchema,
    response: api.listResponseSchema(api.SupportIntegrationSchema),
    stream: api.listItemEventSchema(api.SupportIntegrationSchema),
  }),
  fetchSupportIntegration: defineOperation({
    method: 'get',
    path: '/integration/support/{idOrAlias}/fetch',
    auth: 'apiKey',
    tag: SUPPORT,
    summary: 'Fetch a support integration by id or alias',
    params: IdOrAliasParams,
    response: api.SupportIntegrationSchema,
    errors: ['NOT_FOUND'],
  }),
  updateSupportIntegration: defineOperation({
    method: 'post',
    path: '/integration/support/{idOrAlias}/update',
    auth: 'apiKey',
    tag: SUPPORT,
    summary: 'Update a support integration (meta merged key by key)',
    params: IdOrAliasParams,
    body: api.SupportIntegrationUpdateSchema,
    response: api.IdResponseSchema,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  deleteSupportIntegration: defineOperation({
    method: 'post',
    path: '/integration/support/{idOrAlias}/delete',
    auth: 'apiKey',
    tag: SUPPORT,
    summary: 'Delete a support integration and cancel its unsent deliveries',
    params: IdOrAliasParams,
    body: api.EmptyBodySchema,
    response: api.IdResponseSchema,
    errors: ['NOT_FOUND'],
  }),
  triggerSupportIntegration: defineOperation({
    method: 'post',
    path: '/integration/support/{idOrAlias}/trigger',
    auth: 'apiKey',
    tag: SUPPORT,
    summary: 'Forward conversations to the integration now',
    description: 'Those listed, or the `sample` most recent completed ones; ignores the `trigger` rule.',
    params: IdOrAliasParams,
    body: api.SupportIntegrationTriggerSchema,
    response: api.SupportIntegrationTriggerResponseSchema,
    errors: ['NOT_FOUND'],
  }),
  testSupportIntegration: defineOperation({
    method: 'post',
    path: '/integration/support/{idOrAlias}/test',
    auth: 'apiKey',
    tag: SUPPORT,
    summary: 'Check the delivery path and report each check with a verdict and a fix',
    params: IdOrAliasParams,
    body: api.EmptyBodySchema,
    response: api.SupportIntegrationTestResponseSchema,
    errors: ['NOT_FOUND'],
  }),
  createBot: defineOperation({
    method: 'post',
    path: '/bot/create',
    auth: 'apiKey',
    tag: BOTS,
    summary: 'Create a bot',
    body: api.BotCreateSchema,
    response: api.IdResponseSchema,
  }),
  listBots: defineOperation({
    method: 'get',
    path: '/bot/list',
    auth: 'apiKey',
    tag: BOTS,
    summary: 'List bots',
    query: api.ListQuerySchema,
    response: api.listResponseSchema(api.BotSchema),
  }),
  fetchBot: defineOperation({
    method: 'get',
    path: '/bot/{id}/fetch',
    auth: 'apiKey',
    tag: BOTS,
    summary: 'Fetch a bot',
    params: IdParams,
    response: api.BotSchema,
    errors: ['NOT_FOUND'],
  }),
  updateBot: defineOperation({
    method: 'post',
    path: '/bot/{id}/update',
    auth: 'apiKey',
    tag: BOTS,
    summary: 'Update a bot (meta merged key by key)',
    params: IdParams,
    body: api.BotUpdateSchema,
    response: api.IdResponseSchema,
    errors: ['NOT_FOUND'],
  }),
  deleteBot: defineOperation({
    method: 'post',
    path: '/bot/{id}/delete',
    auth: 'apiKey',
    tag: BOTS,
    summary: 'Delete a bot',
    params: IdParams,
    body: api.EmptyBodySchema,
    response: api.IdResponseSchema,
    errors: ['NOT_FOUND'],
  }),
  createIdentitySecret: defineOperation({
    method: 'post',
    path: '/bot/{id}/identity-secret/create',
    auth: 'apiKey',
    tag: BOTS,
    summary: 'Create an identity secret (its value is returned only here); a bot holds at most two',
    params: IdParams,
    body: api.EmptyBodySchema,
    response: api.IdentitySecretCreatedSchema,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  deleteIdentitySecret: defineOperation({
    method: 'post',
    path: '/bot/{id}/identity-secret/{secretId}/delete',
    auth: 'apiKey',
    tag: BOTS,
    summary: 'Delete an identity secret: signatures made with it stop verifying',
    params: SecretParams,
    body: api.EmptyBodySchema,
    response: api.IdResponseSchema,
    errors: ['NOT_FOUND'],
  }),
  createConversation: defineOperation({
    method: 'post',
    path: '/conversation/create',
    auth: 'apiKey',
    tag: CONVERSATIONS,
    summary: 'Start a conversation with a bot',
    body: api.ConversationCreateSchema,
    response: api.IdResponseSchema,
    errors: ['NOT_FOUND'],
  }),
  listConversations: defineOperation({
    method: 'get',
    path: '/conversation/list',
    auth: 'apiKey',
    tag: CONVERSATIONS,
    summary: 'List conversations',
    query: api.ConversationListQuerySchema,
    response: api.listResponseSchema(api.ConversationSchema),
  }),
  fetchConversation: defineOperation({
    method: 'get',
    path: '/conversation/{id}/fetch',
    auth: 'apiKey',
    tag: CONVERSATIONS,
    summary: 'Fetch a conversation with its contact, summary and deliveries',
    params: IdParams,
    response: api.ConversationSchema,
    errors: ['NOT_FOUND'],
  }),
  createSession: defineOperation({
    method: 'post',
    path: '/conversation/{id}/session/create',
    auth: 'apiKey',
    tag: CONVERSATIONS,
    summary: 'Issue a session token scoped to one conversation',
    params: IdParams,
    body: api.SessionCreateSchema,
    response: api.SessionSchema,
    errors: ['NOT_FOUND'],
  }),
  completeConversation: defineOperation({
    method: 'post',
    path: '/conversation/{id}/complete',
    auth: 'session',
    tag: CONVERSATIONS,
    summary: "Send the visitor's message and get the bot's reply",
    description:
      'JSON by default; with `Accept: application/jsonl`, `{"type":"token"}` lines as the reply is written, then one `{"type":"result"}` line.',
    params: IdParams,
    body: api.CompleteRequestSchema,
    response: api.CompleteResponseSchema,
    stream: api.CompleteStreamEventSchema,
    errors: ['NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'],
  }),
  listMessages: defineOperation({
    method: 'get',
    path: '/conversation/{id}/message/list',
    auth: 'session',
    tag: CONVERSATIONS,
    summary: 'List the messages of a conversation, with where it stands',
    params: IdParams,
    query: api.MessageListQuerySchema,
    response: api.MessageListResponseSchema,
    errors: ['NOT_FOUND', 'TOO_MANY_REQUESTS'],
  }),
  updateContact: defineOperation({
    method: 'post',
    path: '/conversation/{id}/contact',
    auth: 'session',
    tag: CONVERSATIONS,
    summary: "Give the visitor's name or email (signed, for a verified identity)",
    params: IdParams,
    body: api.ContactUpdateSchema,
    response: api.ContactResponseSchema,
    errors: ['NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'],
  }),
  escalateConversation: defineOperation({
    method: 'post',
    path: '/conversation/{id}/escalate',
    auth: 'session',
    tag: CONVERSATIONS,
    summary: 'Hand the conversation to a human (completes it)',
    params: IdParams,
    body: api.EmptyBodySchema,
    response: api.ConversationEndResponseSchema,
    errors: ['NOT_FOUND', 'TOO_MANY_REQUESTS'],
  }),
  endConversation: defineOperation({
    method: 'post',
    path: '/conversation/{id}/end',
    auth: 'session',
    tag: CONVERSATIONS,
    summary: 'End the conversation (completes it)',
    params: IdParams,
    body: api.EmptyBodySchema,
    response: api.ConversationEndResponseSchema,
    errors: ['NOT_FOUND', 'TOO_MANY_REQUESTS'],
  }),
  createWidgetSession: defineOperation({
    method: 'post',
    path: '/widget/session/create',
    auth: 'public',
    tag: WIDGET,
    summary: 'Open a chat from the widget (origin-checked, rate-limited)',
    body: api.WidgetSessionCreateSchema,
    response: api.WidgetSessionSchema,
    errors: ['NOT_FOUND', 'TOO_MANY_REQUESTS'],
  }),
  getOpenApiDocument: defineOperation({
    method: 'get',
    path: '/openapi.json',
    auth: 'public',
    tag: META,
    summary: 'This OpenAPI 3.1 document, with the server URL of the mount point it is read from',
    response: z.record(z.string(), z.unknown()),
  }),
} satisfies Record<string, Operation>;

/** The name of an operation: its `operationId`. */
export type OperationId = keyof typeof OPERATIONS;

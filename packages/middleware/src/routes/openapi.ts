import * as api from '@supportbridge/shared';
import { Router } from 'express';
import { z } from 'zod';

type Operation = {
  method: 'get' | 'post';
  path: string;
  summary: string;
  auth: 'apiKey' | 'session' | 'public';
  body?: z.ZodType;
  query?: z.ZodObject;
  response: z.ZodType;
};

const list = <T extends z.ZodType>(item: T) => api.listResponseSchema(item);
const conv = '/conversation/{conversationId}';

/** Every operation of the API, with the schemas the routes validate against. */
const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/integration/support/create',
    summary: 'Create a support integration',
    auth: 'apiKey',
    body: api.SupportIntegrationCreateSchema,
    response: api.IdResponseSchema,
  },
  {
    method: 'get',
    path: '/integration/support/list',
    summary: 'List support integrations (JSON, or jsonl with Accept: application/jsonl)',
    auth: 'apiKey',
    query: api.SupportIntegrationListQuerySchema,
    response: list(api.SupportIntegrationSchema),
  },
  {
    method: 'get',
    path: '/integration/support/{idOrAlias}/fetch',
    summary: 'Fetch a support integration by id or alias',
    auth: 'apiKey',
    response: api.SupportIntegrationSchema,
  },
  {
    method: 'post',
    path: '/integration/support/{idOrAlias}/update',
    summary: 'Update a support integration (meta merged key by key)',
    auth: 'apiKey',
    body: api.SupportIntegrationUpdateSchema,
    response: api.IdResponseSchema,
  },
  {
    method: 'post',
    path: '/integration/support/{idOrAlias}/delete',
    summary: 'Delete a support integration and cancel its unsent deliveries',
    auth: 'apiKey',
    body: z.object({}),
    response: api.IdResponseSchema,
  },
  {
    method: 'post',
    path: '/integration/support/{idOrAlias}/trigger',
    summary: 'Forward conversations to the integration now',
    auth: 'apiKey',
    body: api.SupportIntegrationTriggerSchema,
    response: api.SupportIntegrationTriggerResponseSchema,
  },
  {
    method: 'post',
    path: '/integration/support/{idOrAlias}/test',
    summary: 'Send a marked test hand-over through the channel and report checks with verdicts and fixes',
    auth: 'apiKey',
    body: z.object({}),
    response: api.SupportIntegrationTestResponseSchema,
  },
  {
    method: 'post',
    path: '/bot/create',
    summary: 'Create a bot',
    auth: 'apiKey',
    body: api.BotCreateSchema,
    response: api.IdResponseSchema,
  },
  {
    method: 'get',
    path: '/bot/list',
    summary: 'List bots',
    auth: 'apiKey',
    query: api.ListQuerySchema,
    response: list(api.BotSchema),
  },
  {
    method: 'get',
    path: '/bot/{botId}/fetch',
    summary: 'Fetch a bot',
    auth: 'apiKey',
    response: api.BotSchema,
  },
  {
    method: 'post',
    path: '/bot/{botId}/update',
    summary: 'Update a bot',
    auth: 'apiKey',
    body: api.BotUpdateSchema,
    response: api.IdResponseSchema,
  },
  {
    method: 'post',
    path: '/bot/{botId}/delete',
    summary: 'Delete a bot',
    auth: 'apiKey',
    body: z.object({}),
    response: api.IdResponseSchema,
  },
  {
    method: 'post',
    path: '/bot/{botId}/identity-secret/create',
    summary: 'Create an identity secret (its value is returned only here); a bot holds at most two',
    auth: 'apiKey',
    body: z.object({}),
    response: api.IdentitySecretCreatedSchema,
  },
  {
    method: 'post',
    path: '/bot/{botId}/identity-secret/{secretId}/delete',
    summary: 'Delete an identity secret: signatures made with it stop verifying',
    auth: 'apiKey',
    body: z.object({}),
    response: api.IdResponseSchema,
  },
  {
    method: 'post',
    path: '/conversation/create',
    summary: 'Start a conversation with a bot',
    auth: 'apiKey',
    body: api.ConversationCreateSchema,
    response: api.IdResponseSchema,
  },
  {
    method: 'get',
    path: '/conversation/list',
    summary: 'List conversations',
    auth: 'apiKey',
    query: api.ConversationListQuerySchema,
    response: list(api.ConversationSchema),
  },
  {
    method: 'get',
    path: `${conv}/fetch`,
    summary: 'Fetch a conversation with its contact, summary and deliveries',
    auth: 'apiKey',
    response: api.ConversationSchema,
  },
  {
    method: 'post',
    path: `${conv}/session/create`,
    summary: 'Issue a session token scoped to one conversation',
    auth: 'apiKey',
    body: api.SessionCreateSchema,
    response: api.SessionSchema,
  },
  {
    method: 'post',
    path: '/widget/session/create',
    summary: 'Open a chat from the widget (origin-checked, rate-limited)',
    auth: 'public',
    body: api.WidgetSessionCreateSchema,
    response: api.WidgetSessionSchema,
  },
  {
    method: 'post',
    path: `${conv}/complete`,
    summary:
      "Send the visitor's message and get the bot's reply (jsonl stream with Accept: application/jsonl)",
    auth: 'session',
    body: api.CompleteRequestSchema,
    response: api.CompleteResponseSchema,
  },
  {
    method: 'get',
    path: `${conv}/message/list`,
    summary: 'List the messages of a conversation, oldest first',
    auth: 'session',
    response: list(api.MessageSchema),
  },
  {
    method: 'post',
    path: `${conv}/contact`,
    summary: "Give the visitor's name or email",
    auth: 'session',
    body: api.ContactUpdateSchema,
    response: z.object({ id: z.string(), contact: api.ContactSchema }),
  },
  {
    method: 'post',
    path: `${conv}/escalate`,
    summary: 'Hand the conversation to a human (completes it)',
    auth: 'session',
    body: api.EmptyBodySchema,
    response: api.ConversationEndResponseSchema,
  },
  {
    method: 'post',
    path: `${conv}/end`,
    summary: 'End the conversation (completes it)',
    auth: 'session',
    body: api.EmptyBodySchema,
    response: api.ConversationEndResponseSchema,
  },
];

/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas the routes
 * validate with, so it cannot drift from them.
 *
 * @example
 * const doc = openApiDocument(); doc.paths['/bot/create'].post.summary
 */
export function openApiDocument(): Record<string, unknown> {
  const error = {
    description: 'Error',
    content: { 'application/json': { schema: schemaOf(api.ErrorBodySchema, 'output') } },
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParams = op.query
      ? Object.entries(schemaOf(op.query, 'input').properties as Record<string, unknown>).map(
          ([name, schema]) => ({ name, in: 'query', schema }),
        )
      : [];
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      security:
        op.auth === 'public'
          ? []
          : op.auth === 'apiKey'
            ? [{ apiKey: [] }]
            : [{ sessionToken: [] }, { apiKey: [] }],
      parameters: [...pathParams, ...queryParams],
      ...(op.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: schemaOf(op.body, 'input') } },
        },
      }),
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: schemaOf(op.response, 'output') } },
        },
        default: error,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SupportBridge API',
      version: '1.0.0',
      description:
        'AI support chat with email handoff; support integrations are wire-compatible with ChatBotKit.',
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key of the account' },
        sessionToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A session token scoped to one conversation',
        },
      },
    },
    paths,
    // What a support integration with a `webhook` channel POSTs to its URL, per forward.
    webhooks: {
      supportHandOver: {
        post: {
          summary:
            'A hand-over (webhook channel). Headers: `SupportBridge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed by the channel secret>` and `Idempotency-Key: <id>` (the same on every retry of a forward: store handled ids). Answer 2xx to accept; 429/5xx are retried (Retry-After honoured), other 4xx fail the delivery.',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(api.WebhookHandOverSchema, 'output') } },
          },
          responses: { 200: { description: 'Accepted (any 2xx)' } },
        },
      },
    },
  };
}

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/**
 * Serves the document at `/openapi.json`, built once on first request.
 *
 * @example
 * router.use(openApiRoutes());
 */
export function openApiRoutes(): Router {
  let document: Record<string, unknown> | undefined;
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    document ??= openApiDocument();
    res.json(document);
  });
  return router;
}

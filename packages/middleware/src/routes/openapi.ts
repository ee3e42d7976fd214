import * as api from '@supportbridge/shared';
import { Router } from 'express';
import { z } from 'zod';
import { type Operation, operationRegistrar } from '../http/operation.js';
import { OPERATION_TAGS, OPERATIONS } from './operations.js';

/** Options of `openApiDocument()`. */
export interface OpenApiOptions {
  /** The `servers` of the document: where the router is mounted. Defaults to `[{ url: '/api/v1' }]`. */
  servers?: { url: string; description?: string }[];
}

/** The error answers, one per status, each `{ message, code, issues? }`. */
const ERROR_RESPONSES = {
  BadRequest: [400, 'The request is malformed or fails validation (`issues` lists each problem)'],
  Unauthorized: [401, 'No valid API key or session token, or the session expired'],
  Forbidden: [403, 'The token may not act here (another conversation, an origin the bot does not allow)'],
  NotFound: [404, 'No such resource in this account'],
  Conflict: [409, 'The request conflicts with what is stored (a taken alias, a full conversation)'],
  ContentTooLarge: [413, 'The body is larger than the router accepts'],
  TooManyRequests: [429, 'Rate-limited: retry after `Retry-After` seconds'],
  InternalError: [500, 'The server failed; nothing was changed'],
} as const;

const ERROR_REF = {
  NOT_FOUND: 'NotFound',
  CONFLICT: 'Conflict',
  TOO_MANY_REQUESTS: 'TooManyRequests',
} as const;

/**
 * The OpenAPI 3.1 document of the API, generated from `OPERATIONS` — the same table that
 * registers the routes — so paths, parameters, schemas and auth cannot drift from them.
 *
 * @example
 * const doc = openApiDocument({ servers: [{ url: 'https://acme.com/api/v1' }] });
 */
export function openApiDocument(options: OpenApiOptions = {}): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, op] of Object.entries(OPERATIONS) as [string, Operation][]) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = operationObject(operationId, op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SupportBridge API',
      version: '1.0.0',
      description:
        'AI support chat with email handoff; support integrations and conversations are wire-compatible with ChatBotKit.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: options.servers ?? [{ url: '/api/v1' }],
    tags: Object.entries(OPERATION_TAGS).map(([name, description]) => ({ name, description })),
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key of the account' },
        sessionToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A session token scoped to one conversation',
        },
      },
      schemas: { Error: schemaOf(api.ErrorBodySchema, 'output') },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([name, [, description]]) => [
          name,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
    paths,
    // What a support integration with a `webhook` channel POSTs to its URL, per forward.
    webhooks: {
      supportHandOver: {
        post: {
          operationId: 'supportHandOver',
          tags: ['Support integrations'],
          summary: 'A hand-over (webhook channel)',
          description:
            'Headers: `SupportBridge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed by the channel secret>` and `Idempotency-Key: <id>` (the same on every retry of a forward: store handled ids). Answer 2xx to accept; 429/5xx are retried (Retry-After honoured), other 4xx fail the delivery.',
          security: [],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(api.WebhookHandOverSchema, 'output') } },
          },
          responses: {
            200: { description: 'Accepted (any 2xx)' },
            400: { description: 'Refused: the delivery fails and is not retried (any 4xx but 429)' },
          },
        },
      },
    },
  };
}

function operationObject(operationId: string, op: Operation): Record<string, unknown> {
  const parameters = [
    ...propertiesOf(op.params).map(([name, schema]) => ({ name, in: 'path', required: true, schema })),
    ...propertiesOf(op.query).map(([name, schema, required]) => ({
      name,
      in: 'query',
      ...(required && { required }),
      ...(name === 'meta' && { description: 'Send each entry as `meta.KEY=VALUE`' }),
      schema,
    })),
  ];
  const content: Record<string, unknown> = {
    'application/json': { schema: schemaOf(op.response, 'output') },
  };
  if (op.stream) {
    content['application/jsonl'] = {
      // OpenAPI 3.1 has no per-line schema: this is the schema of each line of the stream.
      schema: { ...schemaOf(op.stream, 'output'), description: 'One event per line' },
    };
  }
  const errors: string[] = ['BadRequest'];
  if (op.auth !== 'public') errors.push('Unauthorized');
  if (op.auth !== 'apiKey') errors.push('Forbidden');
  for (const code of op.errors ?? []) errors.push(ERROR_REF[code]);
  if (op.body) errors.push('ContentTooLarge');
  return {
    operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description && { description: op.description }),
    security:
      op.auth === 'public'
        ? []
        : op.auth === 'apiKey'
          ? [{ apiKey: [] }]
          : [{ sessionToken: [] }, { apiKey: [] }],
    ...(parameters.length > 0 && { parameters }),
    ...(op.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemaOf(op.body, 'input') } },
      },
    }),
    responses: {
      200: { description: 'OK', content },
      ...Object.fromEntries(
        errors.map((name) => [ERROR_RESPONSES[name as keyof typeof ERROR_RESPONSES][0], responseRef(name)]),
      ),
      default: responseRef('InternalError'),
    },
  };
}

function responseRef(name: string): { $ref: string } {
  return { $ref: `#/components/responses/${name}` };
}

/** An object schema's properties as `[name, JSON schema, required]`, for parameters. */
function propertiesOf(schema: z.ZodType | undefined): [string, unknown, boolean][] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => [
    name,
    property,
    json.required?.includes(name) ?? false,
  ]);
}

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/**
 * Serves the table's `getOpenApiDocument` at `/openapi.json`: the document with `servers`
 * set to the router's own mount point (`req.baseUrl`), so generated clients call
 * `/api/v1/…` wherever the router is mounted. Built once per mount point.
 *
 * @example
 * router.use(openApiRoutes());
 */
export function openApiRoutes(): Router {
  const router = Router();
  const documents = new Map<string, Record<string, unknown>>();
  // A public operation: nothing to authenticate.
  const add = operationRegistrar(router, () => undefined);
  add(OPERATIONS.getOpenApiDocument, ({ req }) => {
    const url = req.baseUrl || '/';
    let document = documents.get(url);
    if (!document) {
      document = openApiDocument({ servers: [{ url }] });
      documents.set(url, document);
    }
    return document;
  });
  return router;
}

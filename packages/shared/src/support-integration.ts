import { z } from 'zod';
import { EmailSchema, ListQuerySchema, MetaSchema, TimestampSchema } from './common.js';

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

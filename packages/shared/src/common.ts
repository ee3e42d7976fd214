import { z } from 'zod';
import { isEmail } from './email.js';

/**
 * Id prefixes: every id is `<prefix>_<random>`, so a misplaced id is obvious in logs.
 *
 * @example
 * `${ID_PREFIX.conversation}_…` // "conv_…"
 */
export const ID_PREFIX = {
  bot: 'bot',
  supportIntegration: 'sup',
  conversation: 'conv',
  message: 'msg',
  session: 'ses',
  delivery: 'dlv',
  identitySecret: 'idsec',
} as const;

/** Free-form key/value data kept with a resource. @example MetaSchema.parse({ team: 'eu' }) */
export const MetaSchema = z.record(z.string().max(256), z.unknown());
/** @example const meta: Meta = { team: 'eu' }; */
export type Meta = z.infer<typeof MetaSchema>;

/** `{ id }`, the answer of every create/update/delete. @example IdResponseSchema.parse({ id: 'bot_1' }) */
export const IdResponseSchema = z.object({ id: z.string() });
/** @example const r: IdResponse = { id: 'bot_1' }; */
export type IdResponse = z.infer<typeof IdResponseSchema>;

/**
 * Query of every `list` endpoint. `take` is 1..100 (default 20); `cursor` is the opaque
 * value returned by the previous page.
 *
 * @example
 * ListQuerySchema.parse({ take: '50' }) // { take: 50, order: 'desc' }
 */
export const ListQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  take: z.coerce.number().int().min(1).max(100).default(20),
  order: z.enum(['asc', 'desc']).default('desc'),
});
/** @example const q: ListQuery = { take: 20, order: 'desc' }; */
export type ListQuery = z.infer<typeof ListQuerySchema>;

/**
 * A page of a list: `cursor` is present when more items may follow.
 *
 * @example
 * const page = listResponseSchema(BotSchema);
 */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), cursor: z.string().optional() });
}

/** A line of a `application/jsonl` list. @example { type: 'item', data: {...} } */
export function listItemEventSchema<T extends z.ZodType>(item: T) {
  return z.object({ type: z.literal('item'), data: item });
}

/** A timestamp in milliseconds since the epoch. @example TimestampSchema.parse(Date.now()) */
export const TimestampSchema = z.number().int();

/**
 * An email address as the whole API accepts it: `isEmail`, the one definition shared with
 * the widget, extraction and delivery.
 *
 * @example EmailSchema.parse('maría@example.es')
 */
export const EmailSchema = z.string().refine(isEmail, 'must be an email address such as maria@example.com');

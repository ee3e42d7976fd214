import { z } from 'zod';
import { MetaSchema, TimestampSchema } from './common.js';

/** A BCP 47 language tag: `en`, `de`, `pt-BR`. @example LanguageTagSchema.parse('pt-BR') */
export const LanguageTagSchema = z
  .string()
  .max(35)
  .regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "pt-BR"');

/**
 * What a shop calls things that its knowledge text may not say: `keywords` ("cc", "card") and
 * `aliases` (other ways to ask: "where r u"), and the entry's `language` when it differs from
 * what the text looks like. Business vocabulary lives here, in the bot's data, not in the engine.
 */
const entryExtras = {
  keywords: z.array(z.string().min(1).max(100)).max(50).optional(),
  aliases: z.array(z.string().min(1).max(300)).max(50).optional(),
  language: LanguageTagSchema.optional(),
};

/**
 * One entry of a bot's knowledge: a question with its answer, or a plain passage (`text`),
 * each with optional `keywords`, `aliases` and `language`.
 *
 * @example
 * KnowledgeItemSchema.parse({ question: 'Do you ship abroad?', answer: 'Yes, to the EU.', keywords: ['shipping'] });
 */
export const KnowledgeItemSchema = z.union([
  z.object({ question: z.string().min(1).max(1000), answer: z.string().min(1).max(4000), ...entryExtras }),
  z.object({ text: z.string().min(1).max(4000), title: z.string().max(256).optional(), ...entryExtras }),
]);
/** @example const k: KnowledgeItem = { text: 'We open at 9.' }; */
export type KnowledgeItem = z.infer<typeof KnowledgeItemSchema>;

/**
 * The engine behind a bot: `intake` (built in, no network), `openai/<model>` (any
 * OpenAI-compatible endpoint), `chatbotkit/<botId>` (a ChatBotKit bot), or the name of an
 * engine passed to the middleware in code. The middleware answers 400 for a model no
 * engine serves.
 *
 * @example BotModelSchema.parse('openai/gpt-4o-mini')
 */
export const BotModelSchema = z
  .string()
  .max(200)
  .regex(
    /^[A-Za-z0-9][\w.-]*(\/[\w.:@/-]+)?$/,
    'model is "intake", "openai/<model>", "chatbotkit/<botId>" or an engine name',
  );

const origin = z
  .string()
  .max(300)
  .regex(/^(\*|https?:\/\/[^/\s]+)$/, 'an origin such as "https://shop.example" or "*"');

/**
 * Body of `POST /bot/create`.
 *
 * @example
 * BotCreateSchema.parse({ name: 'Ava', backstory: 'Politely collect the name and email.' });
 */
export const BotCreateSchema = z.object({
  name: z.string().max(256).optional(),
  description: z.string().max(4096).optional(),
  backstory: z.string().max(20_000).optional(),
  model: BotModelSchema.optional(),
  greeting: z.string().max(1000).optional(),
  /**
   * When the team usually answers a hand-over, in the bot's words and language ("within one
   * business day"); the widget shows it on the hand-over receipt. Defaults to none.
   */
  replyTime: z.string().trim().min(1).max(120).optional(),
  knowledge: z.array(KnowledgeItemSchema).max(1000).optional(),
  allowedOrigins: z.array(origin).max(50).optional(),
  idleMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  meta: MetaSchema.optional(),
  /**
   * Refuse an `identify` (a `contact` call with a session token) whose email is not signed
   * with one of the bot's identity secrets. Default false: unsigned emails are accepted and
   * marked unverified.
   */
  identityRequired: z.boolean().optional(),
});
/** @example const body: BotCreate = { name: 'Ava' }; */
export type BotCreate = z.infer<typeof BotCreateSchema>;

/** Body of `POST /bot/{id}/update`: omitted fields keep their value. @example { greeting: 'Hi!' } */
export const BotUpdateSchema = BotCreateSchema;
/** @example const body: BotUpdate = { model: 'intake' }; */
export type BotUpdate = z.infer<typeof BotUpdateSchema>;

/**
 * An identity secret as fetch and list show it: its id and age, never its value.
 *
 * @example { id: 'idsec_…', createdAt: 1764230400000 }
 */
export const IdentitySecretInfoSchema = z.object({ id: z.string(), createdAt: TimestampSchema });
/** @example const oldest: IdentitySecretInfo = bot.identitySecrets[0]; */
export type IdentitySecretInfo = z.infer<typeof IdentitySecretInfoSchema>;

/**
 * A bot as the API returns it.
 *
 * @example
 * const bot: Bot = await fetch('/api/v1/bot/bot_…/fetch').then((r) => r.json());
 */
export const BotSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  backstory: z.string().optional(),
  model: z.string(),
  greeting: z.string().optional(),
  replyTime: z.string().optional(),
  knowledge: z.array(KnowledgeItemSchema).optional(),
  allowedOrigins: z.array(z.string()).optional(),
  idleMinutes: z.number(),
  meta: MetaSchema.optional(),
  /** Whether unsigned identities are refused (always present in API answers). */
  identityRequired: z.boolean().optional(),
  /** The bot's identity secrets, without their values (always present in API answers). */
  identitySecrets: z.array(IdentitySecretInfoSchema).optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** @example const name = bot.name ?? 'Assistant'; */
export type Bot = z.infer<typeof BotSchema>;

/** The most identity secrets a bot holds at once: the current one and the next, while rotating. */
export const MAX_IDENTITY_SECRETS = 2;

/**
 * Answer of `POST /bot/{id}/identity-secret/create`: the only time the secret's value is
 * returned. The host server signs a visitor's email with it: hex `HMAC-SHA256(secret, email)`.
 *
 * @example { id: 'idsec_…', secret: 'sbis_…', createdAt: 1764230400000 }
 */
export const IdentitySecretCreatedSchema = IdentitySecretInfoSchema.extend({ secret: z.string() });
/** @example const { secret } = created; // store it in the host server's configuration */
export type IdentitySecretCreated = z.infer<typeof IdentitySecretCreatedSchema>;

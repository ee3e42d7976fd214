import { type Bot, BotCreateSchema, BotUpdateSchema, ListQuerySchema } from '@supportbridge/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { SupportContext } from '../context.js';
import { EngineConfigError } from '../engines/engine-error.js';
import { SupportError } from '../errors.js';
import { requireAccount } from '../http/auth.js';
import { handle } from '../http/handle.js';
import { createBot, deleteBot, listBots, requireBot, toBot, updateBot } from '../store/bots.js';
import { createIdentitySecret, deleteIdentitySecret } from '../store/identity-secrets.js';

const IdParams = z.object({ id: z.string().min(1).max(128) });
const SecretParams = IdParams.extend({ secretId: z.string().min(1).max(128) });

/**
 * Bots: create, list, fetch, update, delete, scoped to the account of the API key.
 *
 * @example
 * router.use(botRoutes(ctx));
 */
export function botRoutes(ctx: SupportContext): Router {
  const router = Router();
  const account = (req: Parameters<typeof requireAccount>[0]) => requireAccount(req, ctx.authenticate);

  router.post(
    '/bot/create',
    handle({ body: BotCreateSchema }, async ({ body, req }) => {
      const accountId = await account(req);
      checkModel(ctx, body.model);
      return { id: await createBot(ctx.db, accountId, body) };
    }),
  );
  router.get(
    '/bot/list',
    handle({ query: ListQuerySchema }, async ({ query, req }) => listBots(ctx.db, await account(req), query)),
  );
  router.get(
    '/bot/:id/fetch',
    handle({ params: IdParams }, async ({ params, req }) =>
      toBot(await requireBot(ctx.db, await account(req), params.id)),
    ),
  );
  router.post(
    '/bot/:id/update',
    handle({ params: IdParams, body: BotUpdateSchema }, async ({ params, body, req }) => {
      const accountId = await account(req);
      checkModel(ctx, body.model);
      return { id: await updateBot(ctx.db, accountId, params.id, body) };
    }),
  );
  router.post(
    '/bot/:id/delete',
    handle({ params: IdParams, body: z.object({}).loose() }, async ({ params, req }) => ({
      id: await deleteBot(ctx.db, await account(req), params.id),
    })),
  );
  // Identity secrets: created with their value shown once, listed by id on the bot, deleted
  // to finish a rotation. Creating is a POST with an empty body, as every create here.
  router.post(
    '/bot/:id/identity-secret/create',
    handle({ params: IdParams, body: z.object({}).loose() }, async ({ params, req }) =>
      createIdentitySecret(ctx.db, await account(req), params.id),
    ),
  );
  router.post(
    '/bot/:id/identity-secret/:secretId/delete',
    handle({ params: SecretParams, body: z.object({}).loose() }, async ({ params, req }) => ({
      id: await deleteIdentitySecret(ctx.db, await account(req), params.id, params.secretId),
    })),
  );
  return router;
}

/**
 * A model no engine serves is a 400 now rather than a fallback reply later. A known model
 * whose engine is not configured yet (no API key) is accepted: the operator may add the key
 * after creating the bot, and until then visitors get the fallback and a human.
 */
function checkModel(ctx: SupportContext, model: string | undefined): void {
  if (model === undefined) return;
  try {
    ctx.engineFor({ id: 'bot_check', model, idleMinutes: 15, createdAt: 0, updatedAt: 0 } satisfies Bot);
  } catch (error) {
    if (error instanceof EngineConfigError && error.code === 'ENGINE_UNKNOWN_MODEL') {
      throw new SupportError('BAD_REQUEST', error.message);
    }
  }
}

import type { Bot } from '@supportbridge/shared';
import { Router } from 'express';
import type { SupportContext } from '../context.js';
import { EngineConfigError } from '../engines/engine-error.js';
import { SupportError } from '../errors.js';
import { operationRegistrar } from '../http/operation.js';
import { createBot, deleteBot, listBots, requireBot, toBot, updateBot } from '../store/bots.js';
import { createIdentitySecret, deleteIdentitySecret } from '../store/identity-secrets.js';
import { OPERATIONS } from './operations.js';

/**
 * Bots: create, list, fetch, update, delete and identity secrets, scoped to the account of
 * the API key; paths and schemas come from `OPERATIONS`.
 *
 * @example
 * router.use(botRoutes(ctx));
 */
export function botRoutes(ctx: SupportContext): Router {
  const router = Router();
  const add = operationRegistrar(router, ctx.authenticate);

  add(OPERATIONS.createBot, async ({ body, accountId }) => {
    checkModel(ctx, body.model);
    return { id: await createBot(ctx.db, accountId, body) };
  });
  add(OPERATIONS.listBots, ({ query, accountId }) => listBots(ctx.db, accountId, query));
  add(OPERATIONS.fetchBot, async ({ params, accountId }) =>
    toBot(await requireBot(ctx.db, accountId, params.id)),
  );
  add(OPERATIONS.updateBot, async ({ params, body, accountId }) => {
    checkModel(ctx, body.model);
    return { id: await updateBot(ctx.db, accountId, params.id, body) };
  });
  add(OPERATIONS.deleteBot, async ({ params, accountId }) => ({
    id: await deleteBot(ctx.db, accountId, params.id),
  }));
  // Identity secrets: created with their value shown once, listed by id on the bot, deleted
  // to finish a rotation. Creating is a POST with an empty body, as every create here.
  add(OPERATIONS.createIdentitySecret, ({ params, accountId }) =>
    createIdentitySecret(ctx.db, accountId, params.id),
  );
  add(OPERATIONS.deleteIdentitySecret, async ({ params, accountId }) => ({
    id: await deleteIdentitySecret(ctx.db, accountId, params.id, params.secretId),
  }));
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

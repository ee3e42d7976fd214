import {
  SupportIntegrationCreateSchema,
  SupportIntegrationListQuerySchema,
  SupportIntegrationTriggerSchema,
  SupportIntegrationUpdateSchema,
} from '@supportbridge/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { SupportContext } from '../context.js';
import { completeChannel } from '../delivery/channels/channel-settings.js';
import { type DoctorEnvironment, diagnose } from '../delivery/doctor.js';
import { cancelDeliveries, forwardConversations } from '../delivery/outbox.js';
import { SupportError } from '../errors.js';
import { requireAccount } from '../http/auth.js';
import { handle } from '../http/handle.js';
import { wantsJsonl, writeJsonl } from '../http/jsonl.js';
import { requireBot } from '../store/bots.js';
import {
  createSupportIntegration,
  deleteSupportIntegration,
  findSupportIntegration,
  listSupportIntegrations,
  toSupportIntegration,
  updateSupportIntegration,
} from '../store/support-integrations.js';

const IdParams = z.object({ idOrAlias: z.string().min(1).max(128) });

/**
 * The ChatBotKit-compatible support-integration API: create, list (JSON or jsonl), fetch,
 * update, delete and trigger, each scoped to the account of the API key; plus `test`, the
 * delivery doctor, which uses `doctor` (the mail sender and transport, a DNS resolver) for
 * the email checks.
 *
 * @example
 * router.use(supportIntegrationRoutes(ctx, { from: 'support-bot@acme.com', sendMail: (m) => transport.sendMail(m) }));
 */
export function supportIntegrationRoutes(ctx: SupportContext, doctor: DoctorEnvironment = {}): Router {
  const router = Router();

  router.post(
    '/integration/support/create',
    handle({ body: SupportIntegrationCreateSchema }, async ({ body, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      if (body.botId) await requireBot(ctx.db, accountId, body.botId);
      const channel = body.channel === undefined ? undefined : completeChannel(null, body.channel);
      return { id: await createSupportIntegration(ctx.db, accountId, { ...body, channel }) };
    }),
  );

  router.get(
    '/integration/support/list',
    handle({ query: SupportIntegrationListQuerySchema }, async ({ query, req, res }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      if (!wantsJsonl(req)) return listSupportIntegrations(ctx.db, accountId, query);
      // Streams every match page by page, so memory stays flat however many there are.
      await writeJsonl(res, async function* () {
        let cursor = query.cursor;
        do {
          const page = await listSupportIntegrations(ctx.db, accountId, { ...query, cursor, take: 100 });
          for (const item of page.items) yield { type: 'item', data: item };
          cursor = page.cursor;
        } while (cursor);
      });
      return undefined;
    }),
  );

  router.get(
    '/integration/support/:idOrAlias/fetch',
    handle({ params: IdParams }, async ({ params, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      return toSupportIntegration(await findSupportIntegration(ctx.db, accountId, params.idOrAlias));
    }),
  );

  router.post(
    '/integration/support/:idOrAlias/update',
    handle({ params: IdParams, body: SupportIntegrationUpdateSchema }, async ({ params, body, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      if (body.botId) await requireBot(ctx.db, accountId, body.botId);
      if (body.channel === undefined) {
        return { id: await updateSupportIntegration(ctx.db, accountId, params.idOrAlias, body) };
      }
      // Read, merge the kept credentials and write under one lock, so two concurrent updates
      // cannot each keep a credential the other just replaced.
      const id = await ctx.db.transaction(async (tx) => {
        const row = await findSupportIntegration(tx, accountId, params.idOrAlias, true);
        const channel = completeChannel(row.channel, body.channel ?? null);
        return updateSupportIntegration(tx, accountId, row.id, { ...body, channel });
      });
      return { id };
    }),
  );

  router.post(
    '/integration/support/:idOrAlias/delete',
    handle({ params: IdParams, body: z.object({}).loose() }, async ({ params, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      // Deleting and cancelling its unsent deliveries is one step: no forward slips out after.
      const id = await ctx.db.transaction(async (tx) => {
        const deleted = await deleteSupportIntegration(tx, accountId, params.idOrAlias);
        await cancelDeliveries(tx, deleted);
        return deleted;
      });
      return { id };
    }),
  );

  router.post(
    '/integration/support/:idOrAlias/trigger',
    handle({ params: IdParams, body: SupportIntegrationTriggerSchema }, async ({ params, body, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      const result = await ctx.db.transaction(async (tx) => {
        const row = await findSupportIntegration(tx, accountId, params.idOrAlias);
        if (!row.email && !row.channel) {
          throw new SupportError(
            'BAD_REQUEST',
            'This support integration has no email or channel to forward to; set one first',
          );
        }
        const triggered = await forwardConversations(
          tx,
          { id: row.id, accountId, botId: row.bot_id, email: row.email, channel: row.channel },
          {
            conversationIds: body.conversationIds,
            sample: body.conversationIds ? undefined : (body.sample ?? 20),
          },
        );
        return { id: row.id, triggered };
      });
      if (result.triggered > 0) ctx.onDeliveriesQueued();
      return result;
    }),
  );

  router.post(
    '/integration/support/:idOrAlias/test',
    handle({ params: IdParams, body: z.object({}).loose() }, async ({ params, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      const row = await findSupportIntegration(ctx.db, accountId, params.idOrAlias);
      const report = await diagnose({ id: row.id, email: row.email, channel: row.channel }, doctor);
      return { id: row.id, ...report };
    }),
  );

  return router;
}

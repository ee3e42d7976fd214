import { Router } from 'express';
import type { SupportContext } from '../context.js';
import { completeChannel } from '../delivery/channels/channel-settings.js';
import { type DoctorEnvironment, diagnose } from '../delivery/doctor.js';
import { cancelDeliveries, forwardConversations } from '../delivery/outbox.js';
import { SupportError } from '../errors.js';
import { wantsJsonl, writeJsonl } from '../http/jsonl.js';
import { operationRegistrar } from '../http/operation.js';
import { requireBot } from '../store/bots.js';
import {
  createSupportIntegration,
  deleteSupportIntegration,
  findSupportIntegration,
  listSupportIntegrations,
  toSupportIntegration,
  updateSupportIntegration,
} from '../store/support-integrations.js';
import { OPERATIONS } from './operations.js';

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
  const add = operationRegistrar(router, ctx.authenticate);

  add(OPERATIONS.createSupportIntegration, async ({ body, accountId }) => {
    if (body.botId) await requireBot(ctx.db, accountId, body.botId);
    const channel = body.channel === undefined ? undefined : completeChannel(null, body.channel);
    return { id: await createSupportIntegration(ctx.db, accountId, { ...body, channel }) };
  });

  add(OPERATIONS.listSupportIntegrations, async ({ query, accountId, req, res }) => {
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
  });

  add(OPERATIONS.fetchSupportIntegration, async ({ params, accountId }) => {
    return toSupportIntegration(await findSupportIntegration(ctx.db, accountId, params.idOrAlias));
  });

  add(OPERATIONS.updateSupportIntegration, async ({ params, body, accountId }) => {
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
  });

  add(OPERATIONS.deleteSupportIntegration, async ({ params, accountId }) => {
    // Deleting and cancelling its unsent deliveries is one step: no forward slips out after.
    const id = await ctx.db.transaction(async (tx) => {
      const deleted = await deleteSupportIntegration(tx, accountId, params.idOrAlias);
      await cancelDeliveries(tx, deleted);
      return deleted;
    });
    return { id };
  });

  add(OPERATIONS.triggerSupportIntegration, async ({ params, body, accountId }) => {
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
  });

  add(OPERATIONS.testSupportIntegration, async ({ params, accountId }) => {
    const row = await findSupportIntegration(ctx.db, accountId, params.idOrAlias);
    const report = await diagnose({ id: row.id, email: row.email, channel: row.channel }, doctor);
    return { id: row.id, ...report };
  });

  return router;
}

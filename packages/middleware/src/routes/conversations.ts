import {
  CompleteRequestSchema,
  ContactUpdateSchema,
  type Conversation,
  ConversationCreateSchema,
  type ConversationEndResponse,
  ConversationListQuerySchema,
  EmptyBodySchema,
  SessionCreateSchema,
} from '@supportbridge/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { SupportContext } from '../context.js';
import { requireConversationAccess } from '../conversations/access.js';
import { completeConversation } from '../conversations/complete-conversation.js';
import { identifiedContact } from '../conversations/identity.js';
import { replyTo } from '../conversations/reply.js';
import { updateContact } from '../conversations/update-contact.js';
import { listDeliveries } from '../delivery/outbox.js';
import { ticketToken } from '../delivery/ticket-token.js';
import { requireAccount } from '../http/auth.js';
import { handle } from '../http/handle.js';
import { wantsJsonl, writeJsonl } from '../http/jsonl.js';
import type { RateLimits } from '../http/rate-limits.js';
import { requireBot } from '../store/bots.js';
import {
  type ConversationRow,
  createConversation,
  listConversations,
  listMessages,
  requireConversation,
} from '../store/conversations.js';
import { createSession } from '../store/sessions.js';

const IdParams = z.object({ id: z.string().min(1).max(128) });
const MessageListQuery = z.object({
  cursor: z.string().max(512).optional(),
  take: z.coerce.number().int().min(1).max(500).default(100),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/**
 * The conversation API: admin create / list / fetch / session, and — with a session token
 * or an API key — complete (JSON or a jsonl stream), message list, contact, escalate, end.
 *
 * @example
 * router.use(conversationRoutes(ctx, rateLimits));
 */
export function conversationRoutes(ctx: SupportContext, rateLimits: RateLimits): Router {
  const router = Router();
  // What can forward a conversation to the team: held per IP, per session and per bot.
  const visitorActions = [rateLimits.visitorIp, rateLimits.actions, rateLimits.handovers];

  router.post(
    '/conversation/create',
    handle({ body: ConversationCreateSchema }, async ({ body, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      await requireBot(ctx.db, accountId, body.botId);
      return { id: await createConversation(ctx.db, accountId, body.botId, { meta: body.meta }) };
    }),
  );

  router.get(
    '/conversation/list',
    handle({ query: ConversationListQuerySchema }, async ({ query, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      const page = await listConversations(ctx.db, accountId, query);
      return { ...page, items: await toConversations(ctx, page.items) };
    }),
  );

  router.get(
    '/conversation/:id/fetch',
    handle({ params: IdParams }, async ({ params, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      const [conversation] = await toConversations(ctx, [
        await requireConversation(ctx.db, params.id, accountId),
      ]);
      return conversation;
    }),
  );

  router.post(
    '/conversation/:id/session/create',
    handle({ params: IdParams, body: SessionCreateSchema }, async ({ params, body, req }) => {
      const accountId = await requireAccount(req, ctx.authenticate);
      await requireConversation(ctx.db, params.id, accountId);
      return createSession(ctx.db, params.id, body.durationInSeconds);
    }),
  );

  router.post(
    '/conversation/:id/complete',
    rateLimits.visitorIp,
    rateLimits.messages,
    handle({ params: IdParams, body: CompleteRequestSchema }, async ({ params, body, req, res }) => {
      const conversation = await requireConversationAccess(req, ctx, params.id);
      const abort = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) abort.abort();
      });
      const reply = replyTo(ctx, conversation, body.text, abort.signal, body.language);
      if (!wantsJsonl(req)) {
        let step = await reply.next();
        while (!step.done) step = await reply.next();
        return step.value;
      }
      await writeJsonl(res, async function* () {
        let step = await reply.next();
        while (!step.done) {
          yield { type: 'token', data: { token: step.value } };
          step = await reply.next();
        }
        yield { type: 'result', data: step.value };
      });
      return undefined;
    }),
  );

  router.get(
    '/conversation/:id/message/list',
    rateLimits.visitorIp,
    rateLimits.reads,
    handle({ params: IdParams, query: MessageListQuery }, async ({ params, query, req }) => {
      const conversation = await requireConversationAccess(req, ctx, params.id);
      // Where the chat stands rides along, so the widget learns of an idle close when it reads.
      return { ...(await listMessages(ctx.db, params.id, query)), ...(await stateOf(ctx, conversation)) };
    }),
  );

  router.post(
    '/conversation/:id/contact',
    ...visitorActions,
    handle({ params: IdParams, body: ContactUpdateSchema }, async ({ params, body, req }) => {
      const conversation = await requireConversationAccess(req, ctx, params.id);
      const given = await identifiedContact(ctx, req, conversation, body);
      return { id: params.id, contact: await updateContact(ctx, conversation, given) };
    }),
  );

  router.post(
    '/conversation/:id/escalate',
    ...visitorActions,
    handle({ params: IdParams, body: EmptyBodySchema }, async ({ params, req }) => {
      await requireConversationAccess(req, ctx, params.id);
      await completeConversation(ctx, params.id, 'escalated');
      return endResponse(ctx, params.id);
    }),
  );

  router.post(
    '/conversation/:id/end',
    ...visitorActions,
    handle({ params: IdParams, body: EmptyBodySchema }, async ({ params, req }) => {
      await requireConversationAccess(req, ctx, params.id);
      await completeConversation(ctx, params.id, 'ended');
      return endResponse(ctx, params.id);
    }),
  );

  return router;
}

async function endResponse(ctx: SupportContext, id: string): Promise<ConversationEndResponse> {
  return stateOf(ctx, await requireConversation(ctx.db, id));
}

/** Where a conversation stands, as the visitor may see it: status, why it ended, whether the team has it. */
async function stateOf(ctx: SupportContext, row: ConversationRow): Promise<ConversationEndResponse> {
  const { rows } = await ctx.db.query(
    "SELECT 1 FROM sb_deliveries WHERE conversation_id = $1 AND state <> 'cancelled' LIMIT 1",
    [row.id],
  );
  return {
    id: row.id,
    status: row.status,
    ...(row.end_reason && { endReason: row.end_reason }),
    forwarded: rows.length > 0,
    reference: ticketToken(row.id),
  };
}

/** The API form of conversation rows, with their deliveries fetched in one query. */
async function toConversations(
  ctx: SupportContext,
  rows: readonly ConversationRow[],
): Promise<Conversation[]> {
  const deliveries = await listDeliveries(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    botId: row.bot_id,
    status: row.status,
    ...(row.end_reason && { endReason: row.end_reason }),
    contact: row.contact,
    ...(row.summary && { summary: row.summary }),
    ...(row.meta && { meta: row.meta }),
    ...(row.language && { language: row.language }),
    ...(row.visitor && { visitor: row.visitor }),
    reference: ticketToken(row.id),
    deliveries: deliveries.get(row.id) ?? [],
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    ...(row.completed_at != null && { completedAt: Number(row.completed_at) }),
  }));
}

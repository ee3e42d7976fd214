import type { Conversation, ConversationEndResponse, EndReason } from '@supportbridge/shared';
import { Router } from 'express';
import type { SupportContext } from '../context.js';
import { requireConversationAccess } from '../conversations/access.js';
import { completeConversation } from '../conversations/complete-conversation.js';
import { identifiedContact } from '../conversations/identity.js';
import { replyTo } from '../conversations/reply.js';
import { updateContact } from '../conversations/update-contact.js';
import { isForwarded, listDeliveries } from '../delivery/outbox.js';
import { ticketToken } from '../delivery/ticket-token.js';
import { wantsJsonl, writeJsonl } from '../http/jsonl.js';
import { operationRegistrar } from '../http/operation.js';
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
import { OPERATIONS } from './operations.js';

/**
 * The conversation API: admin create / list / fetch / session, and — with a session token
 * or an API key — complete (JSON or a jsonl stream), message list, contact, escalate, end.
 *
 * @example
 * router.use(conversationRoutes(ctx, rateLimits));
 */
export function conversationRoutes(ctx: SupportContext, rateLimits: RateLimits): Router {
  const router = Router();
  const add = operationRegistrar(router, ctx.authenticate);
  // What can forward a conversation to the team: held per IP, per session and per bot.
  const visitorActions = [rateLimits.visitorIp, rateLimits.actions, rateLimits.handovers];

  add(OPERATIONS.createConversation, async ({ body, accountId }) => {
    await requireBot(ctx.db, accountId, body.botId);
    return { id: await createConversation(ctx.db, accountId, body.botId, { meta: body.meta }) };
  });

  add(OPERATIONS.listConversations, async ({ query, accountId }) => {
    const page = await listConversations(ctx.db, accountId, query);
    return { ...page, items: await toConversations(ctx, page.items) };
  });

  add(OPERATIONS.fetchConversation, async ({ params, accountId }) => {
    const [conversation] = await toConversations(ctx, [
      await requireConversation(ctx.db, params.id, accountId),
    ]);
    return conversation;
  });

  add(OPERATIONS.createSession, async ({ params, body, accountId }) => {
    await requireConversation(ctx.db, params.id, accountId);
    return createSession(ctx.db, params.id, body.durationInSeconds);
  });

  add(
    OPERATIONS.completeConversation,
    async ({ params, body, req, res }) => {
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
    },
    [rateLimits.visitorIp, rateLimits.messages],
  );

  add(
    OPERATIONS.listMessages,
    async ({ params, query, req }) => {
      const conversation = await requireConversationAccess(req, ctx, params.id);
      // Where the chat stands rides along, so the widget learns of an idle close when it reads.
      return { ...(await listMessages(ctx.db, params.id, query)), ...(await stateOf(ctx, conversation)) };
    },
    [rateLimits.visitorIp, rateLimits.reads],
  );

  add(
    OPERATIONS.updateContact,
    async ({ params, body, req }) => {
      const conversation = await requireConversationAccess(req, ctx, params.id);
      const given = await identifiedContact(ctx, req, conversation, body);
      return { id: params.id, contact: await updateContact(ctx, conversation, given) };
    },
    visitorActions,
  );

  add(
    OPERATIONS.escalateConversation,
    async ({ params, req }) => {
      const row = await requireConversationAccess(req, ctx, params.id);
      return endResponse(ctx, row, await completeConversation(ctx, row, 'escalated'), 'escalated');
    },
    visitorActions,
  );

  add(
    OPERATIONS.endConversation,
    async ({ params, req }) => {
      const row = await requireConversationAccess(req, ctx, params.id);
      return endResponse(ctx, row, await completeConversation(ctx, row, 'ended'), 'ended');
    },
    visitorActions,
  );

  return router;
}

/**
 * The answer of `end` and `escalate`: the state this call left — or, when the conversation had
 * completed already (another tab, the idle sweep), the state as it is now.
 */
async function endResponse(
  ctx: SupportContext,
  row: ConversationRow,
  completed: boolean,
  reason: EndReason,
): Promise<ConversationEndResponse> {
  const now = completed
    ? { ...row, status: 'completed' as const, end_reason: reason }
    : await requireConversation(ctx.db, row.id);
  return stateOf(ctx, now);
}

/** Where a conversation stands, as the visitor may see it: status, why it ended, whether the team has it. */
async function stateOf(ctx: SupportContext, row: ConversationRow): Promise<ConversationEndResponse> {
  return {
    id: row.id,
    status: row.status,
    ...(row.end_reason && { endReason: row.end_reason }),
    forwarded: await isForwarded(ctx.db, row.id),
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

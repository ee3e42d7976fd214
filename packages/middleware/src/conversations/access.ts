import type { Request } from 'express';
import type { SupportContext } from '../context.js';
import { SupportError } from '../errors.js';
import { bearerToken } from '../http/auth.js';
import { type ConversationRow, requireConversation } from '../store/conversations.js';
import { findSession } from '../store/sessions.js';

// A request reads its conversation once: the per-bot rate limit and the handler share it.
const read = new WeakMap<Request, { id: string; row: Promise<ConversationRow> }>();

/**
 * The conversation a request names, read once per request however many steps ask (the
 * per-bot rate limit first, then the handler).
 *
 * @example
 * const { bot_id } = await conversationOnce(req, ctx, req.params.id);
 */
export function conversationOnce(req: Request, ctx: SupportContext, id: string): Promise<ConversationRow> {
  const cached = read.get(req);
  if (cached?.id === id) return cached.row;
  const row = requireConversation(ctx.db, id);
  read.set(req, { id, row });
  return row;
}

/**
 * Checks that the caller may act on this conversation — with an API key of its account, or
 * with a session token issued for exactly this conversation — and returns it.
 *
 * @example
 * const conversation = await requireConversationAccess(req, ctx, req.params.id);
 */
export async function requireConversationAccess(
  req: Request,
  ctx: SupportContext,
  conversationId: string,
): Promise<ConversationRow> {
  const accountId = await ctx.authenticate(req);
  if (accountId) {
    const row = await conversationOnce(req, ctx, conversationId);
    // Another account's conversation is absent, as if it did not exist.
    if (row.account_id !== accountId)
      throw new SupportError('NOT_FOUND', `No conversation "${conversationId}"`);
    return row;
  }
  const token = bearerToken(req);
  if (!token) {
    throw new SupportError(
      'UNAUTHORIZED',
      'Send a session token or an API key as "Authorization: Bearer <token>"',
    );
  }
  // The session and its conversation in one read; a request that read the conversation
  // already (the per-bot rate limit) keeps that copy.
  const session = await findSession(ctx.db, token);
  if (!session) throw new SupportError('UNAUTHORIZED', 'The session token is not valid');
  if (session.expired) throw new SupportError('UNAUTHORIZED', 'The session has expired; start a new one');
  if (session.conversation.id !== conversationId) {
    throw new SupportError('FORBIDDEN', 'This session token belongs to another conversation');
  }
  if (!read.has(req)) read.set(req, { id: conversationId, row: Promise.resolve(session.conversation) });
  return conversationOnce(req, ctx, conversationId);
}

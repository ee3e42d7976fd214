import type { Request } from 'express';
import type { SupportContext } from '../context.js';
import { SupportError } from '../errors.js';
import { bearerToken } from '../http/auth.js';
import { type ConversationRow, requireConversation } from '../store/conversations.js';
import { findSession } from '../store/sessions.js';

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
  if (accountId) return requireConversation(ctx.db, conversationId, accountId);
  const token = bearerToken(req);
  if (!token) {
    throw new SupportError(
      'UNAUTHORIZED',
      'Send a session token or an API key as "Authorization: Bearer <token>"',
    );
  }
  const session = await findSession(ctx.db, token);
  if (!session) throw new SupportError('UNAUTHORIZED', 'The session token is not valid');
  if (session.expired) throw new SupportError('UNAUTHORIZED', 'The session has expired; start a new one');
  if (session.conversationId !== conversationId) {
    throw new SupportError('FORBIDDEN', 'This session token belongs to another conversation');
  }
  return requireConversation(ctx.db, conversationId);
}

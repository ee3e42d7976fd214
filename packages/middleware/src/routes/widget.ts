import type { WidgetSession } from '@supportbridge/shared';
import { Router } from 'express';
import type { SupportContext } from '../context.js';
import { keptVisitorContext } from '../conversations/visitor-context.js';
import { SupportError } from '../errors.js';
import { operationRegistrar } from '../http/operation.js';
import type { RateLimits } from '../http/rate-limits.js';
import { requireBot } from '../store/bots.js';
import { createConversation } from '../store/conversations.js';
import { createSession } from '../store/sessions.js';
import { OPERATIONS } from './operations.js';

/** What the widget shows first when the bot has no greeting of its own. */
export const DEFAULT_GREETING = 'Hi! How can I help you today?';

/**
 * The one public endpoint: the widget opens a conversation with a bot and gets a token
 * scoped to it. Checked against the bot's allowed origins and rate-limited per IP. It
 * answers with the bot's public face only — never an integration's email or meta.
 *
 * @example
 * router.use(widgetRoutes(ctx, rateLimits));
 */
export function widgetRoutes(ctx: SupportContext, rateLimits: RateLimits): Router {
  const router = Router();
  const add = operationRegistrar(router, ctx.authenticate);
  add(
    OPERATIONS.createWidgetSession,
    async ({ body, req }): Promise<WidgetSession> => {
      const bot = await requireBot(ctx.db, undefined, body.botId);
      const allowed = bot.allowed_origins?.length ? bot.allowed_origins : ctx.allowedOrigins;
      const origin = req.headers.origin;
      if (allowed.length > 0 && !allowed.includes('*') && !(origin && allowed.includes(origin))) {
        throw new SupportError(
          'FORBIDDEN',
          `This bot does not accept chats from ${origin ?? 'an unknown origin'}`,
        );
      }
      const conversationId = await createConversation(ctx.db, bot.account_id, bot.id, {
        ...(body.language && { language: body.language }),
        ...(ctx.visitorContext && { visitor: keptVisitorContext(body.visitor, req.headers['user-agent']) }),
      });
      const session = await createSession(ctx.db, conversationId);
      return {
        conversationId,
        token: session.token,
        expiresAt: session.expiresAt,
        bot: {
          name: bot.name ?? 'Assistant',
          greeting: bot.greeting ?? DEFAULT_GREETING,
          ...(bot.reply_time && { replyTime: bot.reply_time }),
        },
      };
    },
    [rateLimits.sessions],
  );
  return router;
}

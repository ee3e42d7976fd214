import type { Bot } from '@supportbridge/shared';
import type { FollowUpPolicy } from './delivery/outbox.js';
import type { Engine } from './engines/engine.js';
import type { Authenticate } from './http/auth.js';
import type { Logger } from './logger.js';
import type { Database } from './store/database.js';
import type { Summarizer } from './summary/summarizer.js';

/** Limits that protect the store and the engines from abuse. */
export interface Limits {
  /** Messages (visitor and bot) one conversation may hold. */
  maxMessagesPerConversation: number;
  /** How forwards after the first are paced and capped. */
  followUps: FollowUpPolicy;
}

/**
 * Everything a route needs, built once by `supportMiddleware()`. `db` is set once the store
 * has opened and migrated; a gate in front of every route waits for that.
 */
export interface SupportContext {
  db: Database;
  authenticate: Authenticate;
  /** Already prefixed with `supportbridge: `; write the message alone. */
  logger: Logger;
  limits: Limits;
  /** The engine that answers for a bot, picked by its `model`. */
  engineFor(bot: Bot): Engine;
  summarizer: Summarizer;
  /** Origins allowed to open widget sessions for bots that list none of their own. */
  allowedOrigins: readonly string[];
  /** Whether the widget's visitor context (page, referrer, time zone, browser) is stored. */
  visitorContext: boolean;
  /** Called after a commit that queued deliveries, so the worker sends them at once. */
  onDeliveriesQueued(): void;
}

export type { Logger } from './logger.js';

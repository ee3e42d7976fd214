import type { Migration } from '../migrate.js';

/**
 * `sb_bots.reply_time`: when the team usually answers, shown on the visitor's receipt. And
 * what the widget reports about the visitor when the chat opens: `language` (BCP 47, given to
 * the bot and shown to the team) and `visitor` (page, referrer origin, time zone, browser
 * label) as JSON. NULL for conversations created through the admin API or before this column.
 */
export const visitorContext: Migration = {
  id: '007-visitor-context',
  sql: `ALTER TABLE sb_conversations ADD COLUMN language text;
ALTER TABLE sb_conversations ADD COLUMN visitor jsonb;
ALTER TABLE sb_bots ADD COLUMN reply_time text`,
};

import type { Migration } from '../migrate.js';

/**
 * `act` holds what a bot turn did — the knowledge entries it gave, the detail it asked for,
 * whether it offered or handed over to a person, the language it spoke — as JSON, so the next
 * turn and the summary read it as data instead of re-reading the bot's wording. NULL for
 * visitor messages, for engines that record nothing, and for turns stored before this column.
 */
export const botTurns: Migration = {
  id: '004-bot-turns',
  sql: `ALTER TABLE sb_messages ADD COLUMN act jsonb`,
};

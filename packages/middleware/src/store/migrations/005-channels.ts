import type { Migration } from '../migrate.js';

/**
 * Delivery channels besides email.
 *
 * - `sb_support_integrations.channel` holds the channel's settings and credentials
 *   (`SupportChannel`, validated before it is written); `NULL` means plain email to `email`.
 *   The API never returns the credentials.
 * - `sb_deliveries.remote_id` is what the helpdesk calls the hand-over once it took it,
 *   `<channel>:<id>` (`zendesk:4711`), so a follow-up adds to the same ticket.
 */
export const channels: Migration = {
  id: '005-channels',
  sql: `
ALTER TABLE sb_support_integrations ADD COLUMN channel jsonb;
ALTER TABLE sb_deliveries ADD COLUMN remote_id text
`,
};

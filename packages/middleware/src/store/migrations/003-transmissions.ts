import type { Migration } from '../migrate.js';

/**
 * `transmissions` counts the tries of a delivery whose whole message reached the mail
 * server before the connection failed without a reply. Each such try may have delivered a
 * copy, so they are capped on their own (the worker's `maxTransmissions`), well below the
 * attempts allowed for failures that surely sent nothing.
 */
export const transmissions: Migration = {
  id: '003-transmissions',
  sql: `ALTER TABLE sb_deliveries ADD COLUMN transmissions integer NOT NULL DEFAULT 0`,
};

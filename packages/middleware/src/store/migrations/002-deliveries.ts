import type { Migration } from '../migrate.js';

/** Placeholder for the delivery outbox; replaced by its real definition. */
export const deliveries: Migration = {
  id: '002-deliveries',
  sql: `SELECT 1`,
};

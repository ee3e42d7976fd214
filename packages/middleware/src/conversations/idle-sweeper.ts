import type { SupportContext } from '../context.js';
import { completeConversation } from './complete-conversation.js';

/**
 * Completes conversations idle for longer than their bot's `idleMinutes`. Safe with several
 * instances: two may pick the same candidate, but completing re-checks the status under a
 * row lock, so each conversation completes (and is forwarded) once.
 *
 * @example
 * const sweeper = startIdleSweeper(ctx, 30_000); … sweeper.stop();
 */
export function startIdleSweeper(
  ctx: SupportContext,
  intervalMs: number,
): { stop(): Promise<void>; sweep(): Promise<number> } {
  let running: Promise<number> | undefined;
  const sweep = async (now = Date.now()): Promise<number> => {
    const { rows } = await ctx.db.query<{ id: string }>(
      `SELECT c.id FROM sb_conversations c JOIN sb_bots b ON b.id = c.bot_id
       WHERE c.status = 'active' AND c.last_activity_at < $1 - b.idle_minutes * 60000::bigint
       ORDER BY c.last_activity_at LIMIT 100`,
      [now],
    );
    let completed = 0;
    for (const row of rows) if (await completeConversation(ctx, row.id, 'idle')) completed++;
    return completed;
  };
  const tick = () => {
    if (running) return;
    running = sweep()
      .catch((error: unknown) => {
        ctx.logger.warn('idle sweep failed; will retry', error);
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    sweep: () => sweep(),
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

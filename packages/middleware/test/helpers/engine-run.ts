import type { Bot, Contact } from '@supportbridge/shared';
import type { Engine, EngineEvent, EngineTurn } from '../../src/engines/engine.js';

/**
 * Runs an engine over a transcript and collects what it streamed: every event, the
 * tokens, their text, and the escalation reasons.
 *
 * @example
 * const { text, escalations } = await runEngine(engine, { bot, messages, contact: {} });
 */
export async function runEngine(
  engine: Engine,
  input: { bot: Bot; messages: readonly EngineTurn[]; contact?: Contact; signal?: AbortSignal },
) {
  const events: EngineEvent[] = [];
  for await (const event of engine.respond({ ...input, contact: input.contact ?? {} })) events.push(event);
  const tokens = events.flatMap((event) => (event.type === 'token' ? [event.token] : []));
  return {
    events,
    tokens,
    text: tokens.join(''),
    escalations: events.flatMap((event) => (event.type === 'escalate' ? [event.reason] : [])),
  };
}

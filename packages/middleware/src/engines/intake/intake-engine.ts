import type { Engine, EngineEvent, EngineInput } from '../engine.js';
import { streamText } from '../stream-text.js';
import { decide } from './dialogue-policy.js';
import { knowledgeIndexFor } from './knowledge-index.js';
import { compose } from './phrasing.js';

/**
 * The built-in `intake` engine: no network, no timers, the same reply for the same input.
 * It lets the visitor say what is wrong, answers from `bot.knowledge` when a passage is
 * relevant (and admits it when none is), collects the name and email the backstory asks for,
 * one at a time, and hands over to a person when asked, when the visitor is frustrated or
 * after two questions it could not answer.
 *
 * @example
 * for await (const e of intakeEngine.respond({ bot, messages, contact: {} })) {
 *   if (e.type === 'token') process.stdout.write(e.token);
 * }
 */
export const intakeEngine: Engine = {
  async *respond(input: EngineInput): AsyncGenerator<EngineEvent> {
    if (input.signal?.aborted) return;
    const index = knowledgeIndexFor(input.bot.knowledge ?? []);
    const decision = decide(input, index);
    const lastIndex = input.messages.findLastIndex((m) => m.type === 'user');
    const last = input.messages[lastIndex];
    const previous = input.messages[lastIndex - 1];
    // The seed ties the wording to this turn, so a retry of the same turn reads the same.
    const seed = `${input.messages.length}:${last?.text ?? ''}`;
    yield* streamText(
      compose(decision, input.bot, seed, last?.text ?? '', previous?.type === 'bot' ? previous.text : ''),
      input.signal,
    );
    if (decision.escalation && !input.signal?.aborted) {
      yield { type: 'escalate', reason: decision.escalation.reason };
    }
  },
};

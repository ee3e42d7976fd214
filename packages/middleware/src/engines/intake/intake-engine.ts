import type { Language } from '../../language/compile-language.js';
import type { LanguagePack } from '../../language/intake-data.js';
import { createLanguageSet, type LanguageSet } from '../../language/language-set.js';
import { LANGUAGES } from '../../language/languages.js';
import type { Engine, EngineEvent, EngineInput } from '../engine.js';
import { streamText } from '../stream-text.js';
import { decide } from './dialogue-policy.js';
import { type KnowledgeIndex, knowledgeIndexFor } from './knowledge-index.js';
import { compose } from './phrasing.js';

/**
 * Options of `createIntakeEngine`.
 *
 * @example
 * const options: IntakeEngineOptions = { languages: [en, de] };
 */
export interface IntakeEngineOptions {
  /** The languages the bot speaks and reads, the fallback first. Defaults to every shipped pack. */
  languages?: readonly LanguagePack[];
}

/**
 * The language to reply in: the one the page says the visitor uses, else the one this message
 * is written in, else the one the conversation was in, else the knowledge's own.
 */
function replyLanguage(input: EngineInput, set: LanguageSet, index: KnowledgeIndex): Language {
  const given = set.get(input.language);
  if (given) return given;
  const users = input.messages.filter((m) => m.type === 'user');
  // The visitor's own name is in no language: "Jürgen Weiß" is not German.
  const names = [input.contact.name, input.contact.email].filter((d): d is string => Boolean(d?.trim()));
  const own = (text: string) => names.reduce((t, detail) => t.split(detail).join(' '), text);
  const before = set.get(input.messages.findLast((m) => m.type === 'bot' && m.act?.language)?.act?.language);
  const detected = set.get(set.detect(own(users.at(-1)?.text ?? ''), before ? SWITCH_EVIDENCE : undefined));
  if (detected) return detected;
  return (
    before ??
    set.get(set.detect(own(users.map((m) => m.text).join('\n')))) ??
    index.languages[0] ??
    set.fallback
  );
}

/** Words of another language it takes to switch away from the one spoken so far. */
const SWITCH_EVIDENCE = 1.8;

/**
 * Builds an intake engine. The shipped `intakeEngine` is one with every language; tests build
 * one with reworded packs to show that wording never drives a decision.
 *
 * @example
 * const engine = createIntakeEngine({ languages: [en] });
 */
export function createIntakeEngine(options: IntakeEngineOptions = {}): Engine {
  const set = options.languages ? createLanguageSet(options.languages) : LANGUAGES;
  return {
    async *respond(input: EngineInput): AsyncGenerator<EngineEvent> {
      if (input.signal?.aborted) return;
      const index = knowledgeIndexFor(input.bot.knowledge ?? [], set);
      const language = replyLanguage(input, set, index);
      const decision = decide(input, index, set, language);
      const lastIndex = input.messages.findLastIndex((m) => m.type === 'user');
      const last = input.messages[lastIndex];
      const previous = input.messages[lastIndex - 1];
      // The seed ties the wording to this turn, so a retry of the same turn reads the same.
      const seed = `${input.messages.length}:${last?.text ?? ''}`;
      const { text, act } = compose(
        decision,
        input.bot,
        seed,
        previous?.type === 'bot' ? (previous.act ?? {}) : {},
      );
      yield* streamText(text, input.signal);
      if (input.signal?.aborted) return;
      yield { type: 'act', act };
      if (decision.escalation) yield { type: 'escalate', reason: decision.escalation.reason };
    },
  };
}

/**
 * The built-in `intake` engine: no network, no timers, the same reply for the same input. It
 * answers from `bot.knowledge` in the visitor's language when an entry is relevant (and says
 * so, offering a person, when none is), collects the name and email the backstory asks for,
 * one at a time, and hands over to a person when the visitor asks for one, disputes a charge,
 * threatens legal steps, is in urgent danger or frustrated, or after two messages it could not
 * answer. What each reply did is emitted as an `act` event, stored with the message.
 *
 * @example
 * for await (const e of intakeEngine.respond({ bot, messages, contact: {} })) {
 *   if (e.type === 'token') process.stdout.write(e.token);
 * }
 */
export const intakeEngine: Engine = createIntakeEngine();

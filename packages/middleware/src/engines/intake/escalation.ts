import type { BotTurnAct } from '../engine.js';
import type { HandoverKind } from './handover-cues.js';
import type { TurnReading } from './turn-reading.js';

/**
 * Why the bot hands over to a person; `reason` is written for the support team.
 *
 * @example
 * const e: Escalation = { kind: 'asked', reason: 'The visitor asked to talk to a person.' };
 */
export interface Escalation {
  kind: HandoverKind | 'stuck' | 'accepted';
  reason: string;
}

const REASONS: Readonly<Record<HandoverKind, (quote: string) => string>> = {
  asked: () => 'The visitor asked to talk to a person.',
  urgent: (quote) => `The visitor describes an urgent safety or health situation (“${quote}”).`,
  legal: (quote) => `The visitor mentions legal or regulatory steps (“${quote}”).`,
  dispute: (quote) => `The visitor disputes a charge or asks for money back (“${quote}”).`,
  repeated: (quote) => `The visitor says they have asked before without getting help (“${quote}”).`,
  frustrated: (quote) => `The visitor seems frustrated (“${quote}”).`,
};

/**
 * Whether this message hands the conversation over, and why: a cue in the message, a yes to
 * the person the previous reply offered, or a second question in a row the bot cannot answer.
 *
 * @example
 * escalationOf(reading, { unknown: true }, false)?.kind // 'stuck' when this message is unanswered too
 */
export function escalationOf(
  r: TurnReading,
  previous: BotTurnAct,
  answered: boolean,
): Escalation | undefined {
  if (r.handover) return { kind: r.handover.kind, reason: REASONS[r.handover.kind](r.handover.quote) };
  // Only an offer the reply ended on can be accepted: a "yes" after "…our team can help. Your name?" is not one.
  if (r.yes && !r.thanks && previous.offeredPerson && !previous.asked)
    return { kind: 'accepted', reason: 'The visitor accepted the offer to talk to a person.' };
  if (r.question && !answered && previous.unknown)
    return { kind: 'stuck', reason: 'The bot could not answer two questions in a row.' };
  return undefined;
}

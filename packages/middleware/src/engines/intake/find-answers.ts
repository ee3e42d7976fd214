import type { KnowledgeHit, KnowledgeIndex } from './knowledge-index.js';
import { ABSTAIN_BELOW, confidence, MATCH, PAIR_WITHIN, SECOND_WITHIN } from './match-weights.js';
import type { TextUnit } from './text-units.js';

/** A message this short ("and for teams?", "how long does that take") leans on the one before. */
const ELLIPTIC_UNITS = 3;

/**
 * The knowledge that answers a message, best first: nothing when the confidence in the best
 * entry (its score and its lead, see `confidence`) is below the threshold, else the best
 * entry, and a second one only when it scores nearly as well and answers a part of the
 * message the first does not ("do you ship to Austria and how long does it take?"). A short
 * or follow-up message is also read together with the visitor's previous question
 * (`context`), which counts for less, and only when the entry speaks to something it says.
 *
 * @example
 * findAnswers(index, index.unitsOf('and for teams?'), index.unitsOf('How much is the Pro plan?'), true)
 *
 * `parts` are other readings of a message of several sentences (see `TurnReading.partUnits`).
 */
export function findAnswers(
  index: KnowledgeIndex,
  units: readonly TextUnit[],
  context: readonly TextUnit[] = [],
  followUp = false,
  parts: readonly (readonly TextUnit[])[] = [],
): KnowledgeHit[] {
  return chooseAnswers(rankAnswers(index, units, context, followUp, parts), index.entries);
}

/**
 * The ranking `findAnswers` decides on, before the threshold: every entry, best first, read
 * alone, by its parts, or with the previous question (whichever is surest). For the bench and
 * for tools that show why the bot answered or not.
 *
 * @example
 * confidence(rankAnswers(index, index.unitsOf('refund?')), index.entries)
 */
export function rankAnswers(
  index: KnowledgeIndex,
  units: readonly TextUnit[],
  context: readonly TextUnit[] = [],
  followUp = false,
  parts: readonly (readonly TextUnit[])[] = [],
): KnowledgeHit[] {
  if (index.size === 0 || (units.length === 0 && !(followUp && context.length > 0))) return [];
  let ranked = index.rank(units.map((unit) => ({ unit, scale: 1 })));
  // "Can I cancel my order? I placed it by mistake": one sentence may say it better alone.
  for (const part of parts) {
    const alone = index.rank(part.map((unit) => ({ unit, scale: 1 })));
    if (confidence(alone, index.entries) > confidence(ranked, index.entries)) ranked = alone;
  }
  const alone = confidence(ranked, index.entries);
  // "and for teams?" opens as a follow-up: read with the question before first. A short
  // message that does not open so is read alone first, and with the one before only if alone
  // it finds nothing.
  if (context.length > 0 && (followUp || (alone < ABSTAIN_BELOW && units.length <= ELLIPTIC_UNITS))) {
    // A follow-up none of whose words the knowledge knows ("and to Tenerife?", "how often can
    // I do that?") asks the earlier question again about something else: the earlier question
    // leads, and the new words count for less.
    const restates = followUp && ranked.length === 0;
    const combined = index.rank([
      ...units.map((unit) => ({ unit, scale: restates ? MATCH.context : 1 })),
      ...context.map((unit) => ({ unit, scale: restates ? 1 : MATCH.context })),
    ]);
    // Otherwise the earlier question only completes this one: the entry must speak to something said now.
    const own = restates || (combined[0]?.matched.some((position) => position < units.length) ?? false);
    if (own && confidence(combined, index.entries) >= ABSTAIN_BELOW) ranked = combined;
  }
  return ranked;
}

/** The best entry of a ranking when it is sure enough, and a second one that answers another part. */
function chooseAnswers(ranked: readonly KnowledgeHit[], entries: number): KnowledgeHit[] {
  const [best, second] = ranked;
  if (!best) return [];
  if (confidence(ranked, entries) < ABSTAIN_BELOW) {
    // Two entries far ahead of the rest and close to each other (a passage and a question
    // that speak of the same thing): neither leads, but together they answer. Give both.
    const pair = second && second.score >= best.score * PAIR_WITHIN;
    return pair && confidence(ranked.slice(1), entries) >= ABSTAIN_BELOW ? [best, second] : [];
  }
  // A second entry only when it answers a part of the message the first does not.
  const addsPart = second?.matched.some((unit) => !best.matched.includes(unit)) ?? false;
  return second && addsPart && second.score >= best.score * SECOND_WITHIN ? [best, second] : [best];
}

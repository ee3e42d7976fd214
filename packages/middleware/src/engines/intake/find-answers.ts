import type { KnowledgeHit, KnowledgeIndex } from './knowledge-index.js';
import { ABSTAIN_BELOW, confidence, MATCH, SECOND_WITHIN } from './match-weights.js';
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
  if (units.length === 0 || index.size === 0) return [];
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
    const combined = index.rank([
      ...units.map((unit) => ({ unit, scale: 1 })),
      ...context.map((unit) => ({ unit, scale: MATCH.context })),
    ]);
    // The earlier question only completes this one: the entry must speak to something said now.
    const own = combined[0]?.matched.some((position) => position < units.length) ?? false;
    if (own && confidence(combined, index.entries) >= ABSTAIN_BELOW) ranked = combined;
  }
  const [best, second] = ranked;
  if (!best || confidence(ranked, index.entries) < ABSTAIN_BELOW) return [];
  // A second entry only when it answers a part of the message the first does not.
  const addsPart = second?.matched.some((unit) => !best.matched.includes(unit)) ?? false;
  return second && addsPart && second.score >= best.score * SECOND_WITHIN ? [best, second] : [best];
}

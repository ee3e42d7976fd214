import type { KnowledgeHit, KnowledgeIndex } from './knowledge-index.js';
import { ABSTAIN_BELOW, MATCH, SECOND_WITHIN } from './match-weights.js';
import type { TextUnit } from './text-units.js';

/** A message this short ("and for teams?", "how long does that take") leans on the one before. */
const ELLIPTIC_UNITS = 3;

/**
 * The knowledge that answers a message, best first: nothing when no entry reaches the
 * threshold, the best entry, and a second one only when it scores nearly as well and answers
 * a part of the message the first does not ("do you ship to Austria and how long does it take?"). A short or
 * follow-up message is also read together with the visitor's previous question (`context`),
 * which counts for less.
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
    if ((alone[0]?.score ?? 0) > (ranked[0]?.score ?? 0)) ranked = alone;
  }
  const alone = ranked[0]?.score ?? 0;
  // "and for teams?" opens as a follow-up: read with the question before first. A short
  // message that does not open so is read alone first, and with the one before only if alone
  // it finds nothing.
  if (context.length > 0 && (followUp || (alone < ABSTAIN_BELOW && units.length <= ELLIPTIC_UNITS))) {
    const combined = index.rank([
      ...units.map((unit) => ({ unit, scale: 1 })),
      ...context.map((unit) => ({ unit, scale: MATCH.context })),
    ]);
    if ((combined[0]?.score ?? 0) >= ABSTAIN_BELOW) ranked = combined;
  }
  const [best, second] = ranked;
  if (!best || best.score < ABSTAIN_BELOW) return [];
  // A second entry only when it answers a part of the message the first does not.
  const addsPart = second?.matched.some((unit) => !best.matched.includes(unit)) ?? false;
  return second && addsPart && second.score >= ABSTAIN_BELOW && second.score >= best.score * SECOND_WITHIN
    ? [best, second]
    : [best];
}

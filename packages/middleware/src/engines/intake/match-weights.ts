/**
 * How much each kind of match is worth in the one relevance score (0–1) of the intake
 * engine, and the one threshold below which it says it does not know. Kept together so the
 * whole model can be read — and recalibrated — in one place.
 *
 * ## The score
 * A visitor's message is read into units (content words and glossary phrases, see
 * `text-units.ts`). Each unit weighs its inverse entry frequency in the bot's knowledge:
 * a word one entry uses says which entry is meant, a word all entries use says little, and a
 * word no entry uses weighs like a rare one — it is what the visitor asks about that the
 * knowledge does not know, so it pulls the score down. A unit's match with an entry is the
 * best of its terms: the same word stem or glossary concept in the heading (question, title,
 * keywords) counts fully, in the body less; a WordNet synonym, a typo or a compound part
 * less again. The score is the matched share of the message's weight, nudged by how much of
 * the entry's heading the message covers.
 *
 * ## How the threshold was chosen
 * On the two calibration businesses of `bench/data/answers` (a London dental clinic in
 * English, a German public library; 147 labelled turns in nine languages), the weights below
 * were swept on a grid (body 0.6–0.85, heading cover 0–0.5, part 0.5–0.7, related 0.4–0.7,
 * unknown 0.6–1.2, common 0–2) and the threshold from 0.30 to 0.62 in steps of 0.01–0.03.
 * Kept: the setting with the most covered turns answered right among those with wrong answers
 * ≤ 8 % and abstention on uncovered or near-miss turns ≥ 85 %. At 0.59 the calibration set
 * reads covered 0.50, abstention 0.90, wrong 0.07; at 0.55 covered rises to 0.62 but wrong
 * answers to 0.12 — an "I don't know" with the offer of a person costs the visitor less than
 * a wrong answer, so the threshold errs high. The other four businesses were never used for
 * tuning: they are the held-out report (`pnpm bench:answers`).
 */
export const MATCH = {
  /** A term in the entry's question, title, keywords or aliases. */
  heading: 1,
  /** A term in the answer or passage text. */
  body: 0.75,
  /** A WordNet synonym of an entry's word (English knowledge). */
  related: 0.6,
  /** A word one or two typos away from an entry's word. */
  typo: 0.8,
  /** Part of a compound ("Jahresgebühr" and "Gebühr"), or a word's start ("implantı", "implant"). */
  part: 0.6,
  /** Weight of a word no entry knows, as a share of the weight of a word only one entry uses. */
  unknown: 0.8,
  /**
   * How much an everyday word no entry knows is discounted: its weight is multiplied by its
   * rarity (0–1, from the language's frequency list) to this power. "great" says less than "veneers".
   */
  common: 1,
  /** Share of the score that comes from covering the entry's heading, not the message. */
  heading_cover: 0.25,
  /** Weight of the previous question's units when a follow-up is read with it. */
  context: 0.5,
} as const;

/**
 * Below this score the engine answers "I don't know" and offers a person. One threshold for
 * every business, language and kind of message; see the comment above for how it was chosen.
 */
export const ABSTAIN_BELOW = 0.59;

/** A second entry is given too when it scores this close to the first (and passes on its own). */
export const SECOND_WITHIN = 0.92;

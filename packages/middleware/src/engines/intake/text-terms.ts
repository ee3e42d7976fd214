/**
 * Words that carry no topic in a support chat: English function words plus chat filler
 * ("hi", "please", "thanks"). Dropping them keeps "Can you help me with my order?" from
 * matching every knowledge item that says "you" or "help".
 */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
down during each few for from further get got had hadn't has hasn't have haven't having he her here hers
herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just know let let's
like me more most much my myself need no nor not now of off ok okay on once only or other ought our ours
ourselves out over own please really same she should shouldn't so some such tell than thank thanks that
that's the their theirs them themselves then there there's these they they'd they'll they're they've this
those through to too under until up us very want was wasn't we we'd we'll we're we've were weren't what
what's when where which while who whom why will with won't would wouldn't yes you you'd you'll you're
you've your yours yourself yourselves hi hello hey hiya thx pls`.split(/\s+/),
);

/**
 * Words that frame a question rather than name its topic: in "how long does a refund take?"
 * the topic is the refund, and "long" and "take" only say what about it is asked. They
 * still count, weakly, to tell "how long does shipping take" from "how much is shipping".
 */
export const FRAME_TERMS: ReadonlySet<string> = new Set([
  'long',
  'take',
  'took',
  'much',
  'many',
  'soon',
  'often',
]);

/**
 * Words that ask for help without saying with what: "I need help", "I have a question", "can
 * someone assist me?". A message made only of them is a request to go on, not an issue.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  `help helping assist assistance support question questions problem problems issue issues query
enquiry inquiry something thing stuff urgent urgently quick small someone somebody anyone sort
matter trouble`
    .split(/\s+/)
    .map((word) => stem(word)),
);

/** Words visitors use for what a shop's answers call otherwise: "deliver to the UK" asks about shipping. */
const SAME_AS: Readonly<Record<string, string>> = {
  deliver: 'ship',
  delivery: 'ship',
  parcel: 'order',
};

/**
 * Reduces a word to a rough stem, so "shipped", "shipping" and "ships" meet at "ship". Light
 * on purpose: a visitor's typo is left to fuzzy search, not to the stemmer.
 *
 * @example
 * stem('arrived') // 'arriv'
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  // "shipp" → "ship": undo the doubled consonant left by -ing / -ed.
  if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * MiniSearch's `processTerm`: lower-cases, drops stopwords, stems. Used for the index and the
 * query alike, so both sides meet on the same forms.
 *
 * @example
 * processTerm('Shipping') // 'ship'; processTerm('the') // null
 */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase().replace(/[’`]/g, "'");
  if (STOPWORDS.has(lower)) return null;
  const bare = lower.replace(/^'+|'+$/g, '');
  if (bare.length < 2 && !/\d/.test(bare)) return null;
  const stemmed = stem(bare);
  return SAME_AS[stemmed] ?? stemmed;
}

/**
 * The topic words of a text, as the index sees them.
 *
 * @example
 * topicTerms('Where is my parcel?') // ['parcel']
 */
export function topicTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}'’]+/u)) {
    const term = word ? processTerm(word) : null;
    if (term && !out.includes(term)) out.push(term);
  }
  return out;
}

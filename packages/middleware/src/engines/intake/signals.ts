/**
 * What a visitor's message says besides its topic: a wish for a human, frustration, small
 * talk, a refusal. Plain patterns, because the engine must be deterministic and instant.
 */

const NEGATED_HUMAN =
  /\b(?:(?:don'?t|do not|doesn'?t) (?:need|want)|no need (?:for|to))\b[^.?!,]{0,20}\b(?:human|person|agent|someone)\b/i;
const HUMAN =
  /\b(?:humans?|real (?:person|people|human)|actual (?:person|human)|live (?:agent|person|chat|support)|(?:an?|the|your|support|customer service) (?:agent|rep)|representative|operator|somebody real|someone real|(?:talk|speak|chat) (?:to|with) (?:someone|somebody|a person|support|your team|the team|a manager)|(?:get|need|want) (?:me )?a person|transfer me|connect me)\b/i;

/**
 * True when the visitor asks for a person ("human please", "can I talk to a real person?",
 * "agent"), false for "I don't need a human".
 *
 * @example
 * wantsHuman('Can I speak to someone?') // true
 */
export function wantsHuman(text: string): boolean {
  if (NEGATED_HUMAN.test(text)) return false;
  return (
    HUMAN.test(text) || /^\s*(?:an? )?(?:agent|human|person|operator)(?:[\s,]+please)?[\s.!?]*$/i.test(text)
  );
}

const FRUSTRATED =
  /\b(?:useless|ridiculous|pointless|waste of (?:my )?time|not helpful|unhelpful|not helping|doesn'?t help|stupid|terrible|awful|horrible|the worst|wtf|are you (?:even )?(?:listening|serious|kidding)|fed up|sick of|annoying|nonsense|rubbish|garbage|joke)\b/i;

/**
 * A short quote of what shows the visitor is frustrated ("this is useless", "!!!", a rant in
 * capitals), or undefined when nothing does.
 *
 * @example
 * frustrationCue('This is USELESS!!!') // 'useless'
 */
export function frustrationCue(text: string): string | undefined {
  const phrase = FRUSTRATED.exec(text)?.[0];
  if (phrase) return phrase.toLowerCase();
  if (/!{3,}/.test(text)) return '!!!';
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  // A shouted sentence, not an acronym or two ("UPS lost my DHL box").
  if (words.length >= 3 && letters.length >= 12 && upper.length / letters.length > 0.8)
    return 'writing in capitals';
  return undefined;
}

const GREETING =
  /^(?:hi+|hello|hey+|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|greetings|hola|bonjour|hallo)(?: there| all| team| everyone)?[\s,.!]*$/i;
const THANKS =
  /^(?:(?:ok(?:ay)?|great|perfect|cool|awesome|got it|alright|all right)[\s,.!]*)?(?:thanks?(?: you)?(?: so much| a lot| very much)?|thx|ty|cheers|much appreciated)?(?:[\s,.!]*(?:that'?s all|that is all|bye|goodbye|have a (?:nice|good|great) day))?[\s,.!]*$/i;

/**
 * True for a message that is only a greeting ("hi", "Good morning!").
 *
 * @example
 * isGreeting('hello there!') // true
 */
export function isGreeting(text: string): boolean {
  return GREETING.test(text.trim());
}

/**
 * True for a message that only thanks or closes ("thanks, that's all", "ok great", "bye").
 *
 * @example
 * isThanks('Thank you so much!') // true
 */
export function isThanks(text: string): boolean {
  const t = text.trim();
  // The pattern's parts are all optional; a bare "ok" is an acknowledgement, not a thank-you.
  return THANKS.test(t) && /\b(?:thanks?|thx|ty|cheers|appreciated|all|bye|goodbye|day)\b/i.test(t);
}

/**
 * True for a short yes ("yes please", "sure", "ok"), used when the bot offered a human.
 *
 * @example
 * isYes('Yes please') // true
 */
export function isYes(text: string): boolean {
  return /^(?:y(?:es|eah|ep|up)?|sure|ok(?:ay)?|please|go ahead|do it|that would be (?:great|good|nice)|absolutely|definitely)(?:[\s,.!]+(?:please|thanks?|thank you))*[\s,.!]*$/i.test(
    text.trim(),
  );
}

/**
 * True when the visitor declines to give a detail ("I'd rather not", "no thanks", "skip").
 *
 * @example
 * isDecline("I'd rather not say") // true
 */
export function isDecline(text: string): boolean {
  return /\b(?:rather not|prefer not|no thanks|no thank you|skip|not comfortable|none of your business|don'?t want to (?:give|share|say)|why do you need)\b|^\s*(?:no|nope|nah)[\s.!]*$/i.test(
    text,
  );
}

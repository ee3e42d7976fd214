/**
 * What a visitor's message says besides its topic: a wish for a human, frustration, small
 * talk, a refusal. Plain patterns, because the engine must be deterministic and instant.
 */

const NEGATED_HUMAN =
  /\b(?:(?:don'?t|do not|doesn'?t) (?:need|want)|no need (?:for|to))\b[^.?!,]{0,20}\b(?:human|person|agent|someone)\b/i;
const HUMAN =
  /\b(?:humans?|real (?:person|people|human)|actual (?:person|human)|live (?:agent|person|chat|support)|(?:an?|the|your|support|customer service) (?:agent|rep)|representative|operator|somebody real|someone real|(?:talk|speak|chat) (?:to|with) (?:someone|somebody|a person|support|your team|the team|a manager)|(?:get|need|want) (?:me )?a person|transfer me|connect me|(?:can|could) (?:someone|somebody|a person|your team|one of you) (?:please )?(?:check|look|help|contact|email|call|get back|reach))\b/i;

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
  /\b(?:useless|ridiculous|pointless|waste of (?:my )?time|not helpful|unhelpful|not helping|doesn'?t help|stupid|terrible|awful|horrible|the worst|wtf|are you (?:even )?(?:listening|serious|kidding)|fed up|sick of|annoying|nonsense|rubbish|garbage|joke|(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time (?:i(?:'m| am| have|'ve)? )?(?:writ|ask|contact|call|email|messag)\w*|(?:nobody|no one|no-one) (?:answers|replies|responds|gets back|is answering|helps)|still no (?:answer|reply|response))\b/i;

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
  /^(?:hi+|hello|hey+|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|greetings|hola|bonjour|hallo|salut|ciao|ol[aá]|servus|moin)(?: there| all| team| everyone| \p{L}{2,12})?[\s,.!]*$/iu;
/**
 * Words a closing message is made of, in the languages visitors mix in: thanks, goodbyes,
 * acknowledgements and the politeness around them ("ok thanks bye", "gracias!", "Merci
 * beaucoup, bonne journée", "no that's it, thank you sir").
 */
const CLOSING_WORDS = new Set(
  `thanks thank thx thnx thnks tnx ty tysm you so much a lot very lots many again ok okay k kk great perfect cool
awesome nice got it alright all right fine good wonderful brilliant lovely super excellent appreciated
appreciate much cheers bye goodbye byebye cya see later take care have nice day good one evening weekend
that's thats that is all it no nope nothing else for now sir madam ma'am mate guys gracias muchas merci
beaucoup bonne journée soirée au revoir danke schön schoen vielen dank tschüss tschuss ciao grazie mille
obrigado obrigada adiós adios hasta luego arigato gomawo dziękuję spasibo`.split(/\s+/),
);
/** A word that only closes: one of them must be present, or "ok" and "no" would count. */
const CLOSING_CUE =
  /(?:^|[^\p{L}])(?:thanks?|thx|thnx|thnks|tnx|ty|tysm|cheers|appreciated?|bye|goodbye|byebye|cya|take care|that'?s (?:all|it)|gracias|merci|danke|tschü?ss|grazie|obrigad[oa]|adi[oó]s|au revoir|arigato|dziękuję|spasibo|have a (?:nice|good|great) (?:day|one|evening|weekend))(?:$|[^\p{L}])/iu;

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
  const words = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  return CLOSING_CUE.test(text) && words.length > 0 && words.every((word) => CLOSING_WORDS.has(word));
}

/** What a short yes or confirmation is made of: "yes that's right", "yep, correct", "sure please". */
const YES_WORDS = new Set(
  `y yes yeah yea yep yup ya sure ok okay k correct right exactly indeed absolutely definitely please
go ahead do it that that's thats is it's its all spot on perfect great fine good sounds would be nice
thanks thank you`.split(/\s+/),
);
/** One of these must be there: "that is" alone says nothing. */
const YES_CUE =
  /^(?:y(?:es|eah|ea|ep|up|a)?|sure|ok(?:ay)?|k|correct|right|exactly|indeed|absolutely|definitely|please|go|do|perfect|great)$/;

/**
 * True for a short yes or confirmation ("yes please", "sure", "yes that's right", "correct"),
 * used when the bot offered a human or read something back.
 *
 * @example
 * isYes("yes thats right") // true
 */
export function isYes(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 6 &&
    words.every((word) => YES_WORDS.has(word)) &&
    words.some((word) => YES_CUE.test(word))
  );
}

/**
 * True when the visitor declines to give a detail ("I'd rather not", "no thanks", "skip").
 *
 * @example
 * isDecline("I'd rather not say") // true
 */
export function isDecline(text: string): boolean {
  // "skip" declines only on its own: "can I skip one delivery?" is a question about skipping.
  return /\b(?:rather not|prefer not|no thanks|no thank you|not comfortable|none of your business|don'?t want to (?:give|share|say)|why do you need)\b|^\s*(?:no|nope|nah|skip(?: (?:it|that|this))?)[\s.!]*$/i.test(
    text,
  );
}

import type { Bot } from '@supportbridge/shared';
import type { Decision } from './dialogue-policy.js';

/** FNV-1a: a stable hash, so the same transcript always picks the same wording. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Picks one wording; `{first}` and `{email}` are filled in, `{, first}` only when a name is
 * known. A wording the bot's previous turn already used is skipped while another is left, so
 * two replies in a row never share a sentence.
 */
function phrase(variants: readonly string[], seed: string, d: Decision, avoid: string, before = ''): string {
  const fill = (text: string) =>
    text
      .replaceAll('{, first}', d.firstName ? `, ${d.firstName}` : '')
      .replace('{first}', d.firstName ?? 'there')
      .replace('{email}', d.email ?? '');
  const start = hash(seed + variants[0]) % variants.length;
  const filled = variants.map((_, i) => fill(variants[(start + i) % variants.length] ?? ''));
  const opener = (text: string) => /^\p{L}+/u.exec(text)?.[0];
  const fresh = filled.filter((text) => !text || !avoid.includes(text));
  return fresh.find((text) => !before || opener(text) !== opener(before)) ?? fresh[0] ?? filled[0] ?? '';
}

const WORDS = {
  welcome: ['Nice to meet you, {first}!', 'Thanks, {first}!', 'Lovely to meet you, {first}.'],
  readBack: [
    "Thanks — I'll make sure our team replies to {email}.",
    'Got it — our team will reply to {email}.',
    'Thank you! Our team will get back to you at {email}.',
  ],
  declined: ['No problem.', "That's fine.", 'No worries.'],
  thanked: ["You're welcome{, first}!", 'Happy to help{, first}!', 'Glad I could help{, first}!'],
  greetAgain: ['Hello again{, first}!', 'Hi{, first}!'],
  asked: [
    "Of course{, first} — I'm handing this over to our team now.",
    "Sure{, first}. I'm passing this to a person on our team.",
    "Absolutely{, first} — I'm getting a person from our team to take over.",
  ],
  frustrated: [
    "I'm sorry this has been frustrating{, first}. I'm passing this to a person on our team now.",
    "I'm really sorry{, first} — I'm handing this over to a person on our team.",
  ],
  stuck: [
    "I'm sorry{, first}, I don't have an answer for that either. I'm passing this to our team so a person can help.",
    "I don't know that one either, I'm afraid{, first} — I'm handing this over to a person on our team.",
  ],
  accepted: [
    "Great{, first} — I'm handing this over to our team now.",
    "Done{, first} — I'm passing this to a person on our team.",
  ],
  askEmailFirst: [
    // No "before I do": it also follows "our team already has your conversation".
    "What's the best email address for them to reach you?",
    "So they can get back to you, what's your email address?",
  ],
  alreadyHanded: [
    "I've added this for the person on our team who is taking over{, first}.",
    "Our team already has your conversation{, first} — I've added this for them.",
  ],
  theyReply: ["They'll reply to {email}.", "They'll get back to you at {email}."],
  tellMore: ["If you like, tell me briefly what it's about, so they can pick it up faster."],
  answerLead: ['', 'Good question! ', "Here's what I can tell you: ", 'Happy to help with that. '],
  unsurePlace: [
    "I'm not sure about {place} specifically — here's what I know: ",
    "I don't know about {place} in particular, but here's what I can tell you: ",
  ],
  unknown: [
    "I'm sorry, I don't know the answer to that, and I'd rather not guess.",
    "I don't have that information, I'm afraid — and I don't want to guess.",
    "That's not something I know, sorry, and I won't guess.",
  ],
  offerStatement: [
    'Someone on our team can help with it, though.',
    'A person on our team can help with that, though.',
  ],
  offerQuestion: [
    'Would you like me to hand this over to someone on our team?',
    'Shall I pass this to a person on our team?',
  ],
  sorry: ["I'm sorry to hear that.", "Oh no, I'm sorry about that."],
  sorryMissing: [
    "I'm sorry — waiting for a parcel that hasn't turned up is frustrating.",
    "I'm sorry it hasn't reached you yet.",
  ],
  sorryDamaged: ["I'm sorry it arrived in that state.", "Oh no — I'm sorry it reached you damaged."],
  sorryBroken: ["I'm sorry it isn't working as it should.", "That's annoying, I'm sorry it's not working."],
  sorryWrong: ["I'm sorry about the mix-up.", 'Sorry about that mix-up.'],
  sorryCharge: ["I'm sorry about the trouble with the payment.", 'Sorry about the billing mix-up.'],
  sorryQuality: ["I'm sorry it didn't live up to what you expected.", "Sorry it wasn't what you hoped for."],
  sameAnswer: [
    'My answer just above covers that too.',
    "That's in my answer just above — it's all the information I have on it.",
  ],
  goOn: ["Sure — what's going on?", 'Of course. What happened?', "Happy to help — what's going on?"],
  goOnQuestion: ["Sure, go ahead — what's your question?", 'Of course — what would you like to know?'],
  confirmed: ['Perfect{, first}.', 'Great — thanks{, first}.', 'Lovely.'],
  notedMore: ["I've added that to the note for our team.", "Thanks — I've added that for our team."],
  noted: [
    "I've noted it for our team.",
    "I've made a note of that for our team.",
    "I've passed that on to our team.",
  ],
  name: [
    "Could I get your name, so our team knows who they're helping?",
    'May I ask your name?',
    "What's your name, by the way?",
  ],
  email: [
    "What's the best email address for our team to reach you?",
    "And what's your email address, in case our team needs to follow up?",
    'Could you share your email, so our team can get back to you?',
  ],
  afterAnswer: [
    'Is there anything else I can help with?',
    'Does that answer your question?',
    'Does that help?',
  ],
  anythingElse: ['Is there anything else I can help with?', 'Anything else I can help with?'],
  teamWillFollow: ['Someone from our team will be in touch soon.', 'Our team will pick this up shortly.'],
  goodbye: ['Have a great day!', 'Take care!'],
  howCanIHelp: ['What can I help you with today?', 'How can I help?', 'What brings you here today?'],
  moreForTeam: ['Is there anything else our team should know?', 'Anything else I should pass on?'],
} as const;

/**
 * Kinds of trouble a visitor describes, most telling first, each with its own word of
 * sympathy: a parcel that never came is not met with the words for a broken grinder.
 */
const TROUBLE: readonly [RegExp, keyof typeof WORDS][] = [
  [/\b(?:charged|charge|billed|overcharged|refunded|payment|paid twice)\b/i, 'sorryCharge'],
  [
    /\b(?:not working|doesn'?t work|does not work|stopped working|won'?t (?:turn on|start|work)|faulty|defective|keeps? (?:jamming|stopping)|broke down)\b/i,
    'sorryBroken',
  ],
  [
    /\b(?:broken|damaged|smashed|cracked|crushed|torn|leak(?:ed|ing)?|dented|shattered|ripped)\b/i,
    'sorryDamaged',
  ],
  [/\b(?:wrong|instead of|not what I (?:ordered|paid for)|mixed up|missing from)\b/i, 'sorryWrong'],
  [
    /\b(?:missing|lost|late|delayed|stolen|never (?:arrived|came|got)|(?:not|n'?t|never|still no)\b[^.!?]{0,30}\b(?:arriv\w*|here|com(?:e|ing)|receiv\w*|turn(?:ed)? up|show(?:n|ed)? up|got it|deliver\w*)|still waiting|no sign of)\b/i,
    'sorryMissing',
  ],
  [
    /\b(?:stale|bitter|sour|mou?ldy|tastes? (?:bad|off|awful|burnt)|off taste|disappointed|disappointing)\b/i,
    'sorryQuality',
  ],
];

const troubleOf = (text: string) => TROUBLE.find(([pattern]) => pattern.test(text))?.[1];

/**
 * Turns a decision into the reply the visitor reads: acknowledgements first, then the answer
 * (or an honest "I don't know"), then at most one question at the end.
 *
 * @example
 * compose(decide(input, index), bot, input.messages.at(-1)?.text ?? '', 'My order is broken')
 */
export function compose(d: Decision, bot: Bot, seed: string, lastText: string, previousBot = ''): string {
  if (d.opening)
    return (
      bot.greeting?.trim() || `Hi! I'm ${bot.name ?? 'the support assistant'}. How can I help you today?`
    );
  const parts: string[] = [];
  const say = (key: keyof typeof WORDS) =>
    phrase(WORDS[key], `${seed}:${key}`, d, previousBot, parts.at(-1) ?? '');
  const trouble = troubleOf(lastText);
  const sorry = trouble ? `${say(trouble)} ` : '';
  // A second note in a row adds to the first, rather than making it again.
  const notedBefore = WORDS.noted.some((text) => previousBot.includes(text));
  let question = '';
  if (d.introduce) parts.push(d.greeted ? `Hi{, first}! I'm ${bot.name}.` : `Hi, I'm ${bot.name}.`);
  else if (d.greeted) parts.push(say('greetAgain'));
  if (d.welcomeName && !(d.introduce && d.greeted)) parts.push(say('welcome'));
  if (d.readBackEmail) parts.push(say('readBack'));
  else if (d.confirmed) parts.push(say('confirmed'));
  else if (d.declined && !d.welcomeName) parts.push(say('declined'));
  if (d.thanked && !d.escalation) parts.push(d.issueKnown ? say('thanked') : "You're welcome{, first}!");

  if (d.escalation) {
    // Handed over once already: announcing it again reads like a loop.
    parts.push(say(d.handedOver ? 'alreadyHanded' : d.escalation.kind));
    if (d.ask === 'email') question = say('askEmailFirst');
    else if (d.email && !d.readBackEmail) parts.push(say('theyReply'));
    if (!question && !d.issueKnown) question = say('tellMore');
  } else {
    // "Good question!" only answers a question; a problem gets a word of sympathy instead.
    const lead = d.unsurePlace
      ? say('unsurePlace').replace('{place}', d.unsurePlace)
      : d.question
        ? say('answerLead')
        : sorry;
    // An answer given just above is pointed to, not pasted again.
    const answers = d.answers.filter((answer) => !previousBot.includes(answer));
    if (answers.length > 0) parts.push(lead + answers.join(' '));
    else if (d.answers.length > 0) parts.push(say('sameAnswer'));
    if (d.noted) parts.push(sorry + say(notedBefore ? 'notedMore' : 'noted'));
    if (d.unknown) parts.push(say('unknown'));
    if (d.vague) question = say(/\b(?:questions?|ask|know)\b/i.test(lastText) ? 'goOnQuestion' : 'goOn');
    else if (d.ask) {
      if (d.unknown || d.unsurePlace) parts.push(say('offerStatement'));
      question = say(d.ask);
    } else if (d.handedOver && d.answers.length === 0)
      question = d.readBackEmail ? '' : say('teamWillFollow');
    else if (d.unknown || d.unsurePlace) question = say('offerQuestion');
    else if (d.answers.length > 0) question = say('afterAnswer');
    else if (d.noted) question = say('moreForTeam');
    else if (d.thanked) question = say('goodbye');
    else if (d.confirmed && /\banything else\b/i.test(previousBot))
      question = d.issueKnown ? say('teamWillFollow') : say('howCanIHelp');
    else if (!d.issueKnown) question = say('howCanIHelp');
    else question = say('anythingElse');
  }
  return [...parts, question]
    .filter(Boolean)
    .join(' ')
    .replaceAll('{, first}', d.firstName ? `, ${d.firstName}` : '');
}

/**
 * True when a bot turn ended by offering a person (as `compose` words it), so a following
 * "yes please" is read as accepting.
 *
 * @example
 * offersHuman('Shall I pass this to a person on our team?') // true
 */
export function offersHuman(botText: string): boolean {
  const last = /[^.!?]*\?\s*$/.exec(botText)?.[0] ?? '';
  return /\b(?:our team|a person|someone)\b/i.test(last) && !/\b(?:name|e-?mail)\b/i.test(last);
}

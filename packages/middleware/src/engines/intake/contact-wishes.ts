/** A contact detail the intake engine may ask for. @example const field: ContactField = 'email'; */
export type ContactField = 'name' | 'email';

const FIELDS_IN_SENTENCE: Record<ContactField, RegExp> = {
  name: /\b(?:(?:full |first |last )?names?)\b/i,
  email: /\be-?mail(?: address)?s?\b/i,
};
const ORDER: readonly ContactField[] = ['name', 'email'];
const CONTACT_WORDS = /\bcontact (?:details|info(?:rmation)?|data)\b/i;
const COLLECT = /\b(?:collect|ask|get|gather|request|obtain|capture|take|note|record|find out|require)\b/i;
const NEGATION = /\b(?:do not|don't|never|no need to|must not|shouldn't|should not|avoid)\b/i;

/**
 * What the backstory says about collecting contact details.
 *
 * @example
 * const wishes: ContactWishes = { ask: ['email'], refused: ['name'] };
 */
export interface ContactWishes {
  /** The details to collect, in asking order. */
  ask: ContactField[];
  /** The details the backstory says not to ask for; never asked, not even on handover. */
  refused: ContactField[];
}

/**
 * Which contact details the backstory wants collected. A backstory that says nothing about it
 * gets the default (name, then email); one that asks only for the email gets only the email;
 * "don't ask for their name" is honoured.
 *
 * @example
 * contactWishes('Politely collect the user’s email address.').ask // ['email']
 */
export function contactWishes(backstory: string | undefined): ContactWishes {
  const asked = new Set<ContactField>();
  const refused = new Set<ContactField>();
  for (const sentence of (backstory ?? '').split(/(?<=[.!?;\n])\s*/)) {
    // "Your name is Ava" has no collecting verb and is skipped; "ask for their name" is not.
    if (!COLLECT.test(sentence)) continue;
    const fields = ORDER.filter(
      (field) => FIELDS_IN_SENTENCE[field].test(sentence) || CONTACT_WORDS.test(sentence),
    );
    for (const field of fields) (NEGATION.test(sentence) ? refused : asked).add(field);
  }
  const ask = asked.size > 0 ? ORDER.filter((field) => asked.has(field)) : ORDER;
  return { ask: ask.filter((field) => !refused.has(field)), refused: [...refused] };
}

import type { SummaryFact } from '@supportbridge/shared';
import nlp from 'compromise';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { SummaryTurn } from './summarizer.js';

/** "order 48213", "order #A-1029", "invoice no. 7781", "Bestellung 55021", "commande 88" → the identifier. */
const ORDER =
  /\b(?:order|invoice|booking|reservation|confirmation|purchase|rma|ref(?:erence)?|bestellung|bestellnummer|rechnung|commande|facture|pedido|factura|ordine|fattura)(?:\s+(?:number|no\.?|nr\.?|num\.?|id|code))?\s*(?:is\s+)?[:#]?\s*#?\s*([A-Z]{0,4}-?\d[\dA-Z-]{2,})\b/gi;
/** "tracking number 1Z999…", "ticket #5521", "case 88": worth keeping, but not an order. */
const OTHER_ID =
  /\b(tracking|ticket|case|serial)(?:\s+(?:number|no\.?|nr\.?|id|code))?\s*(?:is\s+)?[:#]?\s*#?\s*((?=[A-Z-]*\d)[A-Z0-9][\dA-Z-]{3,})\b/gi;
/** A bare "#48213" is how visitors quote order numbers. */
const HASH_NUMBER = /(?:^|\s)#(\d{3,})\b/g;
/** Amounts compromise misses: "EUR 49.90", "49.90 CHF". */
const CODE_AMOUNT =
  /\b(?:(?:USD|EUR|GBP|CHF|CAD|AUD|JPY)\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|EUR|GBP|CHF|CAD|AUD|JPY))\b/g;
/** National phone numbers need a cue; anything with a + is found by libphonenumber. */
const CUED_PHONE = /\b(?:phone|call|mobile|cell|tel|whatsapp|reach me)\D{0,20}?(\+?\(?\d[\d\s().-]{6,}\d)/gi;
/** A date names a day: a digit, a weekday, a month or a relative day, not a bare "hours" or "days". */
const DAY_WORD =
  /\d|\b(?:today|tomorrow|yesterday|(?:last|next|this)\s+\w+|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|christmas|easter)\b/i;
const MODEL_CODE = /^(?:[A-Za-z]*\d[\w-]*|[A-Z]{2,}[\w-]*)$/;
const NOT_PRODUCT = new Set([
  'i',
  "i'm",
  'im',
  'hi',
  'hello',
  'hey',
  'thanks',
  'please',
  'ok',
  'okay',
  'yes',
  'no',
]);

/** Trims quotes and trailing punctuation, keeping a closing parenthesis that has its opening one. */
const clean = (value: string) =>
  value
    .trim()
    .replace(/^[\s"'“(]+|[\s"'”,.;:!?]+$/g, '')
    .replace(/\)+$/, (close, offset, whole: string) => (whole.slice(0, offset).includes('(') ? close : ''));

function relativeDate(value: string, createdAt: number): string {
  const offset = { today: 0, yesterday: -1, tomorrow: 1 }[value.toLowerCase()];
  if (offset === undefined || !createdAt) return value;
  // The agent reads this days later: "yesterday" alone would be wrong by then.
  return `${value} (${new Date(createdAt + offset * 86_400_000).toISOString().slice(0, 10)})`;
}

/** Parsing dominates the cost of a summary, so the caller's parse of the message is reused. */
function products(text: string, doc: ReturnType<typeof nlp>, exclude: readonly string[]): string[] {
  const found: string[] = [];
  for (const run of doc
    .match('#ProperNoun+')
    .not('(#Person|#Place|#Date|#Month|#WeekDay)')
    .out('array') as string[]) {
    const name = clean(run);
    if (
      !name ||
      NOT_PRODUCT.has(name.toLowerCase()) ||
      exclude.some((x) => x.toLowerCase() === name.toLowerCase())
    )
      continue;
    // Carry on into model codes and capitalised words: "Acme" → "Acme X200", "Dyson" → "Dyson V15".
    const rest =
      text.slice(text.indexOf(name) + name.length).match(/^(?:\s+(?:[A-Z][\w-]*|[\w-]*\d[\w-]*))*/)?.[0] ??
      '';
    found.push(clean(name + rest));
  }
  // CamelCase names with a number, which compromise does not tag: "iPhone 15", "AirPods 3".
  for (const m of text.matchAll(/\b[a-z]+[A-Z][A-Za-z]*(?:\s+(?:[A-Z][\w-]*|\d{1,4}\w*))*/g))
    found.push(clean(m[0]));
  return found.filter(
    (name) =>
      name.length > 1 && (name.includes(' ') || MODEL_CODE.test(name) || /[a-z][A-Z]|^[A-Z][a-z]/.test(name)),
  );
}

/**
 * Key facts in the visitor's messages, for the agent: order numbers, amounts with their
 * currency, dates (relative ones pinned to the day they were said), product names and phone
 * numbers, deduplicated, in the order first mentioned. The bot's turns are left out: what the
 * bot said is not evidence about the visitor.
 *
 * @example
 * extractFacts([{ type: 'user', text: 'Order #48213 cost €49.90', createdAt: 0 }], [])
 * // [{ kind: 'order', value: '48213' }, { kind: 'amount', value: '€49.90' }]
 */
export function extractFacts(
  messages: readonly SummaryTurn[],
  exclude: readonly string[] = [],
  phone?: string,
): SummaryFact[] {
  const facts: SummaryFact[] = [];
  const seen = new Set<string>();
  const add = (kind: SummaryFact['kind'], raw: string) => {
    const value = clean(raw);
    const key = `${kind}:${value.toLowerCase().replace(/[\s#.,-]/g, '')}`;
    if (value && !seen.has(key)) {
      seen.add(key);
      facts.push({ kind, value });
    }
  };
  for (const turn of messages) {
    if (turn.type !== 'user') continue;
    const text = turn.text;
    for (const m of text.matchAll(ORDER)) add('order', m[1] ?? '');
    for (const m of text.matchAll(HASH_NUMBER)) add('order', m[1] ?? '');
    for (const m of text.matchAll(OTHER_ID)) add('other', `${(m[1] ?? '').toLowerCase()} ${m[2] ?? ''}`);
    const doc = nlp(text);
    for (const money of doc.money().out('array') as string[])
      if (/[^\d\s.,]/.test(money)) add('amount', money);
    for (const m of text.matchAll(CODE_AMOUNT)) add('amount', m[0]);
    for (const date of doc.match('(last|next|this)? #Date+').out('array') as string[]) {
      const value = clean(date);
      // "2 weeks ago" and "10 days" say how long, which the request already reads; "2024-118" is an id.
      if (
        /^(?:now|today's)$/i.test(value) ||
        !DAY_WORD.test(value) ||
        /\bago$|^\d+\s/i.test(value) ||
        (/^[\d-]+$/.test(value) && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      )
        continue;
      add('date', relativeDate(value, turn.createdAt));
    }
    // A message that is nothing but capitalised words answers "what's your name?".
    const bareAnswer = /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,3}[\s.!]*$/u.test(text.trim());
    if (!bareAnswer) for (const name of products(text, doc, exclude)) add('product', name);
    for (const found of findPhoneNumbersInText(text)) add('phone', found.number.number);
    for (const m of text.matchAll(CUED_PHONE))
      if ((m[1] ?? '').replace(/\D/g, '').length >= 9) add('phone', m[1] ?? '');
  }
  if (phone) add('phone', phone);
  const order: SummaryFact['kind'][] = ['order', 'amount', 'date', 'product', 'phone', 'other'];
  return facts.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

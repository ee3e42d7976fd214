import { SupportError } from '../errors.js';

/**
 * Bounds on the shape of a request's JSON, far above what any real client sends (the
 * deepest real body is a bot's `knowledge` list: depth 3). They keep a hostile body from
 * exhausting the stack of a validator or serializer further down.
 */
export const INPUT_SHAPE = {
  /** Nesting of objects and arrays. */
  maxDepth: 12,
  /** Object keys and array items, counted over the whole value. */
  maxNodes: 5_000,
} as const;

/**
 * Checks, before any schema runs, that a decoded request part is text a database can store
 * and a mail client can show: every string and key well-formed Unicode (no unpaired
 * surrogate half) with no NUL character, and the value within `INPUT_SHAPE`. PostgreSQL
 * refuses both kinds of text outright, so without this check they surfaced as 500s deep
 * in a write. Throws a 400 that names the field; the field's text is never echoed.
 *
 * @param where `body`, `query` or `path`, for the message.
 * @example
 * checkWellFormed({ text: 'hi\u0000' }, 'body'); // throws BAD_REQUEST "Invalid body: text: …"
 */
export function checkWellFormed(value: unknown, where: string): void {
  let nodes = 0;
  const walk = (node: unknown, path: string[], depth: number): void => {
    if (typeof node === 'string') {
      if (!isStorableText(node)) fail(where, path, NOT_TEXT);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth >= INPUT_SHAPE.maxDepth) fail(where, path, `nested deeper than ${INPUT_SHAPE.maxDepth} levels`);
    const entries = Array.isArray(node) ? node.entries() : Object.entries(node);
    for (const [key, child] of entries) {
      if (++nodes > INPUT_SHAPE.maxNodes) fail(where, [], `more than ${INPUT_SHAPE.maxNodes} values`);
      const name = String(key);
      if (!isStorableText(name)) fail(where, path, `has a key that is ${NOT_TEXT}`);
      walk(child, [...path, name], depth + 1);
    }
  };
  walk(value, [], 0);
}

const NOT_TEXT = 'not well-formed text (it holds a NUL character or a broken Unicode surrogate)';

/**
 * Whether a string can be stored and shown as it is: well-formed UTF-16 and no NUL.
 *
 * @example
 * isStorableText('Zoë 👋') // true
 * isStorableText('a\uD800b') // false
 */
export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !value.includes('\u0000');
}

function fail(where: string, path: string[], problem: string): never {
  const field = path.join('.');
  const message = field ? `${field}: ${problem}` : problem;
  throw new SupportError('BAD_REQUEST', `Invalid ${where}: ${message}`, [{ path: field, message: problem }]);
}

import { z } from 'zod';
import { editDistance } from './edit-distance.js';
import { fromZodError } from './errors.js';

/**
 * Validates a factory's plain options against its `z.strictObject` once, at creation.
 * A failure throws a `TypeError` naming the factory, the field and what is wrong; an
 * unknown key, however deep, names the closest known one ("did you mean …?").
 *
 * @example
 * const config = parseOptions(OptionsSchema, options, 'supportWidget()');
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, where: string): z.output<S> {
  if (looksLikeRequest(options)) {
    const name = where.replace(/\(\)$/, '');
    throw new TypeError(
      `It appears you passed ${name} itself to Express, as in app.use(path, ${name}); call it instead: app.use(path, ${name}()).`,
    );
  }
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const error = fromZodError(parsed.error, `${where} options`);
  throw new TypeError(`${error.message}${didYouMean(schema, parsed.error)}`);
}

/** For an unknown key, names the closest known one: `"apikeys"` → did you mean "apiKeys"? */
function didYouMean(schema: z.ZodType, error: z.ZodError): string {
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path);
    for (const key of issue.keys) {
      const close = known.find((name) => resembles(name.toLowerCase(), key.toLowerCase()));
      const where = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
      if (close) return ` — did you mean "${where}${close}" instead of "${where}${key}"?`;
    }
  }
  return '';
}

/** A typo ("apikeys", "pollIntervalMS") or a shortening ("maxAge" for "maxAgeSeconds"). */
function resembles(known: string, key: string): boolean {
  return editDistance(known, key) <= 2 || (key.length >= 4 && known.startsWith(key));
}

/** The keys an object schema knows at `path`, looking through optional, default and union wrappers. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const objects = objectsIn(schema);
  if (path.length === 0) return objects.flatMap((object) => Object.keys(object.shape));
  const [head, ...rest] = path;
  return objects.flatMap((object) => {
    const child = object.shape[String(head)];
    return child ? keysAt(child as z.ZodType, rest) : [];
  });
}

function objectsIn(schema: z.ZodType): z.ZodObject[] {
  if (schema instanceof z.ZodObject) return [schema];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable)
    return objectsIn(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(objectsIn);
  if (schema instanceof z.ZodPipe) return objectsIn(schema.in as z.ZodType);
  return [];
}

/** Express called the factory as a handler: its "options" are a request. */
function looksLikeRequest(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'method' in value &&
    'headers' in value &&
    'socket' in value
  );
}

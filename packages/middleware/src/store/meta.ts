/**
 * `meta` as stored on create: keys set to `null` are left out, as an update would remove them.
 *
 * @example
 * metaJson({ team: 'eu', old: null }) // '{"team":"eu"}'
 */
export function metaJson(meta: Record<string, unknown> | null | undefined): string | null {
  if (!meta) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null)));
}

/**
 * The `SET` fragment that merges `meta` key by key in one statement — atomic, so two
 * concurrent updates of different keys both survive — and removes the keys set to `null`.
 * Pushes its two parameters onto `params`.
 *
 * @example
 * sets.push(mergeMetaSql({ team: null, tier: 2 }, params));
 */
export function mergeMetaSql(meta: Record<string, unknown>, params: unknown[]): string {
  const removed = Object.keys(meta).filter((key) => meta[key] === null);
  params.push(metaJson(meta), removed);
  const kept = `$${params.length - 1}::jsonb`;
  const gone = `$${params.length}::text[]`;
  return `meta = NULLIF((COALESCE(meta, '{}'::jsonb) || ${kept}) - ${gone}, '{}'::jsonb)`;
}

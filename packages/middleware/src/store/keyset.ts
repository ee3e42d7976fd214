import { SupportError } from '../errors.js';

/** The sort key of a row in every list: creation time, then id to break ties. */
export interface KeysetPosition {
  createdAt: number;
  id: string;
}

/**
 * Encodes a row's sort key as the opaque cursor clients send back for the next page.
 *
 * @example
 * encodeCursor({ createdAt: 1764230400000, id: 'sup_x' }) // "WzE3NjQyMzA0MDAwMDAsInN1cF94Il0"
 */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

/**
 * Decodes a cursor, or answers 400 when it was not made by `encodeCursor`.
 *
 * @example
 * decodeCursor(page.cursor) // { createdAt: 1764230400000, id: 'sup_x' }
 */
export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // falls through to the 400 below
  }
  throw new SupportError(
    'BAD_REQUEST',
    'The cursor is not valid; pass the cursor of a previous page unchanged',
  );
}

/**
 * SQL for one keyset page: the `WHERE` condition that starts after the cursor and the
 * `ORDER BY`, both on `(created_at, id)` so the index serves the page directly — a page
 * deep in a million rows costs what page one costs.
 *
 * @example
 * const { where, orderBy } = keysetClause('desc', position, params);
 */
export function keysetClause(
  order: 'asc' | 'desc',
  cursor: string | undefined,
  params: unknown[],
  table = '',
): { where: string; orderBy: string } {
  const t = table ? `${table}.` : '';
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const orderBy = `ORDER BY ${t}created_at ${dir}, ${t}id ${dir}`;
  if (!cursor) return { where: 'TRUE', orderBy };
  const position = decodeCursor(cursor);
  params.push(position.createdAt, position.id);
  const op = order === 'asc' ? '>' : '<';
  return { where: `(${t}created_at, ${t}id) ${op} ($${params.length - 1}, $${params.length})`, orderBy };
}

/**
 * Cuts the extra row a page query fetched (`LIMIT take + 1`) and says whether more follow.
 *
 * @example
 * const { items, cursor } = pageOf(rows, take, toItem);
 */
export function pageOf<R extends { created_at: unknown; id: string }, T>(
  rows: R[],
  take: number,
  map: (row: R) => T,
): { items: T[]; cursor?: string } {
  const more = rows.length > take;
  const kept = more ? rows.slice(0, take) : rows;
  const last = kept[kept.length - 1];
  const items = kept.map(map);
  return more && last
    ? { items, cursor: encodeCursor({ createdAt: Number(last.created_at), id: last.id }) }
    : { items };
}

import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { SupportError } from '../errors.js';

/** Who is calling: an account with an API key, or a visitor with a session for one conversation. */
export type Principal =
  | { kind: 'account'; accountId: string }
  | { kind: 'session'; accountId: string; conversationId: string };

/** Resolves an API key to its account, or `undefined`. May be async (a database, a vault). */
export type Authenticate = (req: Request) => string | undefined | Promise<string | undefined>;

/**
 * The bearer token of a request, or `undefined`.
 *
 * @example
 * bearerToken(req) // "sk_live_…" from "Authorization: Bearer sk_live_…"
 */
export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** A hex SHA-256, used to keep keys and session tokens out of memory dumps and the store. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Builds an `Authenticate` over a fixed `apiKey → accountId` map. Every known key is compared
 * (in constant time, on hashes of equal length), so the time taken says nothing about
 * which key, or how much of one, matched.
 *
 * @example
 * const authenticate = apiKeyAuthenticator({ sk_test_123: 'acct_1' });
 */
export function apiKeyAuthenticator(apiKeys: Readonly<Record<string, string>>): Authenticate {
  const entries = Object.entries(apiKeys).map(([key, accountId]) => ({
    hash: Buffer.from(sha256(key), 'hex'),
    accountId,
  }));
  return (req) => {
    const token = bearerToken(req);
    if (!token) return undefined;
    const candidate = Buffer.from(sha256(token), 'hex');
    let found: string | undefined;
    for (const entry of entries) if (timingSafeEqual(entry.hash, candidate)) found = entry.accountId;
    return found;
  };
}

/**
 * The account calling with an API key, or a 401.
 *
 * @example
 * const accountId = await requireAccount(req, authenticate);
 */
export async function requireAccount(req: Request, authenticate: Authenticate): Promise<string> {
  const accountId = await authenticate(req);
  if (!accountId) {
    throw new SupportError(
      'UNAUTHORIZED',
      bearerToken(req) ? 'The API key is not valid' : 'Send an API key as "Authorization: Bearer <key>"',
    );
  }
  return accountId;
}

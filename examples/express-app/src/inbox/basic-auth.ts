import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/** The user name of the inbox's Basic auth; only the password is secret. */
export const INBOX_USER = 'inbox';

/** The realm browsers show in their password prompt. */
export const INBOX_REALM = 'SupportBridge inbox';

/**
 * HTTP Basic auth for the local inbox: every request under the path it guards needs the
 * user `inbox` and `password`, or it gets 401 with `WWW-Authenticate`, so a browser asks.
 *
 * @example
 * app.use('/inbox', inboxAuth(config.inboxPassword), inbox.router);
 */
export function inboxAuth(password: string): RequestHandler {
  const expected = digest(`${INBOX_USER}:${password}`);
  return (req, res, next) => {
    if (matches(req.headers.authorization, expected)) return next();
    res
      .status(401)
      .set('WWW-Authenticate', `Basic realm="${INBOX_REALM}", charset="UTF-8"`)
      .type('text')
      .send('The support inbox needs a password: the demo prints it at start (user "inbox").');
  };
}

/**
 * Compares in constant time: both sides are hashed to 32 bytes first, so neither the
 * password's characters nor its length show in how long a wrong guess takes.
 */
function matches(header: string | undefined, expected: Buffer): boolean {
  const [scheme, encoded] = header?.trim().split(/\s+/) ?? [];
  if (scheme?.toLowerCase() !== 'basic' || !encoded) return false;
  return timingSafeEqual(digest(Buffer.from(encoded, 'base64').toString('utf8')), expected);
}

function digest(credentials: string): Buffer {
  return createHash('sha256').update(credentials).digest();
}

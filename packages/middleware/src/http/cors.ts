import type { RequestHandler } from 'express';

/**
 * CORS for a widget served from one origin and embedded on another. Credentials are bearer
 * tokens, never cookies, so echoing the caller's origin exposes nothing; which origins may
 * open chats is checked per bot at session creation.
 *
 * @example
 * router.use(cors());
 */
export function cors(): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

import type { RequestHandler } from 'express';

/**
 * Headers every API answer carries: it is JSON for programs, never a page. `no-store`
 * because answers carry session tokens, visitors' addresses and transcripts, which no
 * shared cache or back/forward cache should keep; `nosniff` and a CSP of `default-src
 * 'none'` so a browser never renders or runs an answer even if it is opened directly.
 *
 * @example
 * router.use(securityHeaders);
 */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Referrer-Policy': 'no-referrer',
  });
  next();
};

import { randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

/**
 * The Content-Security-Policy of the shop page, for a per-request `nonce`. The widget is a
 * script from this origin that imports its panel chunk from beside itself ('self') and
 * talks to `/api/v1` on this origin (connect-src 'self'); it puts all its CSS in one
 * `<style>` in its shadow root and copies the nonce of its script tag onto it, so inline
 * styles need no 'unsafe-inline'. The favicon is a data: URL.
 */
function shopPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The security headers of the demo's own pages (the shop and its assets; the inbox sets a
 * stricter policy of its own, and `supportWidget()` under `/support` sets the widget's own
 * `Cross-Origin-Resource-Policy: cross-origin`). A small function rather than `helmet`,
 * because helmet's defaults include `Cross-Origin-Resource-Policy: same-origin`, which would
 * stop other sites from loading the widget if a route forgot to override it. The API under
 * `/api/v1` keeps the middleware's own headers. Each request gets a fresh CSP nonce in `res.locals.cspNonce`.
 *
 * @example
 * app.use(securityHeaders());
 * app.get('/', (_req, res) => res.send(page.replaceAll('__CSP_NONCE__', cspNonce(res))));
 */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.cspNonce = nonce;
    res.set({
      'Content-Security-Policy': shopPolicy(nonce),
      'X-Content-Type-Options': 'nosniff',
      // The browsers' default, made explicit: other sites see the origin, never the path.
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      // For browsers without CSP frame-ancestors: the shop is never framed (clickjacking).
      'X-Frame-Options': 'DENY',
    });
    next();
  };
}

/**
 * The nonce `securityHeaders()` chose for this response.
 *
 * @example
 * html.replaceAll('__CSP_NONCE__', cspNonce(res));
 */
export function cspNonce(res: Response): string {
  return String(res.locals.cspNonce);
}

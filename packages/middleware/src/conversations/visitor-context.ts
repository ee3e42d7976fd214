import type { VisitorContext } from '@supportbridge/shared';

/** Origin and path of an http(s) address; anything else (or nothing parseable) is dropped. */
function origin(value: string | undefined, withPath: boolean): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return withPath ? url.origin + url.pathname : url.origin;
}

/** An IANA zone the runtime knows, as `Intl` spells it; anything else is dropped. */
function timeZone(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

// Brand before engine: Edge and Opera also say "Chrome", every iOS browser says "Safari".
const BROWSER = /(Edg|OPR|SamsungBrowser|Firefox|FxiOS|CriOS|Chrome|Version)\/(\d+)/;
const BRAND: Record<string, string> = {
  Edg: 'Edge',
  OPR: 'Opera',
  SamsungBrowser: 'Samsung Internet',
  FxiOS: 'Firefox',
  CriOS: 'Chrome',
  Version: 'Safari',
};
const SYSTEM = /Windows|Android|iPhone|iPad|Mac OS X|CrOS|Linux/;
const SYSTEM_NAME: Record<string, string> = { 'Mac OS X': 'macOS', CrOS: 'ChromeOS' };

/**
 * A short browser/OS label from a `User-Agent` header, for the team ("Firefox 140 · Windows");
 * `undefined` when it names neither.
 *
 * @example
 * browserLabel('Mozilla/5.0 (Linux; Android 14) … Chrome/140.0.0.0 Mobile Safari/537.36') // 'Chrome 140 · Android'
 */
export function browserLabel(userAgent: string | undefined): string | undefined {
  if (!userAgent) return undefined;
  const [, brand = '', version = ''] = BROWSER.exec(userAgent) ?? [];
  const system = SYSTEM.exec(userAgent)?.[0];
  const parts = [brand && `${BRAND[brand] ?? brand} ${version}`, system && (SYSTEM_NAME[system] ?? system)];
  return parts.filter(Boolean).join(' · ') || undefined;
}

/**
 * What is kept of the visitor context a widget reports: the page as origin + path (a query
 * string or fragment can carry tokens, order ids or an email, so they never reach the store),
 * the referrer as an origin, a time zone `Intl` knows, and the browser label (as reported,
 * else read from the request's `User-Agent`). The
 * widget already sends no more than that; this holds for any client. `undefined` when nothing
 * is left.
 *
 * @example
 * keptVisitorContext({ page: 'https://shop.example/cart?token=x#top', timeZone: 'Europe/Berlin' })
 * // { page: 'https://shop.example/cart', timeZone: 'Europe/Berlin' }
 */
export function keptVisitorContext(
  reported: VisitorContext | undefined,
  userAgent?: string,
): VisitorContext | undefined {
  if (!reported) return undefined;
  const kept: VisitorContext = {};
  const page = origin(reported.page, true);
  const referrer = origin(reported.referrer, false);
  const zone = timeZone(reported.timeZone);
  const browser = reported.browser?.replace(/\s+/g, ' ').trim() || browserLabel(userAgent)?.slice(0, 80);
  if (page) kept.page = page;
  if (referrer) kept.referrer = referrer;
  if (zone) kept.timeZone = zone;
  if (browser) kept.browser = browser;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

import type { VisitorContext } from '@supportbridge/shared';

/**
 * What the team sees about where the visitor chats from: the page without its query string
 * and fragment (they can hold tokens or an address), the referring site's origin only, and
 * the time zone. The browser label the server reads from the request itself.
 *
 * @example
 * visitorContext() // { page: 'https://shop.example/cart', timeZone: 'Europe/Berlin' }
 */
export function visitorContext(): VisitorContext {
  let referrer: string | undefined;
  try {
    referrer = new URL(document.referrer).origin;
  } catch {}
  return {
    page: location.origin + location.pathname,
    referrer,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

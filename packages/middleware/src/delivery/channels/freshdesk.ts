import type { SupportChannel } from '@supportbridge/shared';
import { isEmail } from '@supportbridge/shared';
import type { TicketApi } from './hand-over.js';
import { basicAuth, callHelpdesk } from './helpdesk-request.js';

type FreshdeskChannel = Extract<SupportChannel, { type: 'freshdesk' }>;
const service = 'Freshdesk';
/** Freshdesk's numbers for an open, low-priority ticket that came from a chat. */
const OPEN = 2;
const LOW = 1;
const CHAT = 7;

/**
 * Freshdesk's v2 API (`/api/v2/tickets`, basic auth `apiKey:X`). The ticket's requester is
 * the visitor (email and name; without an email, a contact keyed by the conversation id),
 * its description the hand-over, and it is tagged with the thread key, by which a retry
 * finds a ticket an earlier try created (Freshdesk has no idempotency key). Follow-ups are
 * private notes (`POST /api/v2/tickets/{id}/notes`).
 *
 * @example
 * await deliverTicket(freshdeskTickets({ type: 'freshdesk', url: 'https://acme.freshdesk.com', apiKey }), handOver);
 */
export function freshdeskTickets(channel: FreshdeskChannel): TicketApi {
  const base = channel.url.replace(/\/+$/, '');
  const auth = basicAuth(channel.apiKey, 'X');
  const tagged = (ticket: { id: number; tags?: string[] }, tag: string) => ticket.tags?.includes(tag);
  return {
    async find(h) {
      // Listing the requester's tickets reads the database; the search API lags behind
      // new tickets, so it is only the fallback for a visitor without an email.
      const email = h.contact.email;
      const url = isEmail(email)
        ? `${base}/api/v2/tickets?email=${encodeURIComponent(email)}&order_by=created_at&per_page=100`
        : `${base}/api/v2/search/tickets?query=${encodeURIComponent(`"tag:'${h.threadKey}'"`)}`;
      const { body } = await callHelpdesk({ service, method: 'GET', url, auth, signal: h.signal });
      const list = (Array.isArray(body) ? body : ((body as { results?: unknown[] })?.results ?? [])) as {
        id: number;
        tags?: string[];
      }[];
      const found = list.find((t) => tagged(t, h.threadKey) || !isEmail(email));
      return found ? String(found.id) : null;
    },
    async create(h) {
      const { name, email, phone } = h.contact;
      const requester = isEmail(email)
        ? { email, ...(name && { name }) }
        : phone
          ? { phone, name: name || 'Chat visitor' }
          : { unique_external_id: `supportbridge-${h.conversation.id}`, name: name || 'Chat visitor' };
      const { body } = await callHelpdesk({
        service,
        method: 'POST',
        url: `${base}/api/v2/tickets`,
        auth,
        json: {
          ...requester,
          subject: h.subject,
          description: h.html,
          status: OPEN,
          priority: LOW,
          source: CHAT,
          tags: [...(channel.tags ?? []), 'supportbridge', h.threadKey],
        },
        signal: h.signal,
      });
      return String((body as { id: number }).id);
    },
    async hasNote(ticketId, h) {
      const url = `${base}/api/v2/tickets/${encodeURIComponent(ticketId)}/conversations`;
      const { body } = await callHelpdesk({ service, method: 'GET', url, auth, signal: h.signal });
      return ((body ?? []) as { body?: string }[]).some((c) => (c.body ?? '').includes(h.key));
    },
    async addNote(ticketId, h) {
      await callHelpdesk({
        service,
        method: 'POST',
        url: `${base}/api/v2/tickets/${encodeURIComponent(ticketId)}/notes`,
        auth,
        json: { body: h.html, private: true },
        signal: h.signal,
      });
    },
  };
}

import type { SupportChannel } from '@supportbridge/shared';
import { isEmail } from '@supportbridge/shared';
import type { TicketApi } from './hand-over.js';
import { basicAuth, callHelpdesk } from './helpdesk-request.js';

type ZendeskChannel = Extract<SupportChannel, { type: 'zendesk' }>;
const service = 'Zendesk';

/**
 * Zendesk's Tickets API (`/api/v2/tickets.json`), with API-token (`email/token`) or OAuth
 * bearer auth. The ticket's requester is the visitor (when an email is known), its first
 * comment the hand-over as a private note, `external_id` the conversation id, and the
 * create carries an `Idempotency-Key`, so a retry within Zendesk's window returns the
 * same ticket; after it, the `external_id` lookup finds it. Follow-ups are comments
 * (`PUT /api/v2/tickets/{id}.json`).
 *
 * @example
 * await deliverTicket(zendeskTickets({ type: 'zendesk', url: 'https://acme.zendesk.com', oauthToken }), handOver);
 */
export function zendeskTickets(channel: ZendeskChannel): TicketApi {
  const base = channel.url.replace(/\/+$/, '');
  const auth = channel.oauthToken
    ? `Bearer ${channel.oauthToken}`
    : basicAuth(`${channel.email}/token`, channel.apiToken ?? '');
  return {
    async find(h) {
      const url = `${base}/api/v2/tickets.json?external_id=${encodeURIComponent(h.conversation.id)}`;
      const { body } = await callHelpdesk({ service, method: 'GET', url, auth, signal: h.signal });
      const id = (body as { tickets?: { id: number }[] } | undefined)?.tickets?.[0]?.id;
      return id === undefined ? null : String(id);
    },
    async create(h) {
      const { name, email } = h.contact;
      const ticket = {
        subject: h.subject,
        comment: { html_body: h.html, public: false },
        ...(isEmail(email) && { requester: { name: name || email, email } }),
        external_id: h.conversation.id,
        tags: [...(channel.tags ?? []), 'supportbridge'],
      };
      const { body } = await callHelpdesk({
        service,
        method: 'POST',
        url: `${base}/api/v2/tickets.json`,
        auth,
        headers: { 'Idempotency-Key': h.key },
        json: { ticket },
        signal: h.signal,
      });
      return String((body as { ticket: { id: number } }).ticket.id);
    },
    async hasNote(ticketId, h) {
      const url = `${base}/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json`;
      const { body } = await callHelpdesk({ service, method: 'GET', url, auth, signal: h.signal });
      const comments = (body as { comments?: { html_body?: string; body?: string }[] } | undefined)?.comments;
      return (comments ?? []).some((c) => `${c.html_body ?? ''}${c.body ?? ''}`.includes(h.key));
    },
    async addNote(ticketId, h) {
      await callHelpdesk({
        service,
        method: 'PUT',
        url: `${base}/api/v2/tickets/${encodeURIComponent(ticketId)}.json`,
        auth,
        json: { ticket: { comment: { html_body: h.html, public: false } } },
        signal: h.signal,
      });
    },
  };
}

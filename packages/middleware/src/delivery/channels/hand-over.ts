import type { Contact, ConversationSummary } from '@supportbridge/shared';

/**
 * One forward of a conversation, ready for a channel: the composed hand-over plus what
 * makes a retry safe. Every string may come from the visitor; `html` and `text` are the
 * escalation email's parts (already escaped).
 *
 * @example
 * const remoteId = await deliverTicket(zendeskTickets(channel), handOver);
 */
export interface HandOver {
  /** Unique per forward and the same on every retry: idempotency key and event id. */
  key: string;
  /** The same for every forward of this conversation to this integration: the ticket's tag. */
  threadKey: string;
  forward: number;
  /** An earlier try of this forward may have reached the helpdesk: look before creating. */
  retried: boolean;
  /** The helpdesk's id of the ticket an earlier forward made, when the same channel made it. */
  firstRemoteId: string | null;
  integrationId: string;
  conversation: { id: string; createdAt: number; endReason?: string };
  ticket: string;
  contact: Contact;
  summary: ConversationSummary;
  messages: { type: 'user' | 'bot'; text: string; createdAt: number }[];
  subject: string;
  /** The email's HTML part with the forward's key in its footer (found again by `hasNote`). */
  html: string;
  text: string;
  signal: AbortSignal;
  /** The delivery doctor's marked test hand-over, not a conversation. */
  test?: true;
}

/**
 * What a ticketing helpdesk offers for a hand-over: find the ticket earlier tries or
 * forwards made, create one, and add (or spot) a follow-up on it.
 *
 * @example
 * const api: TicketApi = { find, create, hasNote, addNote };
 */
export interface TicketApi {
  /** The ticket of this conversation and integration (by `threadKey` / external id), if any. */
  find(h: HandOver): Promise<string | null>;
  /** Creates the ticket with the hand-over as its first message; returns its id. */
  create(h: HandOver): Promise<string>;
  /** Whether the ticket already holds this forward (its `key`): an earlier try added it. */
  hasNote(ticketId: string, h: HandOver): Promise<boolean>;
  addNote(ticketId: string, h: HandOver): Promise<void>;
}

/**
 * Delivers a hand-over to a ticketing helpdesk exactly once. A first forward creates the
 * ticket; a retry first looks for the ticket an earlier try may have created (the helpdesk
 * took it, then we crashed or lost the answer) and stops there if it exists. A follow-up
 * adds a note to the ticket of the first forward (found by id, else by lookup) and, on a
 * retry, first checks that the note is not there yet; without any ticket it creates one.
 *
 * @returns the helpdesk's ticket id
 * @example
 * const id = await deliverTicket(api, handOver); // "4711"
 */
export async function deliverTicket(api: TicketApi, h: HandOver): Promise<string> {
  let ticket = h.firstRemoteId;
  if (!ticket && (h.retried || h.forward > 1)) ticket = await api.find(h);
  if (!ticket) return api.create(h);
  if (h.forward === 1) return ticket;
  if (h.retried && (await api.hasNote(ticket, h))) return ticket;
  await api.addNote(ticket, h);
  return ticket;
}

/**
 * The visitor's name split for helpdesks that want first and last name.
 *
 * @example
 * splitName('Maria de la Cruz') // { firstName: 'Maria', lastName: 'de la Cruz' }
 */
export function splitName(name: string | undefined): { firstName?: string; lastName?: string } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  return { firstName: parts[0], ...(parts.length > 1 && { lastName: parts.slice(1).join(' ') }) };
}

import type { SupportChannel } from '@supportbridge/shared';
import { isEmail } from '@supportbridge/shared';
import { type HandOver, splitName, type TicketApi } from './hand-over.js';
import { callHelpdesk, HelpdeskError } from './helpdesk-request.js';

type HelpScoutChannel = Extract<SupportChannel, { type: 'helpscout' }>;
const service = 'Help Scout';
const DEFAULT_API = 'https://api.helpscout.net';
/** A token is renewed this long before Help Scout says it expires (two days by default). */
const EARLY_MS = 60_000;

/**
 * Access tokens of Help Scout apps, per app, shared by the worker's sends so a token is
 * requested once per two days rather than once per hand-over.
 *
 * @example
 * const tokens: HelpScoutTokens = new Map();
 */
export type HelpScoutTokens = Map<string, { token: string; expiresAt: number }>;

/**
 * Help Scout's Mailbox API 2.0. Auth is OAuth client credentials
 * (`POST /v2/oauth2/token`, cached); the conversation (`POST /v2/conversations`, id in the
 * `Resource-ID` header) has the visitor as customer and the hand-over as its customer
 * thread, and is tagged with the thread key, by which a retry finds one an earlier try
 * created (Help Scout has no idempotency key). Follow-ups are notes
 * (`POST /v2/conversations/{id}/notes`). Help Scout needs a customer email: a visitor
 * without one is filed under the channel's `fallbackEmail`.
 *
 * @example
 * await deliverTicket(helpScoutConversations(channel, tokens), handOver);
 */
export function helpScoutConversations(channel: HelpScoutChannel, tokens: HelpScoutTokens): TicketApi {
  const base = (channel.url ?? DEFAULT_API).replace(/\/+$/, '');
  const cacheKey = `${base} ${channel.appId}`;

  async function token(signal: AbortSignal): Promise<string> {
    const cached = tokens.get(cacheKey);
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    const { body } = await callHelpdesk({
      service,
      method: 'POST',
      url: `${base}/v2/oauth2/token`,
      form: { grant_type: 'client_credentials', client_id: channel.appId, client_secret: channel.appSecret },
      signal,
    });
    const answer = body as { access_token: string; expires_in?: number };
    const expiresAt = Date.now() + (answer.expires_in ?? 7200) * 1000 - EARLY_MS;
    tokens.set(cacheKey, { token: answer.access_token, expiresAt });
    return answer.access_token;
  }

  /** Calls the API; a 401 with a cached token (revoked, expired early) gets one fresh token. */
  async function call(
    h: HandOver,
    method: 'GET' | 'POST',
    path: string,
    json?: unknown,
  ): Promise<{ body: unknown; headers: Headers }> {
    for (let fresh = false; ; fresh = true) {
      const auth = `Bearer ${await token(h.signal)}`;
      try {
        return await callHelpdesk({ service, method, url: `${base}${path}`, auth, json, signal: h.signal });
      } catch (error) {
        if (fresh || !(error instanceof HelpdeskError) || error.status !== 401) throw error;
        tokens.delete(cacheKey);
      }
    }
  }

  return {
    async find(h) {
      const query = `mailbox=${channel.mailboxId}&tag=${encodeURIComponent(h.threadKey)}&status=all`;
      const { body } = await call(h, 'GET', `/v2/conversations?${query}`);
      const found = (body as { _embedded?: { conversations?: { id: number }[] } } | undefined)?._embedded
        ?.conversations?.[0];
      return found ? String(found.id) : null;
    },
    async create(h) {
      const email = isEmail(h.contact.email) ? h.contact.email : channel.fallbackEmail;
      if (!email) {
        throw new HelpdeskError(
          'Help Scout needs a customer email and this visitor gave none; set the channel\'s "fallbackEmail"',
          422,
        );
      }
      const customer = { email, ...(email === h.contact.email && splitName(h.contact.name)) };
      const { headers } = await call(h, 'POST', '/v2/conversations', {
        subject: h.subject,
        customer,
        mailboxId: channel.mailboxId,
        type: 'chat',
        status: 'active',
        tags: [...(channel.tags ?? []), 'supportbridge', h.threadKey],
        threads: [{ type: 'customer', customer: { email }, text: h.html }],
      });
      const id = headers.get('resource-id');
      if (!id) throw new HelpdeskError('Help Scout created the conversation without a Resource-ID header');
      return id;
    },
    async hasNote(conversationId, h) {
      const { body } = await call(
        h,
        'GET',
        `/v2/conversations/${encodeURIComponent(conversationId)}/threads`,
      );
      const threads = (body as { _embedded?: { threads?: { body?: string }[] } } | undefined)?._embedded
        ?.threads;
      return (threads ?? []).some((t) => (t.body ?? '').includes(h.key));
    },
    async addNote(conversationId, h) {
      await call(h, 'POST', `/v2/conversations/${encodeURIComponent(conversationId)}/notes`, {
        text: h.html,
      });
    },
  };
}

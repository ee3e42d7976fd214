import { type FakeHelpdesk, type FakeRequest, startFakeHelpdesk } from './fake-helpdesk.js';

/** A conversation as the fake keeps it. */
export interface HelpScoutConversation {
  id: number;
  subject: string;
  mailboxId: number;
  type: string;
  customer: { email?: string; firstName?: string; lastName?: string };
  tags: string[];
  threads: { id: number; type: string; body: string }[];
}

/** A fake Help Scout Mailbox API 2.0. */
export interface FakeHelpScout extends FakeHelpdesk {
  conversations: HelpScoutConversation[];
  /** Access tokens issued so far. */
  issued: string[];
  /** Makes every issued token invalid, as when it expires. */
  revokeTokens(): void;
}

/** The OAuth app the fake accepts. */
export const HELPSCOUT_APP = { appId: 'hs-app-id', appSecret: 'hs-app-secret', mailboxId: 85 };

const validation = (path: string, message: string) => ({
  status: 400,
  body: {
    logRef: 'd8a1c9b2-7a52-4d8b-9e0e-4f4c3d2a1b10#1',
    message: 'Bad request',
    _embedded: { errors: [{ path, message, source: 'JSON' }] },
    _links: { about: { href: 'http://developer.helpscout.net/mailbox-api/overview/errors#validation' } },
  },
});

/**
 * Speaks Help Scout's documented wire format: `POST /v2/oauth2/token` (client credentials,
 * form-encoded; `{ token_type, access_token, expires_in }`, 401 `invalid_client`),
 * `POST /v2/conversations` (201, empty body, id in `Resource-ID`), `GET /v2/conversations?tag=`
 * (HAL `_embedded.conversations`), `POST /v2/conversations/{id}/notes` (201) and
 * `GET /v2/conversations/{id}/threads`; validation errors as HAL `_embedded.errors`.
 *
 * @example
 * const helpscout = await startFakeHelpScout(); // channel url: helpscout.url
 */
export async function startFakeHelpScout(): Promise<FakeHelpScout> {
  const conversations: HelpScoutConversation[] = [];
  let issued: string[] = [];
  let nextId = 5000;
  const find = (id: string) => conversations.find((c) => c.id === Number(id));
  const fake = await startFakeHelpdesk(
    [
      {
        name: 'token',
        method: 'POST',
        pattern: /^\/v2\/oauth2\/token$/,
        handle(req) {
          const form = req.body as Record<string, string>;
          if (
            form.grant_type !== 'client_credentials' ||
            form.client_id !== HELPSCOUT_APP.appId ||
            form.client_secret !== HELPSCOUT_APP.appSecret
          ) {
            return {
              status: 401,
              body: { error: 'invalid_client', error_description: 'Bad client credentials' },
            };
          }
          const token = `hs-token-${issued.length + 1}`;
          issued.push(token);
          return { status: 200, body: { token_type: 'bearer', access_token: token, expires_in: 172800 } };
        },
      },
      {
        name: 'create',
        method: 'POST',
        pattern: /^\/v2\/conversations$/,
        handle(req) {
          const b = req.body as Record<string, unknown>;
          const customer = (b.customer ?? {}) as HelpScoutConversation['customer'];
          if (!customer.email) return validation('customer', 'must contain a valid customer id or email');
          const threads = (b.threads ?? []) as { type: string; text: string }[];
          if (threads.length === 0) return validation('threads', 'may not be empty');
          const id = nextId++;
          conversations.push({
            id,
            subject: String(b.subject),
            mailboxId: Number(b.mailboxId),
            type: String(b.type),
            customer,
            tags: (b.tags as string[]) ?? [],
            threads: threads.map((t, i) => ({ id: id * 10 + i, type: t.type, body: t.text })),
          });
          return {
            status: 201,
            headers: {
              'Resource-ID': String(id),
              Location: `https://api.helpscout.net/v2/conversations/${id}`,
            },
          };
        },
      },
      {
        name: 'find',
        method: 'GET',
        pattern: /^\/v2\/conversations$/,
        handle(req) {
          const tag = req.url.searchParams.get('tag');
          const mailbox = Number(req.url.searchParams.get('mailbox'));
          const found = conversations.filter(
            (c) => (!tag || c.tags.includes(tag)) && (!mailbox || c.mailboxId === mailbox),
          );
          return {
            status: 200,
            body: {
              _embedded: {
                conversations: found.map((c) => ({ id: c.id, subject: c.subject, tags: c.tags })),
              },
              page: { size: 25, totalElements: found.length, totalPages: 1, number: 1 },
            },
          };
        },
      },
      {
        name: 'note',
        method: 'POST',
        pattern: /^\/v2\/conversations\/(\d+)\/notes$/,
        handle(req, match) {
          const conversation = find(match[1] ?? '');
          if (!conversation) return { status: 404, body: { message: 'Not Found' } };
          const text = (req.body as { text?: string }).text;
          if (!text) return validation('text', 'may not be empty');
          const id = nextId++;
          conversation.threads.push({ id, type: 'note', body: text });
          return { status: 201, headers: { 'Resource-ID': String(id) } };
        },
      },
      {
        name: 'threads',
        method: 'GET',
        pattern: /^\/v2\/conversations\/(\d+)\/threads$/,
        handle(_req, match) {
          const conversation = find(match[1] ?? '');
          if (!conversation) return { status: 404, body: { message: 'Not Found' } };
          return { status: 200, body: { _embedded: { threads: conversation.threads } } };
        },
      },
    ],
    (req: FakeRequest) => {
      if (req.url.pathname === '/v2/oauth2/token') return undefined;
      const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (issued.includes(token)) return undefined;
      return {
        status: 401,
        body: { error: 'invalid_token', error_description: 'The access token is invalid or has expired' },
      };
    },
  );
  return Object.assign(fake, {
    conversations,
    get issued() {
      return issued;
    },
    revokeTokens() {
      issued = [];
    },
  });
}

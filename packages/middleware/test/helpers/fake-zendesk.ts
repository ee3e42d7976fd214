import {
  basicCredentials,
  type FakeHelpdesk,
  type FakeResponse,
  startFakeHelpdesk,
} from './fake-helpdesk.js';

/** A ticket as the fake keeps it. */
export interface ZendeskTicket {
  id: number;
  subject: string;
  requester?: { name?: string; email?: string };
  external_id?: string;
  tags: string[];
  comments: { id: number; html_body: string; public: boolean }[];
}

/** A fake Zendesk Support API: tickets, comments, idempotency keys, auth and its errors. */
export interface FakeZendesk extends FakeHelpdesk {
  tickets: ZendeskTicket[];
}

/** The credentials the fake accepts. */
export const ZENDESK_AGENT = {
  email: 'agent@acme.com',
  apiToken: 'zd-token-123',
  oauthToken: 'zd-oauth-456',
};

/**
 * Speaks Zendesk's documented wire format: `POST /api/v2/tickets.json` (201 `{ ticket }`,
 * `Idempotency-Key` replays the first answer with `x-idempotency-lookup: hit`, a reused key
 * with another body is a 400 `IdempotentRequestError`), `GET /api/v2/tickets.json?external_id=`,
 * `PUT /api/v2/tickets/{id}.json` with a comment, `GET /api/v2/tickets/{id}/comments.json`;
 * 401 `{ error: "Couldn't authenticate you" }` and 422 `RecordInvalid` with details.
 *
 * @example
 * const zendesk = await startFakeZendesk(); // channel url: zendesk.url
 */
export async function startFakeZendesk(): Promise<FakeZendesk> {
  const tickets: ZendeskTicket[] = [];
  const keys = new Map<string, { body: string; answer: FakeResponse }>();
  let nextId = 100;
  const ticketView = (t: ZendeskTicket) => ({
    id: t.id,
    url: `https://acme.zendesk.com/api/v2/tickets/${t.id}.json`,
    subject: t.subject,
    external_id: t.external_id ?? null,
    tags: t.tags,
    status: 'new',
  });
  const fake = await startFakeHelpdesk(
    [
      {
        name: 'create',
        method: 'POST',
        pattern: /^\/api\/v2\/tickets\.json$/,
        handle(req) {
          const key = req.headers['idempotency-key'] as string | undefined;
          const previous = key ? keys.get(key) : undefined;
          if (previous) {
            if (previous.body !== req.raw) {
              return {
                status: 400,
                body: {
                  error: 'IdempotentRequestError',
                  description: 'Request parameters do not match the original request',
                },
              };
            }
            return { ...previous.answer, headers: { 'x-idempotency-lookup': 'hit' } };
          }
          const t = (req.body as { ticket: Record<string, unknown> }).ticket;
          const comment = t.comment as { html_body?: string; body?: string; public?: boolean } | undefined;
          if (!comment?.html_body && !comment?.body) {
            return {
              status: 422,
              body: {
                error: 'RecordInvalid',
                description: 'Record validation errors',
                details: { base: [{ description: 'Description: cannot be blank', error: 'BlankValue' }] },
              },
            };
          }
          const requester = t.requester as ZendeskTicket['requester'];
          if (requester?.email && !/^[^@\s]+@[^@\s]+$/.test(requester.email)) {
            return {
              status: 422,
              body: {
                error: 'RecordInvalid',
                description: 'Record validation errors',
                details: {
                  requester: [{ description: 'Requester: Email is invalid', error: 'InvalidValue' }],
                },
              },
            };
          }
          const ticket: ZendeskTicket = {
            id: nextId++,
            subject: String(t.subject ?? ''),
            requester,
            external_id: t.external_id as string | undefined,
            tags: (t.tags as string[] | undefined) ?? [],
            comments: [
              {
                id: nextId * 10,
                html_body: comment.html_body ?? comment.body ?? '',
                public: comment.public ?? true,
              },
            ],
          };
          tickets.push(ticket);
          const answer = {
            status: 201,
            body: { ticket: ticketView(ticket) },
            headers: { 'x-idempotency-lookup': 'miss' },
          };
          if (key) keys.set(key, { body: req.raw, answer });
          return answer;
        },
      },
      {
        name: 'find',
        method: 'GET',
        pattern: /^\/api\/v2\/tickets\.json$/,
        handle(req) {
          const externalId = req.url.searchParams.get('external_id');
          const found = tickets.filter((t) => externalId === null || t.external_id === externalId);
          return {
            status: 200,
            body: { tickets: found.map(ticketView), count: found.length, next_page: null },
          };
        },
      },
      {
        name: 'comment',
        method: 'PUT',
        pattern: /^\/api\/v2\/tickets\/(\d+)\.json$/,
        handle(req, match) {
          const ticket = tickets.find((t) => t.id === Number(match[1]));
          if (!ticket) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
          const comment = (req.body as { ticket: { comment: { html_body: string; public?: boolean } } })
            .ticket.comment;
          ticket.comments.push({
            id: nextId++ * 10,
            html_body: comment.html_body,
            public: comment.public ?? true,
          });
          return { status: 200, body: { ticket: ticketView(ticket) } };
        },
      },
      {
        name: 'comments',
        method: 'GET',
        pattern: /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/,
        handle(_req, match) {
          const ticket = tickets.find((t) => t.id === Number(match[1]));
          if (!ticket) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
          return { status: 200, body: { comments: ticket.comments, count: ticket.comments.length } };
        },
      },
    ],
    (req) => {
      const bearer = req.headers.authorization === `Bearer ${ZENDESK_AGENT.oauthToken}`;
      const [user, password] = basicCredentials(req) ?? [];
      if (bearer || (user === `${ZENDESK_AGENT.email}/token` && password === ZENDESK_AGENT.apiToken))
        return undefined;
      return { status: 401, body: { error: "Couldn't authenticate you" } };
    },
  );
  return Object.assign(fake, { tickets });
}

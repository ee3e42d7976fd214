import { basicCredentials, type FakeHelpdesk, startFakeHelpdesk } from './fake-helpdesk.js';

/** A ticket as the fake keeps it. */
export interface FreshdeskTicket {
  id: number;
  subject: string;
  email?: string;
  name?: string;
  unique_external_id?: string;
  tags: string[];
  description: string;
  notes: { id: number; body: string; private: boolean }[];
}

/** A fake Freshdesk v2 API. */
export interface FakeFreshdesk extends FakeHelpdesk {
  tickets: FreshdeskTicket[];
}

/** The API key the fake accepts. */
export const FRESHDESK_KEY = 'fd-api-key-789';

/**
 * Speaks Freshdesk's documented v2 wire format: basic auth `apiKey:X` (401
 * `{ code: "invalid_credentials", message }`), `POST /api/v2/tickets` (201 ticket JSON; 400
 * `{ description: "Validation failed", errors: [{ field, message, code }] }`),
 * `GET /api/v2/tickets?email=` (an array), `GET /api/v2/search/tickets?query="tag:'…'"`
 * (`{ results, total }`), `POST /api/v2/tickets/{id}/notes` (201) and
 * `GET /api/v2/tickets/{id}/conversations` (an array).
 *
 * @example
 * const freshdesk = await startFakeFreshdesk(); // channel url: freshdesk.url
 */
export async function startFakeFreshdesk(): Promise<FakeFreshdesk> {
  const tickets: FreshdeskTicket[] = [];
  let nextId = 1;
  const view = (t: FreshdeskTicket) => ({
    id: t.id,
    subject: t.subject,
    tags: t.tags,
    status: 2,
    priority: 1,
  });
  const find = (id: string) => tickets.find((t) => t.id === Number(id));
  const fake = await startFakeHelpdesk(
    [
      {
        name: 'create',
        method: 'POST',
        pattern: /^\/api\/v2\/tickets$/,
        handle(req) {
          const b = req.body as Record<string, unknown>;
          const errors: { field: string; message: string; code: string }[] = [];
          if (!b.email && !b.phone && !b.unique_external_id && !b.requester_id) {
            errors.push({
              field: 'requester_id',
              message:
                'Please fill at least 1 of requester_id, phone, email, twitter_id, facebook_id, unique_external_id fields',
              code: 'missing_field',
            });
          }
          if (b.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(b.email))) {
            errors.push({
              field: 'email',
              message: 'It should be in the valid email format',
              code: 'invalid_value',
            });
          }
          if (errors.length) return { status: 400, body: { description: 'Validation failed', errors } };
          const ticket: FreshdeskTicket = {
            id: nextId++,
            subject: String(b.subject),
            email: b.email as string | undefined,
            name: b.name as string | undefined,
            unique_external_id: b.unique_external_id as string | undefined,
            tags: (b.tags as string[]) ?? [],
            description: String(b.description),
            notes: [],
          };
          tickets.push(ticket);
          return { status: 201, body: { ...view(ticket), description: ticket.description } };
        },
      },
      {
        name: 'list',
        method: 'GET',
        pattern: /^\/api\/v2\/tickets$/,
        handle(req) {
          const email = req.url.searchParams.get('email');
          return { status: 200, body: tickets.filter((t) => !email || t.email === email).map(view) };
        },
      },
      {
        name: 'search',
        method: 'GET',
        pattern: /^\/api\/v2\/search\/tickets$/,
        handle(req) {
          const tag = /tag:'([^']+)'/.exec(req.url.searchParams.get('query') ?? '')?.[1];
          const results = tickets.filter((t) => tag && t.tags.includes(tag)).map(view);
          return { status: 200, body: { results, total: results.length } };
        },
      },
      {
        name: 'note',
        method: 'POST',
        pattern: /^\/api\/v2\/tickets\/(\d+)\/notes$/,
        handle(req, match) {
          const ticket = find(match[1] ?? '');
          if (!ticket) return { status: 404, body: { code: 'not_found', message: 'Ticket not found' } };
          const b = req.body as { body: string; private?: boolean };
          const note = { id: nextId++ * 100, body: b.body, private: b.private ?? true };
          ticket.notes.push(note);
          return { status: 201, body: { ...note, ticket_id: ticket.id } };
        },
      },
      {
        name: 'conversations',
        method: 'GET',
        pattern: /^\/api\/v2\/tickets\/(\d+)\/conversations$/,
        handle(_req, match) {
          const ticket = find(match[1] ?? '');
          if (!ticket) return { status: 404, body: { code: 'not_found', message: 'Ticket not found' } };
          return { status: 200, body: ticket.notes };
        },
      },
    ],
    (req) => {
      const [user, password] = basicCredentials(req) ?? [];
      if (user === FRESHDESK_KEY && password === 'X') return undefined;
      return {
        status: 401,
        body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' },
      };
    },
  );
  return Object.assign(fake, { tickets });
}

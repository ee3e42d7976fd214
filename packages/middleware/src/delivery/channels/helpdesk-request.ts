import { retryAfterMs } from '../../retry-policy.js';

/**
 * A helpdesk's refusal or an unreachable helpdesk, as the retry policy (`classifyFailure`)
 * reads it: `status` is absent when no HTTP answer came at all, `retryAfterMs` is the
 * helpdesk's `Retry-After`, and the message quotes the helpdesk's own error text.
 *
 * @example
 * throw new HelpdeskError('Zendesk answered 422: Requester: Email is invalid', 422);
 */
export class HelpdeskError extends Error {
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, status?: number, retryAfterMs?: number) {
    super(message);
    this.name = 'HelpdeskError';
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * One call to a helpdesk API.
 *
 * @example
 * const init: HelpdeskCall = { service: 'Zendesk', method: 'POST', url, auth: 'Bearer …', json: { ticket } };
 */
export interface HelpdeskCall {
  /** Named in every error, so the delivery's `lastError` says who refused. */
  service: string;
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  /** The `Authorization` header. */
  auth?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as `application/x-www-form-urlencoded` (OAuth token requests). */
  form?: Record<string, string>;
  signal: AbortSignal;
}

/** What a helpdesk answered with a 2xx. */
export interface HelpdeskAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body; `undefined` when there was none. */
  body: unknown;
}

/**
 * Calls a helpdesk and returns its 2xx answer, or throws a `HelpdeskError` carrying the
 * status, `Retry-After` and the helpdesk's error text (never the request, which holds the
 * transcript, nor the credentials). A failure before any answer (refused, reset, timed
 * out) has no status: the retry policy treats it as transient.
 *
 * @example
 * const { body } = await callHelpdesk({ service: 'Freshdesk', method: 'GET', url, auth, signal });
 */
export async function callHelpdesk(call: HelpdeskCall): Promise<HelpdeskAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
  if (call.auth) headers.Authorization = call.auth;
  let body: string | undefined;
  if (call.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(call.form).toString();
  } else if (call.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(call.json);
  }
  let response: Response;
  try {
    response = await fetch(call.url, {
      method: call.method,
      headers,
      body,
      signal: call.signal,
      redirect: 'error',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new HelpdeskError(`${call.service} could not be reached (${detail})`);
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.ok) return { status: response.status, headers: response.headers, body: parsed };
  const detail = errorText(parsed) ?? text.replace(/\s+/g, ' ').trim().slice(0, 300);
  throw new HelpdeskError(
    `${call.service} answered ${response.status}${detail ? `: ${detail}` : ''}`.slice(0, 1000),
    response.status,
    retryAfterMs(response.headers),
  );
}

/**
 * The readable part of the error bodies the helpdesks send: Zendesk's `{ error,
 * description, details }`, Freshdesk's `{ description, errors: [{ field, message }] }` or
 * `{ code, message }`, Help Scout's `{ message, _embedded: { errors: [{ path, message }] } }`.
 */
function errorText(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const head = [b.error, b.error_description, b.description, b.message, b.code]
    .map((v) =>
      typeof v === 'string'
        ? v
        : typeof v === 'object' && v
          ? (v as { message?: string }).message
          : undefined,
    )
    .filter((v): v is string => Boolean(v));
  const items: string[] = [];
  const list = Array.isArray(b.errors)
    ? b.errors
    : ((b._embedded as { errors?: unknown[] } | undefined)?.errors ?? []);
  for (const item of list as Record<string, unknown>[]) {
    const where = item.field ?? item.path;
    items.push(`${where ? `${String(where)}: ` : ''}${String(item.message ?? item.code ?? '')}`);
  }
  if (b.details && typeof b.details === 'object') {
    for (const [field, errors] of Object.entries(b.details as Record<string, unknown>)) {
      for (const e of Array.isArray(errors) ? errors : []) {
        items.push(String((e as { description?: string }).description ?? field));
      }
    }
  }
  const text = [...new Set(head)].join(' — ') + (items.length ? ` (${items.join('; ')})` : '');
  return text.trim() || undefined;
}

/**
 * `Basic` authorization from a user and password.
 *
 * @example
 * basicAuth('agent@acme.com/token', 'abc') // "Basic YWdlbnRA…"
 */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@supportbridge/shared';
import { z } from 'zod';

/**
 * The one error type the API throws on purpose: it carries a code from the contract's
 * fixed set, so its status and wire form follow from `ERROR_STATUS`.
 *
 * @example
 * throw new SupportError('NOT_FOUND', 'No support integration with that id');
 */
export class SupportError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorBody['issues'];

  constructor(code: ErrorCode, message: string, issues?: ErrorBody['issues']) {
    super(message);
    this.name = 'SupportError';
    this.code = code;
    this.issues = issues;
  }

  /** The HTTP status for this error's code. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The body sent to the client: `{ message, code, issues? }`, never a stack. */
  toJSON(): ErrorBody {
    return this.issues
      ? { message: this.message, code: this.code, issues: this.issues }
      : { message: this.message, code: this.code };
  }
}

/** The statuses body-parser and friends attach to their errors, mapped to our codes. */
const STATUS_CODE: Record<number, ErrorCode> = {
  // The contract's table, read backwards (5xx stay ours to decide), plus the one status
  // Express's body parsers use that the contract has no code of its own for.
  ...Object.fromEntries(
    Object.entries(ERROR_STATUS)
      .filter(([, status]) => status < 500)
      .map(([code, status]) => [status, code as ErrorCode]),
  ),
  415: 'BAD_REQUEST',
};

/**
 * Turns anything thrown into a `SupportError`, at the edge. Validation errors keep their
 * issues; errors from Express's body parser keep their 4xx; everything else becomes a 500
 * whose message reveals nothing.
 *
 * @example
 * const err = toSupportError(thrown); res.status(err.status).json(err);
 */
export function toSupportError(error: unknown): SupportError {
  if (error instanceof SupportError) return error;
  if (error instanceof z.ZodError) return fromZodError(error);
  const status =
    (error as { status?: unknown; statusCode?: unknown })?.status ??
    (error as { statusCode?: unknown })?.statusCode;
  const type = (error as { type?: unknown })?.type;
  if (typeof status === 'number' && STATUS_CODE[status]) {
    const code = STATUS_CODE[status];
    if (type === 'entity.parse.failed') return new SupportError(code, 'The request body is not valid JSON');
    if (type === 'entity.too.large') return new SupportError(code, 'The request body is too large');
    if (status === 415)
      return new SupportError(code, 'The request body must be JSON (Content-Type: application/json)');
    const message = (error as { expose?: boolean; message?: unknown }).expose
      ? String((error as Error).message)
      : code;
    return new SupportError(code, message);
  }
  return new SupportError('INTERNAL_ERROR', 'Something went wrong on our side; the request changed nothing');
}

/**
 * A `BAD_REQUEST` listing every field that failed, with its path ("meta.team").
 *
 * @example
 * fromZodError(schema.safeParse(body).error!)
 */
export function fromZodError(error: z.ZodError, where = 'request'): SupportError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid';
  return new SupportError('BAD_REQUEST', `Invalid ${where}: ${summary}`, issues);
}

import { z } from 'zod';

/**
 * Every error code the API answers with, mapped to its HTTP status. One table, so a code
 * can never drift from its status.
 *
 * @example
 * res.status(ERROR_STATUS.NOT_FOUND) // 404
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CONTENT_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
} as const;

/** @example const code: ErrorCode = 'CONFLICT'; */
export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The body of every non-2xx response. `issues` lists what failed validation.
 *
 * @example
 * ErrorBodySchema.parse({ message: 'Not found', code: 'NOT_FOUND' });
 */
export const ErrorBodySchema = z.object({
  message: z.string(),
  code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
/** @example const body: ErrorBody = { message: 'Not found', code: 'NOT_FOUND' }; */
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

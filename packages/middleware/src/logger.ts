/**
 * Where SupportBridge writes what an operator should know: the middleware, the delivery
 * worker and the idle sweeper all take this one shape. `console` fits, and so do pino and
 * winston. Messages are plain text (no `%s` placeholders); details follow as extra arguments.
 *
 * @example
 * supportMiddleware({ logger: console });
 * supportMiddleware({ logger: pino() });
 */
export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** Every line SupportBridge logs starts with this, so one filter finds them all. */
export const LOG_PREFIX = 'supportbridge:';

/**
 * A logger that says nothing: what `logger: false` means.
 *
 * @example
 * createDeliveryWorker({ db, transport, from, logger: silentLogger });
 */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

const PREFIXED = Symbol('supportbridge.prefixed');

/**
 * Wraps a logger so every message starts with `supportbridge: ` — the one place the prefix
 * is written. Wrapping an already wrapped logger returns it as it is.
 *
 * @example
 * prefixed(console).warn('idle sweep failed', error); // "supportbridge: idle sweep failed" Error…
 */
export function prefixed(logger: Logger): Logger {
  if ((logger as { [PREFIXED]?: true })[PREFIXED]) return logger;
  const wrap =
    (level: keyof Logger) =>
    (message: string, ...details: unknown[]) =>
      logger[level](`${LOG_PREFIX} ${message}`, ...details);
  return Object.assign(
    { info: wrap('info'), warn: wrap('warn'), error: wrap('error') },
    { [PREFIXED]: true as const },
  );
}

/**
 * Checks a logger given as an option: it needs `info`, `warn` and `error` methods.
 *
 * @example
 * checkLogger(options.logger, 'supportMiddleware()'); // throws on { log() {} }
 */
export function checkLogger(value: unknown, where: string): asserts value is Logger | undefined {
  if (value === undefined) return;
  const missing = (['info', 'warn', 'error'] as const).filter(
    (level) => typeof (value as Record<string, unknown> | null)?.[level] !== 'function',
  );
  if (missing.length > 0) {
    throw new TypeError(
      `${where}: "logger" should have info(), warn() and error() methods (console, pino and winston do), or be false for silence; it lacks ${missing.map((m) => `${m}()`).join(', ')}`,
    );
  }
}

/**
 * The database clients `supportMiddleware({ database })` accepts, written out by the members
 * the store uses rather than imported from `pg` and `@electric-sql/pglite`: the published type
 * declarations then compile under `skipLibCheck: false` without `@types/pg` or PGlite's
 * Emscripten declarations. A real `pg.Pool` and a real `PGlite` satisfy them.
 */

/** The result of one statement, as both drivers return it. */
interface Rows {
  rows: unknown[];
}

/**
 * What the store uses of a `PGlite` instance.
 *
 * @example
 * const lite: PGliteLike = new PGlite();
 */
export interface PGliteLike {
  // biome-ignore lint/suspicious/noExplicitAny: PGlite declares its parameters as any[]
  query(sql: string, params?: any[]): Promise<Rows>;
  // biome-ignore lint/suspicious/noExplicitAny: PGlite declares its parameters as any[]
  transaction<T>(fn: (tx: { query(sql: string, params?: any[]): Promise<Rows> }) => Promise<T>): Promise<T>;
}

/**
 * What the store uses of a `pg.Pool`.
 *
 * @example
 * const pool: PgPoolLike = new pg.Pool({ connectionString });
 */
export interface PgPoolLike {
  // biome-ignore lint/suspicious/noExplicitAny: pg declares its parameters as any[]
  query(sql: string, params?: any[]): Promise<Rows>;
  connect(): Promise<{
    // biome-ignore lint/suspicious/noExplicitAny: pg declares its parameters as any[]
    query(sql: string, params?: any[]): Promise<Rows>;
    release(error?: Error | boolean): void;
  }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

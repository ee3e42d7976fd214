import express from 'express';
import { describe, expect, inject, it } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the `middleware-express4` project, which resolves `express` to Express 4. */
    expressMajor?: number;
  }
}

describe('the Express peer dependency', () => {
  it('runs these tests on the Express major the project names (5 unless it says 4)', () => {
    // express.query() was removed in Express 5: its presence tells the two apart.
    const major = typeof (express as unknown as { query?: unknown }).query === 'function' ? 4 : 5;
    expect(major).toBe(inject('expressMajor') ?? 5);
  });
});

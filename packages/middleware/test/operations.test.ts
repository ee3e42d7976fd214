import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Operation } from '../src/http/operation.js';
import { type SupportMiddleware, supportMiddleware } from '../src/index.js';
import { OPERATIONS } from '../src/routes/operations.js';

// The table is the API's single declaration: the router must register exactly its operations,
// and each operation's path parameters must be exactly those its schema validates.

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };

/** Every `METHOD path` the router answers, found by walking its (nested) layers. */
function registeredRoutes(stack: readonly Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return Object.keys(layer.route.methods)
        .filter((method) => method !== '_all')
        .map((method) => `${method.toUpperCase()} ${layer.route!.path}`);
    }
    return layer.handle?.stack ? registeredRoutes(layer.handle.stack) : [];
  });
}

const table = Object.entries(OPERATIONS) as [string, Operation][];

describe('the operation table', () => {
  let router: SupportMiddleware;
  beforeAll(async () => {
    router = supportMiddleware({ database: 'memory://', logger: false, worker: false });
    await router.ready;
  });
  afterAll(() => router.close());

  it('is what the router registers: every route has an entry and every entry a route', () => {
    const routes = registeredRoutes((router as unknown as { stack: Layer[] }).stack).sort();
    const declared = table
      .map(([, op]) => `${op.method.toUpperCase()} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`)
      .sort();
    expect(routes).toEqual(declared);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it.each(table)('declares exactly the path parameters of %s in its params schema', (_id, op) => {
    const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const inSchema = op.params
      ? Object.keys((z.toJSONSchema(op.params) as { properties?: object }).properties ?? {}).sort()
      : [];
    expect(inSchema).toEqual(inPath);
  });

  it('gives every operation a summary and a tag, and a body only to POSTs', () => {
    for (const [id, op] of table) {
      expect(op.summary, id).not.toBe('');
      expect(op.tag, id).not.toBe('');
      if (op.method === 'get') expect(op.body, id).toBeUndefined();
    }
  });
});

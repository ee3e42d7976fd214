import { defineConfig } from 'vitest/config';

// One config, one project per package. The "@supportbridge/source" condition makes every
// workspace import resolve to src/, so tests never need a build of the other packages.
const source = { conditions: ['@supportbridge/source'] };

export default defineConfig({
  resolve: source,
  ssr: { resolve: { conditions: ['@supportbridge/source'], externalConditions: ['@supportbridge/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'shared', root: 'packages/shared', environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'middleware',
          root: 'packages/middleware',
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Express is a peer dependency (^4.21 || ^5): the HTTP-facing tests again, with every
        // `express` import — the middleware's and the tests' own — resolved to Express 4.
        extends: true,
        resolve: { alias: [{ find: /^express$/, replacement: 'express4' }] },
        test: {
          name: 'middleware-express4',
          root: 'packages/middleware',
          include: [
            'test/support-integrations.test.ts',
            'test/conversations.test.ts',
            'test/support-middleware.test.ts',
            'test/support-widget.test.ts',
            'test/express-peer.test.ts',
            'test/operations.test.ts',
            'test/client.test.ts',
          ],
          provide: { expressMajor: 4 },
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'widget',
          root: 'packages/widget',
          environment: 'jsdom',
          exclude: ['test/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['packages/widget/test/e2e/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/index.js';
import { OPERATIONS } from '../src/routes/operations.js';
import { call, startServer, type TestServer } from './helpers/server.js';

type Doc = {
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, OperationObject>>;
};
type OperationObject = {
  operationId: string;
  tags: string[];
  security: unknown[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};

describe('the OpenAPI document', () => {
  it('passes the Redocly linter with its recommended rules, without an error or a warning', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(openApiDocument()),
      absoluteRef: 'openapi.json',
      config,
    });
    const readable = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(readable).toEqual([]);
  });

  it('describes every operation of the table once, under its operationId and tag', () => {
    const doc = openApiDocument() as Doc;
    const described = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(described.map((op) => op.operationId).sort()).toEqual(Object.keys(OPERATIONS).sort());
    const tags = new Set(doc.tags.map((tag) => tag.name));
    for (const op of described) expect(tags.has(op.tags[0]!), op.operationId).toBe(true);
  });

  it('names the server relative to the mount point, /api/v1 unless told otherwise', () => {
    expect((openApiDocument() as Doc).servers).toEqual([{ url: '/api/v1' }]);
    const servers = [{ url: 'https://support.acme.com/chat/api' }];
    expect((openApiDocument({ servers }) as Doc).servers).toEqual(servers);
  });

  it('describes the jsonl streams of complete and the support-integration list with their events', () => {
    const doc = openApiDocument() as Doc;
    const jsonl = (path: string, method: string) =>
      JSON.stringify(doc.paths[path]?.[method]?.responses['200']?.content?.['application/jsonl']?.schema);
    const complete = jsonl('/conversation/{id}/complete', 'post');
    expect(complete).toContain('"token"');
    expect(complete).toContain('"result"');
    expect(jsonl('/integration/support/list', 'get')).toContain('"item"');
  });

  it('asks for an API key on admin operations, a session token or a key on visitor ones, nothing on the widget', () => {
    const doc = openApiDocument() as Doc;
    expect(doc.paths['/bot/create']?.post?.security).toEqual([{ apiKey: [] }]);
    expect(doc.paths['/conversation/{id}/end']?.post?.security).toEqual([
      { sessionToken: [] },
      { apiKey: [] },
    ]);
    expect(doc.paths['/widget/session/create']?.post?.security).toEqual([]);
  });
});

describe('GET /openapi.json', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('serves the document with the router’s own mount point as its server', async () => {
    const res = await call<Doc>(server, 'GET', '/openapi.json', undefined, null);
    expect(res.status).toBe(200);
    expect(res.body.servers).toEqual([{ url: '/api/v1' }]);
  });
});

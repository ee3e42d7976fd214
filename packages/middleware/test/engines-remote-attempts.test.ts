import type { Contact } from '@supportbridge/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HelpdeskError } from '../src/delivery/channels/helpdesk-request.js';
import { classifyFailure, backoff as workerBackoff } from '../src/delivery/retry.js';
import { EngineUpstreamError } from '../src/engines/engine-error.js';
import { callRemote } from '../src/engines/remote/attempt-loop.js';
import { backoff, isRetryableStatus, retryAfterMs, retryDelay } from '../src/retry-policy.js';
import { createLlmSummarizer } from '../src/summary/llm-summarizer.js';
import { ruleSummarizer } from '../src/summary/rule-summarizer.js';
import { type FakeOpenAIServer, startFakeOpenAIServer } from './helpers/fake-openai-server.js';

describe('the shared retry policy', () => {
  it.each([
    [408, true],
    [409, true],
    [425, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
  ])('treats HTTP %i as retryable=%s, for the engines and the delivery worker alike', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
    expect(classifyFailure(new HelpdeskError('refused', status), false).permanent).toBe(!retryable);
  });

  it('is the backoff the delivery worker uses', () => {
    expect(workerBackoff).toBe(backoff);
  });

  it('reads Retry-After as seconds or an HTTP date, and OpenAI retry-after-ms first', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': '2', 'retry-after-ms': '150' }))).toBe(150);
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    const fromDate = retryAfterMs(new Headers({ 'retry-after': inFiveSeconds })) ?? 0;
    expect(fromDate).toBeGreaterThan(3_000);
    expect(fromDate).toBeLessThanOrEqual(5_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it('never waits less than the server asked, nor more than the cap', () => {
    const policy = { baseMs: 10, capMs: 8_000 };
    expect(retryDelay(1, policy, 2_000)).toBe(2_000);
    expect(retryDelay(1, policy, 60_000)).toBe(8_000);
    const plain = retryDelay(3, policy);
    expect(plain).toBeGreaterThanOrEqual(20);
    expect(plain).toBeLessThanOrEqual(40);
  });
});

describe('callRemote, the attempt loop without a stream', () => {
  const options = { label: 'The test remote', timeoutMs: 1_000, maxRetries: 2, retryDelayMs: 1 };

  it('retries a retryable failure and resolves with the next answer', async () => {
    let calls = 0;
    const value = await callRemote(async () => {
      calls += 1;
      if (calls === 1) throw new EngineUpstreamError('HTTP 503', { status: 503, retryable: true });
      return 'fine';
    }, options);
    expect(value).toBe('fine');
    expect(calls).toBe(2);
  });

  it('rejects with the error of a final failure after one attempt', async () => {
    let calls = 0;
    const call = callRemote(async () => {
      calls += 1;
      throw new EngineUpstreamError('HTTP 401: no', { status: 401, retryable: false });
    }, options);
    await expect(call).rejects.toThrow('HTTP 401: no');
    expect(calls).toBe(1);
  });
});

describe('the llm summarizer on the same attempt loop', () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.length = 0;
  });

  const contact: Contact = { name: 'Maria Garcia', email: 'maria@example.com' };
  const input = {
    botName: 'Ava',
    contact,
    messages: [
      { type: 'user' as const, text: 'I want a refund for order 48213', createdAt: 1 },
      { type: 'bot' as const, text: 'I can help with that.', createdAt: 2 },
    ],
  };
  const answer = {
    kind: 'text' as const,
    tokens: ['{"topic":"refund for order 48213","request":"Wants a refund."}'],
  };

  it('retries a 429 after the Retry-After it asked for, then uses the model', async () => {
    fake.enqueue({ kind: 'status', status: 429, retryAfter: '1' }, answer);
    const errors: unknown[] = [];
    const summary = await createLlmSummarizer({
      model: 'gpt-4o-mini',
      baseURL: fake.baseURL,
      retryDelayMs: 5,
      onError: (e) => errors.push(e),
    }).summarize(input);
    expect(summary.title).toBe('Maria Garcia: refund for order 48213');
    expect(errors).toEqual([]);
    const [first, second] = fake.requests;
    expect(second?.body.stream).toBe(false);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('gives the rule summary when the model does not answer in time, after one attempt', async () => {
    fake.enqueue({ kind: 'hang' });
    const errors: unknown[] = [];
    const summary = await createLlmSummarizer({
      model: 'gpt-4o-mini',
      baseURL: fake.baseURL,
      timeoutMs: 200,
      onError: (e) => errors.push(e),
    }).summarize(input);
    expect(summary).toEqual(await ruleSummarizer.summarize(input));
    expect(fake.requests).toHaveLength(1);
    expect(String(errors[0])).toMatch(/The summary model timed out after 200 ms/);
  });

  it('gives the rule summary after the retries are used up, telling the operator once', async () => {
    fake.enqueue({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const errors: unknown[] = [];
    const summary = await createLlmSummarizer({
      model: 'gpt-4o-mini',
      baseURL: fake.baseURL,
      maxRetries: 1,
      retryDelayMs: 5,
      onError: (e) => errors.push(e),
    }).summarize(input);
    expect(summary).toEqual(await ruleSummarizer.summarize(input));
    expect(fake.requests).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/HTTP 500: The server had an error/);
  });
});

import { describe, expect, it } from 'vitest';
import { backoff, classifyFailure } from '../src/delivery/retry.js';

const smtpError = (code: string, responseCode: number, response: string, permanent?: boolean) =>
  Object.assign(new Error(response), { code, responseCode, response, permanent });

const drop = () => Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION' });

describe('classifyFailure', () => {
  it.each([
    [
      'a 550 to the recipient',
      smtpError('EENVELOPE', 550, '550 5.1.1 No such user', true),
      false,
      true,
      false,
    ],
    ['a 552 after DATA', smtpError('EMESSAGE', 552, '552 5.3.4 Message too big', true), true, true, false],
    [
      'a 421 closing the session',
      smtpError('EENVELOPE', 421, '421 4.3.2 Try again later', false),
      false,
      false,
      false,
    ],
    [
      'a 451 greylisting reply',
      smtpError('EENVELOPE', 451, '451 4.7.1 Greylisted', false),
      false,
      false,
      false,
    ],
    [
      'a 503 sequencing hiccup',
      smtpError('EPROTOCOL', 503, '503 5.5.1 Bad sequence', false),
      false,
      false,
      false,
    ],
    [
      'rejected credentials (535)',
      smtpError('EAUTH', 535, '535 5.7.8 Bad credentials', true),
      false,
      false,
      false,
    ],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }),
      false,
      false,
      true,
    ],
    [
      'an unknown host',
      Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'EDNS' }),
      false,
      false,
      true,
    ],
    [
      'a server that never greets',
      Object.assign(new Error('Greeting never received'), {
        code: 'ETIMEDOUT',
        timeoutType: 'GREETING_TIMEOUT',
      }),
      false,
      false,
      true,
    ],
    [
      'a socket timeout in a session',
      Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' }),
      false,
      false,
      false,
    ],
    ['a drop within a session', drop(), false, false, false],
    [
      'a failed TLS upgrade',
      Object.assign(new Error('Error initiating TLS'), { code: 'ETLS' }),
      false,
      false,
      false,
    ],
    ['an aborted send', Object.assign(new Error('aborted'), { code: 'EABORT' }), false, false, false],
    ['anything else', new Error('boom'), false, false, false],
  ])(
    'treats %s (transmitted=%s) as permanent=%s, unreachable=%s',
    (_name, error, transmitted, permanent, unreachable) => {
      expect(classifyFailure(error, transmitted)).toMatchObject({ permanent, unreachable });
    },
  );

  it('marks a failure without a reply after the whole message went out as transmitted, never as unreachable', () => {
    expect(classifyFailure(drop(), true)).toMatchObject({
      transmitted: true,
      unreachable: false,
      permanent: false,
    });
    const refused = Object.assign(new Error('reset'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' });
    expect(classifyFailure(refused, true)).toMatchObject({ transmitted: true, unreachable: false });
    expect(classifyFailure(drop(), false).transmitted).toBe(false);
    expect(classifyFailure(smtpError('EMESSAGE', 451, '451 4.3.0 Try later', false), true).transmitted).toBe(
      false,
    );
  });

  it("records the server's reply text when there is one", () => {
    expect(classifyFailure(smtpError('EENVELOPE', 550, '550 5.1.1 No such user', true), false).reason).toBe(
      '550 5.1.1 No such user',
    );
    expect(classifyFailure(Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT' }), false).reason).toBe(
      'ETIMEDOUT: Timeout',
    );
  });
});

describe('backoff', () => {
  it('doubles per attempt between half and all of the step, up to the cap', () => {
    for (let attempt = 1; attempt <= 40; attempt++) {
      const full = Math.min(3_600_000, 2000 * 2 ** (attempt - 1));
      const delay = backoff(attempt, 2000, 3_600_000);
      expect(delay).toBeGreaterThanOrEqual(full / 2);
      expect(delay).toBeLessThanOrEqual(full);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { ContactUpdateSchema, isEmail, SupportIntegrationCreateSchema } from '../src/index.js';
import { INVALID_EMAILS, VALID_EMAILS } from './email-cases.js';

describe('isEmail', () => {
  it.each(VALID_EMAILS)('accepts %s', (address) => {
    expect(isEmail(address)).toBe(true);
  });

  it.each(INVALID_EMAILS)('refuses %j', (address) => {
    expect(isEmail(address)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isEmail(undefined)).toBe(false);
    expect(isEmail(42)).toBe(false);
  });
});

describe('the API schemas', () => {
  it('take exactly the addresses isEmail takes', () => {
    for (const address of [...VALID_EMAILS, ...INVALID_EMAILS]) {
      expect(ContactUpdateSchema.safeParse({ email: address }).success, address).toBe(isEmail(address));
      const integration = SupportIntegrationCreateSchema.safeParse({ email: address }).success;
      // An integration may also clear its address with ''.
      expect(integration, address).toBe(address === '' || isEmail(address));
    }
  });
});

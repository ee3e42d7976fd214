import { describe, expect, it } from 'vitest';
import { suggestEmail } from '../src/email-typo.js';

describe('suggestEmail', () => {
  it.each([
    ['maria@gmial.com', 'maria@gmail.com'],
    ['maria@gmai.com', 'maria@gmail.com'],
    ['maria@gmail.con', 'maria@gmail.com'],
    ['maria@gmial.con', 'maria@gmail.com'],
    ['Maria.Garcia@hotmial.com', 'Maria.Garcia@hotmail.com'],
    ['jo@yaho.com', 'jo@yahoo.com'],
    ['jo@outlok.com', 'jo@outlook.com'],
    ['jo@icloud.cmo', 'jo@icloud.com'],
    ['jo@example.con', 'jo@example.com'],
    ['jo@shop.ogr', 'jo@shop.org'],
  ])('suggests a fix for %s', (typed, fixed) => {
    expect(suggestEmail(typed)).toBe(fixed);
  });

  it.each([
    'maria@gmail.com',
    'maria@example.org',
    'jo@ymail.com',
    'jo@hotmail.it',
    'jo@yahoo.co.uk',
    'jo@gmx.de',
    'jo@acme.com',
    'jo@mail.example.co',
    'not an email',
  ])('leaves %s alone', (typed) => {
    expect(suggestEmail(typed)).toBeUndefined();
  });
});

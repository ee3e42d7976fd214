/**
 * One list of addresses that every part of SupportBridge must judge alike: the shared
 * `isEmail`, the API schemas, contact extraction and the widget's form each have a test
 * that reads it.
 */
export const VALID_EMAILS: readonly string[] = [
  'maria@example.com',
  'Maria.Garcia@Example.COM',
  'maría@example.es',
  'jürgen.weiß@müller.de',
  'δοκιμή@παράδειγμα.ελ',
  'иван@почта.рф',
  'o.brien+orders@mail.example.co.uk',
  'tom_baker-1@sub.domain.example.org',
  'x@xn--mller-kva.de',
  "o'neil@example.ie",
  '用户@例子.公司',
];

export const INVALID_EMAILS: readonly string[] = [
  '',
  'maria',
  'maria@',
  '@example.com',
  'maria@localhost',
  'maria@example',
  'maria@example.c',
  'maria@@example.com',
  'maria..garcia@example.com',
  '.maria@example.com',
  'maria.@example.com',
  'maria garcia@example.com',
  'maria@exa mple.com',
  'maria@-example.com',
  'maria@example-.com',
  'maria@example.123',
  'maria@example.xn--p1ai',
  '"maria"@example.com',
  'maria@[127.0.0.1]',
  'maria<x>@example.com',
  'maria@example.com\n',
  `${'a'.repeat(65)}@example.com`,
  `maria@${'a'.repeat(250)}.com`,
];

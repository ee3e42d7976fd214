/**
 * Accuracy and speed of `extractContact` on the labelled conversations in
 * test/fixtures/conversations*.json. Prints one JSON object:
 * `{ conversations, email: { exact }, name: { exact }, falseNames, msPerConversation }`.
 *
 * compromise takes ≈ 300 ms to import, so the import and a warm-up pass are excluded
 * from the timing: a server pays them once at start-up.
 *
 * Run: `npx tsx --conditions=@supportbridge/source bench/extract.ts` (add `--misses`
 * to list the conversations that are read wrong).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ChatTurn, type Contact, extractContact } from '../src/extraction/extract-contact.js';

interface Labelled {
  id: string;
  messages: ChatTurn[];
  expected: { name?: string; email?: string };
}

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
const conversations: Labelled[] = readdirSync(fixtures)
  .filter((file) => /^conversations.*\.json$/.test(file))
  .sort()
  .flatMap((file) => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Labelled[]);

for (let pass = 0; pass < 3; pass++) for (const { messages } of conversations) extractContact(messages);

const rounds = 20;
const started = performance.now();
let results: Contact[] = [];
for (let round = 0; round < rounds; round++)
  results = conversations.map(({ messages }) => extractContact(messages));
const msPerConversation = (performance.now() - started) / rounds / conversations.length;

let emailExact = 0;
let nameExact = 0;
let falseNames = 0;
const misses: string[] = [];
conversations.forEach(({ id, expected }, index) => {
  const got = results[index] ?? {};
  const emailOk = (got.email ?? null) === (expected.email ?? null);
  const nameOk = (got.name ?? null) === (expected.name ?? null);
  if (emailOk) emailExact++;
  if (nameOk) nameExact++;
  if (got.name !== undefined && !nameOk) falseNames++;
  if (!emailOk || !nameOk)
    misses.push(`${id}: expected ${JSON.stringify(expected)} got ${JSON.stringify(got)}`);
});

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
const total = conversations.length;
if (process.argv.includes('--misses')) for (const miss of misses) console.error(miss);
console.log(
  JSON.stringify(
    {
      conversations: total,
      email: { exact: round4(emailExact / total) },
      name: { exact: round4(nameExact / total) },
      falseNames: round4(falseNames / total),
      msPerConversation: round4(msPerConversation),
    },
    null,
    2,
  ),
);

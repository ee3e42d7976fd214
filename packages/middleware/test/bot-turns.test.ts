import { PGlite } from '@electric-sql/pglite';
import type { Conversation } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotTurnAct } from '../src/engines/engine.js';
import { call, startServer, type TestServer } from './helpers/server.js';

const SHIPPING = 'Shipping takes 2 to 3 working days.';

// What a bot turn did is stored with its message (migration 004) and read back by the next
// turn and by the summary, over the real routes and a real database.
let server: TestServer;
let lite: PGlite;
let botId: string;

beforeAll(async () => {
  lite = new PGlite();
  server = await startServer({ database: lite });
  botId = (
    await call<{ id: string }>(server, 'POST', '/bot/create', {
      name: 'Ava',
      knowledge: [{ question: 'How long does shipping take?', answer: SHIPPING }],
    })
  ).body.id;
}, 60_000);
afterAll(async () => {
  await server.close();
  await lite.close();
});

const say = (id: string, text: string) =>
  call<{ text: string; end?: { reason: string } }>(server, 'POST', `/conversation/${id}/complete`, { text });

async function acts(id: string): Promise<(BotTurnAct | null)[]> {
  const { rows } = await lite.query<{ act: BotTurnAct | null }>(
    `SELECT act FROM sb_messages WHERE conversation_id = $1 AND type = 'bot' ORDER BY seq`,
    [id],
  );
  return rows.map((row) => row.act);
}

describe('bot turns stored as data', () => {
  it('stores what each reply did with its message, and leaves visitor messages without one', async () => {
    const id = (await call<{ id: string }>(server, 'POST', '/conversation/create', { botId })).body.id;
    await say(id, 'How long does shipping take?');
    const [first] = await acts(id);
    expect(first).toMatchObject({ language: 'en', answered: [{ entry: 0, text: SHIPPING }], asked: 'name' });
    const { rows } = await lite.query<{ act: unknown }>(
      `SELECT act FROM sb_messages WHERE conversation_id = $1 AND type = 'user'`,
      [id],
    );
    expect(rows.every((row) => row.act === null)).toBe(true);
  });

  it('lets the next turn act on what the previous one offered, and the summary quote what it gave', async () => {
    const id = (await call<{ id: string }>(server, 'POST', '/conversation/create', { botId })).body.id;
    await call(server, 'POST', `/conversation/${id}/contact`, {
      name: 'Maria Garcia',
      email: 'maria@example.com',
    });
    await say(id, 'How long does shipping take?');
    await say(id, 'Do you sell gift cards?');
    const offered = (await acts(id))[1];
    expect(offered).toMatchObject({ unknown: true, offeredPerson: true });
    const accepted = await say(id, 'yes please');
    expect(accepted.body.end).toEqual({ reason: 'escalated' });
    const conversation = (await call<Conversation>(server, 'GET', `/conversation/${id}/fetch`)).body;
    expect(conversation.summary?.botAnswer).toBe(SHIPPING);
    expect(conversation.summary?.escalation?.reason).toBe(
      'The visitor accepted the offer to talk to a person.',
    );
  });
});

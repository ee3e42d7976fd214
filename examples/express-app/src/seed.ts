import { DEMO_BOT } from './demo-bot.js';

/** The support inbox the demo's integration forwards to (the local SMTP server accepts any). */
export const DEMO_INBOX = 'support@demo-shop.localhost';

/**
 * Makes sure the demo account has its bot and a support integration, through the public
 * API like any client would. Idempotent: a restart finds both and changes nothing.
 * Returns the bot's id.
 *
 * @example
 * const botId = await seedDemo('http://localhost:3000', apiKey);
 */
export async function seedDemo(baseUrl: string, apiKey: string): Promise<string> {
  const call = async <T>(path: string, body?: unknown): Promise<{ status: number; data: T }> => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, data: (await res.json()) as T };
  };

  const bots = await call<{ items: { id: string; meta?: { demo?: boolean } }[] }>('/bot/list?take=100');
  let botId = bots.data.items.find((bot) => bot.meta?.demo)?.id;
  if (botId) await call(`/bot/${botId}/update`, DEMO_BOT);
  else botId = (await call<{ id: string }>('/bot/create', DEMO_BOT)).data.id;

  const existing = await call('/integration/support/demo-inbox/fetch');
  if (existing.status === 404) {
    const created = await call<{ id?: string; message?: string }>('/integration/support/create', {
      name: 'Demo support inbox',
      description: 'Forwards completed demo conversations to the local inbox at /inbox',
      email: DEMO_INBOX,
      alias: 'demo-inbox',
      trigger: 'always',
    });
    if (!created.data.id)
      throw new Error(`Could not create the demo support integration: ${created.data.message}`);
  }
  return botId;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../src/app.js';
import { readConfig } from '../src/config.js';

// The demo with no HOST and no INBOX_PASSWORD, as a first `pnpm start` runs it, on free ports.
let dataDir: string;
let demo: Demo;
let password: string;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sb-safe-'));
  const config = readConfig({}, { port: 0, smtpPort: 0, dataDir });
  password = config.inboxPassword;
  [demo, browser] = await Promise.all([startDemo(config), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Debian's chromium, launched as the widget's end-to-end tests launch it. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

function get(path: string, authorization?: string): Promise<Response> {
  return fetch(`${demo.url}${path}`, { headers: authorization ? { authorization } : {} });
}

/** Opens a page that records every CSP violation Chromium reports and every uncaught error. */
async function watchedPage(credentials?: { username: string; password: string }) {
  const context = await browser.newContext({ httpCredentials: credentials });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems, close: () => context.close() };
}

async function sendInWidget(page: Page, text: string, replies: number): Promise<void> {
  await page.locator('supportbridge-widget textarea').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('supportbridge-widget .msg.bot').nth(replies).waitFor();
}

describe('where the demo listens', () => {
  it('binds to 127.0.0.1 when HOST is unset, and says so in its URL', () => {
    expect(demo.address.address).toBe('127.0.0.1');
    expect(demo.url).toBe(`http://127.0.0.1:${demo.address.port}`);
  });

  it('binds to the address HOST names', () => {
    expect(readConfig({ HOST: '0.0.0.0' }, { dataDir }).host).toBe('0.0.0.0');
  });
});

describe('the inbox password', () => {
  it('is 24 random URL-safe characters, new at every start, unless INBOX_PASSWORD fixes it', () => {
    const [a, b] = [readConfig({}, { dataDir }), readConfig({}, { dataDir })];
    expect(a.inboxPassword).toMatch(/^[\w-]{24}$/);
    expect(a.inboxPassword).not.toBe(b.inboxPassword);
    expect(a.generatedPassword).toBe(true);
    const fixed = readConfig({ INBOX_PASSWORD: 'correct horse battery staple' }, { dataDir });
    expect(fixed).toMatchObject({ inboxPassword: 'correct horse battery staple', generatedPassword: false });
  });

  it.each(['/inbox', '/inbox/', '/inbox/lx2k9a1b-0a1b2c3d', '/inbox/lx2k9a1b-0a1b2c3d.json'])(
    'answers 401 with a Basic challenge at %s without a password',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="SupportBridge inbox"/);
    },
  );

  it.each([
    ['a wrong password', basic('inbox', 'wrong')],
    ['the right password for another user', basic('admin', 'PASSWORD')],
    ['the password with a trailing character', basic('inbox', 'PASSWORD!')],
    ['a Bearer token', 'Bearer PASSWORD'],
    ['a malformed header', 'Basic'],
  ])('answers 401 to %s', async (_name, header) => {
    const res = await get('/inbox', header.replace('PASSWORD', password));
    expect(res.status).toBe(401);
  });

  it('answers 200 with the right password, on the list and on its JSON routes', async () => {
    const list = await get('/inbox', basic('inbox', password));
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('Support inbox');
    // Past the password, an id the inbox does not hold is the router's own JSON 404.
    const json = await get('/inbox/lx2k9a1b-0a1b2c3d.json', basic('inbox', password));
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the shop page headers', () => {
  it('sends nosniff, a referrer policy, DENY framing and a CSP whose nonce is on the widget tag', async () => {
    const res = await get('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(nonce).toBeTruthy();
    expect(await res.text()).toContain(`<script nonce="${nonce}" src="/support/widget.js"`);
  });

  it('uses a fresh nonce for every page load', async () => {
    const nonces = await Promise.all(
      [1, 2].map(
        async () => (await get('/')).headers.get('content-security-policy')?.match(/'nonce-[^']+'/)?.[0],
      ),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('sends nosniff on the widget script and the inbox too', async () => {
    for (const path of ['/support/widget.js', '/shop.css', '/inbox']) {
      expect((await get(path)).headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

describe('in Chromium', () => {
  it('runs the widget under the shop page CSP and hands the chat to the inbox without a violation', async () => {
    const shop = await watchedPage();
    await shop.page.goto(demo.url);
    await shop.page.locator('supportbridge-widget .launcher').click();
    await shop.page.locator('supportbridge-widget .msg.bot').first().waitFor();
    // The launcher wears the shop's colour only if its nonce'd <style> was allowed to apply.
    const accent = await shop.page.evaluate<string>(
      "getComputedStyle(document.querySelector('supportbridge-widget').shadowRoot.querySelector('.launcher')).backgroundColor",
    );
    expect(accent).toBe('rgb(124, 74, 45)');
    await sendInWidget(shop.page, 'How much does shipping cost?', 1);
    await sendInWidget(shop.page, "I'm Lena Vogt, lena.vogt@example.com", 2);
    await shop.page.locator('supportbridge-widget .chip', { hasText: 'End chat' }).click();
    await shop.page.locator('supportbridge-widget .card .primary').click();
    await shop.page.locator('supportbridge-widget [role=status]').waitFor();
    expect(shop.problems).toEqual([]);
    await shop.close();

    await expect.poll(async () => (await demo.inbox?.list())?.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const inbox = await watchedPage({ username: 'inbox', password });
    await inbox.page.goto(`${demo.url}/inbox`);
    await inbox.page.getByRole('link', { name: /Lena Vogt/ }).click();
    await inbox.page.getByRole('heading', { name: /Lena Vogt/ }).waitFor();
    // The email's HTML part renders in its sandboxed frame under the inbox's own policy.
    const frame = inbox.page.frameLocator('iframe[title="HTML part of the email"]');
    await expect.poll(async () => (await frame.locator('body').textContent())?.trim()).toContain('Lena Vogt');
    expect(inbox.problems).toEqual([]);
    await inbox.close();
  });
});

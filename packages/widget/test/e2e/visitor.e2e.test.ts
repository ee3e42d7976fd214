/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { locale as ar } from '../../src/locales/ar.js';
import { locale as de } from '../../src/locales/de.js';
import { type InboxMail, launchBrowser, routePage, startTarget, type Target, widgetPage } from './harness.js';

// The widget as visitors live it, in a real Chromium against the demo app (API, SMTP inbox):
// their language, a first open while offline, a chat the server completed, writing after the
// hand-over, Markdown replies, and the context the team gets. Each variant runs in light,
// dark, right-to-left and on a 375 px phone; a failing test leaves a screenshot.
let browser: Browser;
let target: Target;

beforeAll(async () => {
  [browser, target] = await Promise.all([launchBrowser(), startTarget()]);
});
afterAll(async () => {
  await browser?.close();
  await target?.close();
});

interface Variant {
  name: string;
  width: number;
  height: number;
  dark?: boolean;
  lang: string;
}
const VARIANTS: Variant[] = [
  { name: 'light', width: 1280, height: 800, lang: 'en' },
  { name: 'dark', width: 1280, height: 800, dark: true, lang: 'en' },
  { name: 'right to left', width: 1280, height: 800, lang: 'ar' },
  { name: '375 px phone', width: 375, height: 667, lang: 'en' },
];

async function newPage(ctx: TestContext, options: Partial<Variant> & { timezoneId?: string } = {}) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.dark ? 'dark' : 'light',
    ...(options.timezoneId && { timezoneId: options.timezoneId }),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  ctx.onTestFailed(async () => {
    const dir = join(tmpdir(), 'supportbridge-e2e-screenshots');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${ctx.task.name.replace(/\W+/g, '-').slice(0, 80)}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => {});
    console.error(`e2e: screenshot of the failed test "${ctx.task.name}" at ${path}`);
  });
  return { page, context, errors, close: () => context.close() };
}

const inside = (page: Page, selector: string) => page.locator(`supportbridge-widget ${selector}`);

async function open(page: Page) {
  await inside(page, '.launcher').click();
  await inside(page, 'textarea').waitFor();
  await page.waitForFunction(() =>
    document
      .querySelector('supportbridge-widget')
      ?.shadowRoot?.getAnimations()
      .every((a) => a.playState === 'finished'),
  );
}

async function say(page: Page, text: string, replies = 1) {
  const before = await inside(page, '.msg.bot').count();
  await inside(page, 'textarea').fill(text);
  await page.keyboard.press('Enter');
  if (replies)
    await inside(page, '.msg.bot')
      .nth(before + replies - 1)
      .waitFor();
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).include('supportbridge-widget').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The conversation the page's widget is in, read from its stored session. */
async function conversationId(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const value = JSON.parse(localStorage.getItem(localStorage.key(i)!) ?? '{}');
      if (value.session?.conversationId) return value.session.conversationId as string;
    }
    return '';
  });
  expect(id).toMatch(/^conv_/);
  return id;
}

async function admin(path: string, body: unknown) {
  const res = await fetch(`${target.url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json() as Promise<Record<string, unknown>>;
}

async function mailsFor(conversation: string, count: number): Promise<InboxMail[]> {
  const mine = async () =>
    (await target.inbox!.list()).filter((m) => m.text?.includes(`Conversation ${conversation}`));
  for (let i = 0; i < 80; i++) {
    const found = await mine();
    if (found.length >= count) return found.sort((a, b) => (a.inReplyTo ? 1 : 0) - (b.inReplyTo ? 1 : 0));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return mine();
}

describe('the widget in the visitor language', () => {
  it('speaks the page language from the launcher on, with plural rules and times through Intl', async (ctx) => {
    const { page, errors, close } = await newPage(ctx);
    await page.goto(
      await routePage(page, target, '/de.html', widgetPage(target).replace('lang="en"', 'lang="de"')),
    );
    await expect.poll(() => inside(page, '.launcher').getAttribute('aria-label')).toBe(de.open);
    if (!target.real) return close();
    await open(page);
    expect(await inside(page, 'textarea').getAttribute('placeholder')).toBe(de.placeholder);
    expect(await inside(page, '.sub').textContent()).toBe(de.subtitle);
    await say(page, 'Wie lange dauert der Versand?');
    expect(await inside(page, '.msg.user time [aria-hidden]').textContent()).toBe('jetzt');
    expect(await inside(page, '[role=dialog]').getAttribute('lang')).toBe('de');
    expect(errors).toEqual([]);
    await close();
  });

  it('takes a string from data-strings over the language texts', async (ctx) => {
    const { page, close } = await newPage(ctx);
    const tag = widgetPage(target, `data-language="de" data-strings='{"open":"Fragen? Schreiben Sie uns"}'`);
    await page.goto(await routePage(page, target, '/strings.html', tag));
    await expect
      .poll(() => inside(page, '.launcher').getAttribute('aria-label'))
      .toBe('Fragen? Schreiben Sie uns');
    await close();
  });

  it('mirrors the panel for Arabic and keeps a Latin name and address in their own direction', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, close } = await newPage(ctx);
    await page.goto(await routePage(page, target, '/ar.html', widgetPage(target, 'data-language="ar"')));
    await open(page);
    expect(await inside(page, '[role=dialog]').getAttribute('dir')).toBe('rtl');
    // Open now, so the launcher offers to close, in Arabic.
    expect(await inside(page, '.launcher').getAttribute('aria-label')).toBe(ar.close);
    // Mirrored: the avatar sits right of the title, the close button left of it.
    const [avatar, title, closeButton] = await Promise.all(
      ['.avatar', '.title', '.head .icon'].map((s) => inside(page, s).boundingBox()),
    );
    expect(avatar!.x).toBeGreaterThan(title!.x);
    expect(closeButton!.x).toBeLessThan(title!.x);
    await say(page, 'أنا Maria García و maria@example.org أريد التحدث مع شخص');
    expect(await axe(page)).toEqual([]);
    await close();
  });
});

describe('a first open while offline', () => {
  it('shows a notice with a retry where the panel would be, and opens by itself once back online', async (ctx) => {
    const { page, context, errors, close } = await newPage(ctx);
    await page.goto(target.url);
    await inside(page, '.launcher').waitFor();
    await context.setOffline(true);
    await inside(page, '.launcher').click();
    const notice = inside(page, '.fail');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('The chat could not load.');
    // The retry fails too while offline, and says so again.
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => notice.isVisible()).toBe(true);
    await context.setOffline(false);
    // No reload, no click: the browser is back online and the panel comes.
    await inside(page, '[role=dialog]').waitFor();
    expect(await notice.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('completion and what comes after', () => {
  it('tells a visitor returning to a chat the team triggered, and threads what they add into one follow-up', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, close } = await newPage(ctx);
    await page.goto(target.url);
    await open(page);
    await say(page, "Hi, I'm Lea Roth, lea.roth@example.org. My grinder arrived with a cracked hopper.");
    const id = await conversationId(page);
    // The team completes it (as an idle sweep would) while the visitor is on another tab.
    await admin(`/conversation/${id}/end`, {});
    const [first] = await mailsFor(id, 1);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const receipt = inside(page, '.receipt');
    await receipt.waitFor();
    const reference = /\[Chat #(\w+)\]/.exec(first!.subject)?.[1];
    expect(await receipt.textContent()).toContain(`Sent to our team as Chat #${reference}.`);
    expect(await receipt.textContent()).toContain('They will reply to lea.roth@example.org.');
    expect(await receipt.textContent()).toContain('Expected reply: within one business day.');
    expect(await inside(page, 'textarea').getAttribute('placeholder')).toBe('Add something for our team…');

    // Two additions: no bot reply, one follow-up threaded under the first email.
    await say(page, 'One more thing: the order number is 7731.', 0);
    await inside(page, '.added').waitFor();
    await say(page, 'And the box was wet.', 0);
    const mails = await mailsFor(id, 2);
    expect(mails).toHaveLength(2);
    const followUp = mails[1]!;
    expect(followUp.inReplyTo).toBe(first!.messageId);
    expect(followUp.subject).toContain(`[Chat #${reference}]`);
    expect(followUp.text).toContain('the order number is 7731');
    expect(followUp.text).toContain('the box was wet');
    // Only what is new, with a pointer to the first email.
    const fresh = followUp.text!.split('NEW SINCE THE LAST EMAIL')[1]!;
    expect(fresh).toMatch(
      /^ \(times in \S+\)\n\d+ earlier messages? (is|are) in the first email of Chat #\w+\./,
    );
    expect(fresh).not.toContain('cracked hopper');
    expect(await inside(page, '.msg.bot').count()).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await mailsFor(id, 3)).toHaveLength(2);
    await close();
  });
});

describe('what the team gets', () => {
  it('records the page without its query, the language, time zone and browser, and shows them in the email', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, close } = await newPage(ctx, { timezoneId: 'Asia/Tokyo' });
    const body = widgetPage(target, 'data-language="de"');
    await page.route(`${target.url}/cart?**`, (route) => route.fulfill({ contentType: 'text/html', body }));
    await page.goto(`${target.url}/cart?token=secret&email=a%40b.c#pay`);
    await open(page);
    await say(page, 'Ich bin Jonas Weber, jonas.weber@example.de. Wie lange dauert der Versand?');
    const id = await conversationId(page);
    await page.locator('supportbridge-widget .chip', { hasText: de.human }).click();
    const [mail] = await mailsFor(id, 1);
    expect(mail!.text).toMatch(new RegExp(`Page: +${target.url.replace(/\./g, '\\.')}/cart\\n`));
    expect(mail!.text).toMatch(/Language: +German · de\n/);
    expect(mail!.text).toMatch(/Time zone: +Asia\/Tokyo\n/);
    expect(mail!.text).toMatch(/Browser: +(Chrome|Chromium) \d+ · Linux\n/);
    expect(mail!.text).not.toContain('secret');
    await close();
  });
});

describe('bot replies in Markdown', () => {
  it('renders bold, lists and links, and no markup from the text', async (ctx) => {
    if (!target.real) return ctx.skip();
    const bot = await admin('/bot/create', {
      name: 'Mia',
      knowledge: [
        {
          question: 'What are your opening hours?',
          answer:
            '**Opening hours**\n- Mon–Fri *9–18*\n- Sat 10–14\n\nSee [our page](https://shop.example/hours) <img src=x onerror="window.__xss=1"> [x](javascript:window.__xss=2)',
        },
      ],
    });
    const { page, close } = await newPage(ctx);
    await page.goto(
      await routePage(page, target, '/md.html', widgetPage({ ...target, botId: String(bot.id) })),
    );
    await open(page);
    await say(page, 'What are your opening hours?');
    const reply = inside(page, '.msg.bot').last();
    expect(await reply.locator('strong').first().textContent()).toBe('Opening hours');
    expect(await reply.locator('li').allTextContents()).toEqual(['Mon–Fri 9–18', 'Sat 10–14']);
    expect(await reply.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'https://shop.example/hours',
    ]);
    expect(await reply.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await close();
  });
});

describe.each(VARIANTS)('the hand-over in $name', (variant) => {
  it('passes axe with times, a receipt and the composer still there, and nothing overflows', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, close } = await newPage(ctx, variant);
    await page.goto(
      await routePage(
        page,
        target,
        `/v-${variant.name.replace(/\W/g, '')}.html`,
        widgetPage(target, `data-language="${variant.lang}"`),
      ),
    );
    await open(page);
    await say(page, 'Where is my order 5521? I am Ana Silva, ana.silva@example.org');
    await inside(page, '.chip').first().click();
    await inside(page, '.receipt').waitFor();
    await inside(page, 'textarea').waitFor();
    expect(await inside(page, 'time').count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    const overflow = await page.evaluate(() => {
      const root = document.querySelector('supportbridge-widget')!.shadowRoot!;
      const dialog = root.querySelector('[role=dialog]')!.getBoundingClientRect();
      return dialog.right > innerWidth + 0.5 || dialog.left < -0.5 || dialog.bottom > innerHeight + 0.5;
    });
    expect(overflow).toBe(false);
    await close();
  });
});

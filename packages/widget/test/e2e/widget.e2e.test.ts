/// <reference types="node" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inWidget,
  LONG_TASKS,
  launchBrowser,
  routePage,
  startTarget,
  type Target,
  widgetPage,
} from './harness.js';

let browser: Browser;
let target: Target;

beforeAll(async () => {
  [browser, target] = await Promise.all([launchBrowser(), startTarget()]);
});
afterAll(async () => {
  await browser?.close();
  await target?.close();
});

async function newPage(options: { width?: number; height?: number; dark?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, requests, errors, close: () => context.close() };
}

const launcher = (page: Page) => page.locator('supportbridge-widget .launcher');
const box = (page: Page) => page.locator('supportbridge-widget textarea');

async function openPanel(page: Page) {
  await launcher(page).click();
  await box(page).waitFor();
  // Let the opening animation finish before measuring anything.
  await page.waitForFunction(() =>
    document
      .querySelector('supportbridge-widget')
      ?.shadowRoot?.getAnimations()
      .every((a) => a.playState === 'finished'),
  );
}

/** axe-core's violations inside the widget; it walks open shadow roots, and this checks it did. */
async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).include('supportbridge-widget').analyze();
  const insideShadow = result.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0]));
  expect(insideShadow.length).toBeGreaterThan(5);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the widget in Chromium', () => {
  it('loads without any API call, cookie, storage write or long task', async () => {
    const { page, requests, errors, close } = await newPage();
    await page.addInitScript(LONG_TASKS);
    await page.goto(target.url);
    await launcher(page).waitFor();
    await page.waitForTimeout(1000);
    // Long tasks count against the widget when they overlap its run, from script start to launcher.
    const state = await page.evaluate(`(() => {
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      const [from, to] = [at('supportbridge:script'), at('supportbridge:launcher')];
      return {
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        longTasks: window.__longTasks.filter((t) => t.start <= to && t.start + t.duration >= from),
        all: JSON.stringify({ from, to, tasks: window.__longTasks }),
        globals: Object.keys(window).filter((k) => /support/i.test(k)),
      };
    })()`);
    expect(requests.filter((r) => r.includes('/api/'))).toEqual([]);
    expect(requests.filter((r) => r.includes('widget-panel'))).toEqual([]);
    const { all, ...rest } = state as { all: string };
    expect(rest, all).toEqual({
      local: 0,
      session: 0,
      cookie: '',
      longTasks: [],
      globals: ['SupportBridge'],
    });
    expect(await launcher(page).getAttribute('aria-label')).toBe('Open support chat');
    expect(errors).toEqual([]);
    await close();
  });

  it('cannot be broken by hostile page CSS', async () => {
    const { page, close } = await newPage();
    const hostile = `<style>
      html { font-size: 40px !important; }
      * { font: italic 30px/4 "Comic Sans MS", cursive !important; color: red !important; letter-spacing: 4px !important;
          box-sizing: content-box !important; margin: 13px !important; }
      button, textarea, div, p { background: yellow !important; border: 9px dotted lime !important; padding: 25px !important;
          width: 50px !important; display: inline !important; position: static !important; }
      supportbridge-widget { display: none !important; opacity: 0 !important; transform: scale(0) !important; }
      svg { display: none !important; }
    </style>`;
    await page.goto(await routePage(page, target, '/hostile.html', widgetPage(target, '', hostile)));
    await launcher(page).waitFor();
    const button = await launcher(page).boundingBox();
    expect(button).toMatchObject({ width: 56, height: 56, x: 1280 - 20 - 56, y: 800 - 20 - 56 });
    await openPanel(page);
    const dialog = await page.locator('supportbridge-widget [role=dialog]').boundingBox();
    expect(dialog).toMatchObject({ width: 384 });
    const styles = await inWidget<{ font: string; letter: string; border: string }>(
      page,
      `(root) => { const s = getComputedStyle(root.querySelector('textarea')); return { font: s.fontSize, letter: s.letterSpacing, border: s.borderTopStyle }; }`,
    );
    expect(styles).toEqual({ font: '16px', letter: 'normal', border: 'solid' });
    await close();
  });

  it('runs under a strict CSP with a style nonce, styled and able to open', async () => {
    const { page, errors, close } = await newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    const url = `${target.url}/csp.html`;
    await page.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        headers: {
          'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'nonce-n0nc3'; connect-src 'self'`,
        },
        body: widgetPage(target).replace('<script src', '<script nonce="n0nc3" src'),
      }),
    );
    await page.goto(url);
    await openPanel(page);
    const accent = await launcher(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(accent).toBe('rgb(79, 70, 229)');
    expect(await page.locator('supportbridge-widget [role=dialog]').boundingBox()).toMatchObject({
      width: 384,
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['light', false],
    ['dark', true],
  ])('has no axe violations with the panel open, %s theme', async (_name, dark) => {
    const { page, close } = await newPage({ dark });
    await page.goto(await routePage(page, target, '/axe.html', widgetPage(target, 'data-theme="auto"')));
    expect(await axe(page)).toEqual([]);
    await openPanel(page);
    await page.waitForTimeout(300);
    expect(await axe(page)).toEqual([]);
    // The email form, its error and the typo hint, too.
    await page.locator('supportbridge-widget .chip').first().click();
    await page.locator('supportbridge-widget #sb-email').fill('maria@gmial.com');
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .hint button').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.locator('supportbridge-widget #sb-email').fill('maria');
    await page.keyboard.press('Enter');
    expect(await axe(page)).toEqual([]);
    await close();
  });

  it('fills a phone screen and keeps the input visible', async () => {
    const { page, close } = await newPage({ width: 375, height: 667 });
    await page.goto(target.url);
    await openPanel(page);
    const dialog = await page.locator('supportbridge-widget [role=dialog]').boundingBox();
    expect(dialog).toEqual({ x: 0, y: 0, width: 375, height: 667 });
    const input = (await box(page).boundingBox())!;
    expect(input.y + input.height).toBeLessThanOrEqual(667);
    expect(input.y).toBeGreaterThan(333);
    expect(await box(page).evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    expect(await launcher(page).isVisible()).toBe(false);
    expect(await page.locator('supportbridge-widget [role=dialog]').getAttribute('aria-modal')).toBe('true');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/supportbridge-phone.png' });

    // Modal means Tab never reaches the covered page: not forwards, not backwards, not after a click on text.
    const where = () =>
      page.evaluate(() => {
        const host = document.querySelector('supportbridge-widget')!;
        const el = host.shadowRoot!.activeElement;
        if (document.activeElement !== host || !el) return `page: ${document.activeElement?.tagName}`;
        return el.closest('[role=dialog]') ? 'panel' : `widget: ${el.className}`;
      });
    const stops = new Set<string>();
    for (const shift of [false, true]) {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
        expect(await where()).toBe('panel');
        stops.add(await inWidget<string>(page, '(root) => root.activeElement.outerHTML.slice(0, 40)'));
      }
    }
    // It went round, through the close button, the log, the chips and the message box.
    expect(stops.size).toBeGreaterThanOrEqual(4);
    await page.locator('supportbridge-widget .sub').click();
    await page.keyboard.press('Shift+Tab');
    expect(await where()).toBe('panel');
    await close();
  });

  it('works by keyboard: Tab to the launcher, Enter opens into the input, Escape closes back', async () => {
    const { page, close } = await newPage();
    await page.goto(
      await routePage(page, target, '/keys.html', widgetPage(target, '', '', '<a href="#x">A link</a>')),
    );
    await launcher(page).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = () =>
      inWidget<string | null>(page, '(root) => root.activeElement && root.activeElement.className');
    expect(await focused()).toBe('launcher');
    await page.keyboard.press('Enter');
    await box(page).waitFor();
    await page.waitForFunction(
      () => document.querySelector('supportbridge-widget')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA',
    );
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('launcher');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('supportbridge-widget [role=dialog]').isVisible()).toBe(false);
    await close();
  });
});

describe('a conversation against the running example', () => {
  it('chats, hands the visitor over by email with the right Reply-To, and keeps the history on reload', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, requests, close } = await newPage();
    await page.goto(target.url);
    expect(requests.filter((r) => r.includes('/api/'))).toEqual([]);
    await openPanel(page);
    await page.locator('supportbridge-widget .msg.bot').first().waitFor();

    await box(page).fill('Hi, my order 48213 arrived with a torn bag.');
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .msg.bot').nth(1).waitFor();
    await box(page).fill("I'm Maria Garcia, my email is maria@example.org");
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .msg.bot').nth(2).waitFor();
    await page.waitForFunction(
      () =>
        document
          .querySelector('supportbridge-widget')
          ?.shadowRoot?.querySelector('.log')
          ?.getAttribute('aria-busy') === 'false',
    );
    await page.screenshot({ path: '/tmp/supportbridge-desktop.png' });
    const transcript = await page.locator('supportbridge-widget .msg').allInnerTexts();

    await page.reload();
    await openPanel(page);
    await page.locator('supportbridge-widget .msg.user').nth(1).waitFor();
    expect(await page.locator('supportbridge-widget .msg').allInnerTexts()).toEqual(transcript);

    await page.locator('supportbridge-widget .chip', { hasText: 'End chat' }).click();
    await page.locator('supportbridge-widget .card .primary').click();
    const receipt = page.locator('supportbridge-widget [role=status]');
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain('They will reply to maria@example.org.');
    const reference = /Chat #(\w+)/.exec((await receipt.textContent()) ?? '')?.[1];
    expect(await axe(page)).toEqual([]);

    let mail: { replyTo?: string; subject: string } | undefined;
    for (let i = 0; i < 60 && !mail; i++) {
      mail = (await target.inbox!.list()).find((m) => m.replyTo?.includes('maria@example.org'));
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(mail?.replyTo).toMatch(/maria@example\.org/);
    expect(mail?.subject).toMatch(/Maria Garcia/);
    // The visitor's receipt quotes the reference of the team's email.
    expect(mail?.subject).toContain(`[Chat #${reference}]`);
    await close();
  });

  it('keeps a message sent offline, marks it, and sends it once back online; a draft survives reload', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, close } = await newPage();
    await page.goto(target.url);
    await openPanel(page);
    await page.locator('supportbridge-widget .msg.bot').first().waitFor();
    await page.context().setOffline(true);
    await box(page).fill('Do you ship to Norway?');
    await page.keyboard.press('Enter');
    const retry = page.locator('supportbridge-widget .msg.user button', { hasText: 'Not sent — retry' });
    await retry.waitFor();
    expect(await page.locator('supportbridge-widget .notice').textContent()).toMatch(/offline/);
    await page.context().setOffline(false);
    await retry.waitFor({ state: 'detached' });
    await page.locator('supportbridge-widget .msg.bot').nth(1).waitFor();

    await box(page).fill('Half-typed question about');
    await page.reload();
    await openPanel(page);
    expect(await box(page).inputValue()).toBe('Half-typed question about');
    await close();
  });

  it('keeps no token or address once the chat ended, and "Forget me" empties storage, on a phone', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, requests, close } = await newPage({ width: 375, height: 667 });
    // Every key and value the page's storage holds, and how many keys.
    const storage = () =>
      page.evaluate(() => {
        const dump = (s: Storage) =>
          [...Array(s.length)].map((_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`);
        const all = [...dump(localStorage), ...dump(sessionStorage)];
        return { keys: all.length, text: all.join('\n') };
      });
    await page.goto(target.url);
    await launcher(page).waitFor();
    await page.evaluate(() =>
      window.SupportBridge!.identify({ name: 'Maria Garcia', email: 'maria@example.org' }),
    );
    await openPanel(page);
    await box(page).fill('My order 48213 arrived with a torn bag.');
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .msg.bot').nth(1).waitFor();
    // While the chat runs, it is resumable: the token, the name and the address are stored.
    const token = /"token":"([^"]+)"/.exec((await storage()).text)?.[1];
    expect(token).toBeTruthy();
    expect((await storage()).text).toMatch(
      /Maria Garcia.*maria@example\.org|maria@example\.org.*Maria Garcia/s,
    );

    await page.locator('supportbridge-widget .chip', { hasText: 'End chat' }).click();
    await page.locator('supportbridge-widget .card .primary').click();
    expect(await page.locator('supportbridge-widget [role=status]').textContent()).toContain(
      'They will reply to maria@example.org.',
    );
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      const stored = await storage();
      expect(stored.keys).toBe(1);
      expect(stored.text).toContain('"receipt"');
      expect(stored.text).not.toContain(token);
      expect(stored.text).not.toMatch(/token|maria|Garcia|torn|conv_/i);
    }
    // After the reload the receipt is back, without the address, and the server was not asked.
    const sinceReload = requests.length;
    await launcher(page).click();
    const receipt = page.locator('supportbridge-widget [role=status]');
    await receipt.waitFor();
    // The team has it: the receipt says so, with the reference, and without the address.
    expect(await receipt.textContent()).toMatch(/^Sent to our team as Chat #\w{5}\.$/);
    expect(await receipt.textContent()).not.toContain('maria');
    await page.waitForTimeout(300);
    expect(requests.slice(sinceReload).filter((r) => r.includes('/api/'))).toEqual([]);

    await page.getByRole('button', { name: 'Start a new chat' }).click();
    await box(page).fill('Jo here, jo@example.org, about a refund');
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .msg.bot').nth(1).waitFor();
    expect((await storage()).text).toContain('"token"');

    // "Forget me" is in the phone layout, on screen, and the first stop after the message box.
    const forget = page.getByRole('button', { name: 'Forget me' });
    const at = (await forget.boundingBox())!;
    expect(at.x).toBeGreaterThanOrEqual(0);
    expect(at.x + at.width).toBeLessThanOrEqual(375);
    expect(at.height).toBeGreaterThanOrEqual(24);
    await box(page).focus();
    await page.keyboard.press('Tab');
    expect(await inWidget<string>(page, '(root) => root.activeElement.textContent')).toBe('Forget me');
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .msg.user').first().waitFor({ state: 'detached' });
    expect(await storage()).toEqual({ keys: 0, text: '' });
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await openPanel(page);
    expect(await page.locator('supportbridge-widget .msg.user').count()).toBe(0);
    await close();
  });

  it('asks for the email when the visitor wants a human and none is known', async (ctx) => {
    if (!target.real) return ctx.skip();
    const { page, close } = await newPage();
    await page.goto(target.url);
    await openPanel(page);
    await box(page).fill('Can I change the grind of my order?');
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .msg.bot').nth(1).waitFor();
    await page.locator('supportbridge-widget .chip', { hasText: 'Talk to a human' }).click();
    await page.locator('supportbridge-widget #sb-email').fill('jo@hotmial.com');
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget .hint button', { hasText: 'jo@hotmail.com' }).click();
    await page.keyboard.press('Enter');
    await page.locator('supportbridge-widget #sb-email').press('Enter');
    const receipt = page.locator('supportbridge-widget [role=status]');
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain('They will reply to jo@hotmail.com.');
    await close();
  });
});

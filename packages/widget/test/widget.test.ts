import { configure, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mount } from '../src/index.js';
import type { MountedWidget, WidgetOptions } from '../src/types.js';
import { fakeApi, memoryStorage, settle } from './fake-api.js';

// The widget lives in a shadow root, which the default error printer cannot print; and
// jsdom keeps a stale computed `display: none` inside shadow roots once an element was
// hidden, so role queries include hidden elements and visibility is asserted explicitly.
configure({ defaultHidden: true, getElementError: (message) => new Error(message ?? 'not found') });

let widget: MountedWidget | undefined;
// The first dynamic import of the panel is transformed on the fly; do it once up front.
beforeAll(() => import('../src/panel.js'));
afterEach(() => {
  widget?.();
  widget = undefined;
});

function start(options: Partial<WidgetOptions> = {}) {
  const server = fakeApi();
  const store = memoryStorage();
  widget = mount({
    botId: 'bot_1',
    api: server.api,
    fetch: server.fetch,
    storage: store.storage,
    ...options,
  });
  const host = () => document.querySelector('supportbridge-widget')!;
  const root = () => host().shadowRoot!;
  const ui = () => within(root() as unknown as HTMLElement);
  return { server, store, widget, host, root, ui };
}

describe('mount', () => {
  it('puts only a labelled launcher in an open shadow root, with one style element', async () => {
    const { root, ui } = start();
    await settle();
    const launcher = ui().getByRole('button', { name: 'Open support chat' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(launcher.getAttribute('aria-controls')).toBe('sb-panel');
    expect(root().querySelectorAll('style')).toHaveLength(1);
    expect(root().querySelector('[role=dialog]')).toBeNull();
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
  });

  it('makes no request and stores nothing before the visitor opens it', async () => {
    const { server, store, widget } = start();
    widget.identify({ name: 'Maria Garcia', email: 'maria@example.org' });
    await settle();
    expect(server.calls).toEqual([]);
    expect(store.writes).toEqual([]);
    expect(document.cookie).toBe('');
  });

  it('puts the CSP nonce on its style element', async () => {
    const { root } = start({ nonce: 'r4nd0m' });
    await settle();
    expect(root().querySelector('style')!.nonce).toBe('r4nd0m');
  });

  it('opens on click: a labelled dialog, focus in the message box, session created', async () => {
    const { ui, root, server } = start();
    await settle();
    ui().getByRole('button', { name: 'Open support chat' }).click();
    const dialog = await ui().findByRole('dialog');
    expect(root().querySelector<HTMLElement>('#sb-panel')!.hidden).toBe(false);
    expect(dialog.getAttribute('aria-labelledby')).toBe('sb-title');
    expect(ui().getByRole('log').getAttribute('aria-live')).toBe('polite');
    expect(root().activeElement).toBe(root().querySelector('textarea'));
    await waitFor(() => expect(ui().getByRole('heading').textContent).toBe('Ava'));
    expect(server.paths()).toEqual(['POST /widget/session/create']);
    expect(root().querySelector('.launcher')!.getAttribute('aria-label')).toBe('Close chat');
    expect(root().querySelector('.launcher')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const { ui, root } = start();
    await settle();
    ui().getByRole('button', { name: 'Open support chat' }).click();
    await ui().findByRole('dialog');
    const box = root().querySelector('textarea')!;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    const launcher = root().querySelector<HTMLElement>('.launcher')!;
    expect(root().querySelector<HTMLElement>('#sb-panel')!.hidden).toBe(true);
    expect(root().activeElement).toBe(launcher);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
  });

  it('on a phone, is modal and keeps Tab inside the panel; on a desktop, leaves Tab alone', async () => {
    // jsdom has no matchMedia: answer the phone query as a 375 px wide screen would.
    vi.stubGlobal('matchMedia', (media: string) => ({
      media,
      matches: media === '(max-width:639.98px)',
      addEventListener() {},
      removeEventListener() {},
    }));
    const { ui, root } = start();
    await settle();
    ui().getByRole('button', { name: 'Open support chat' }).click();
    const dialog = await ui().findByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const tab = (shiftKey = false) => {
      const e = new KeyboardEvent('keydown', {
        key: 'Tab',
        shiftKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      root().activeElement!.dispatchEvent(e);
      return e.defaultPrevented;
    };
    // The send button is disabled while the box is empty: the box is the last stop, and
    // "Forget me", in the header, the first.
    const box = root().querySelector('textarea')!;
    const forget = within(dialog).getByRole('button', { name: 'Forget me' });
    expect(root().activeElement).toBe(box);
    expect(tab()).toBe(true);
    expect(root().activeElement).toBe(forget);
    expect(tab(true)).toBe(true);
    expect(root().activeElement).toBe(box);
    widget?.();
    vi.unstubAllGlobals();

    const desktop = start();
    await settle();
    desktop.ui().getByRole('button', { name: 'Open support chat' }).click();
    expect((await desktop.ui().findByRole('dialog')).hasAttribute('aria-modal')).toBe(false);
    expect(tab()).toBe(false);
  });

  it('sends with Enter, keeps Shift+Enter for a new line, and shows the streamed reply', async () => {
    const { ui, root } = start();
    await settle();
    ui().getByRole('button', { name: 'Open support chat' }).click();
    await ui().findByRole('dialog');
    const box = root().querySelector('textarea')!;
    box.value = 'Line one';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    await settle();
    expect(ui().queryByText('Line one')).toBeNull();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitFor(() => expect(ui().getByText('You said: Line one')).toBeTruthy());
    expect(ui().getByText('Line one')).toBeTruthy();
  });

  it('emits ready, open, close and message events, and on() returns an unsubscribe', async () => {
    const { widget, ui } = start();
    const seen: string[] = [];
    for (const name of ['ready', 'open', 'close', 'message'] as const) widget.on(name, () => seen.push(name));
    const off = widget.on('open', () => seen.push('open-2'));
    off();
    await settle();
    widget.open();
    await ui().findByRole('dialog');
    widget.close();
    expect(seen).toEqual(['ready', 'open', 'close']);
    const late: string[] = [];
    widget.on('ready', () => late.push('ready'));
    await settle();
    expect(late).toEqual(['ready']);
  });

  it('shows an unread badge for a reply that arrives while closed', async () => {
    const { widget, ui, root, server } = start();
    await settle();
    widget.open();
    await ui().findByRole('dialog');
    await waitFor(() => expect(server.calls).toHaveLength(1));
    const box = root().querySelector('textarea')!;
    box.value = 'Hi';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    root().querySelector('form')!.requestSubmit();
    widget.close();
    await waitFor(() =>
      expect(ui().getByRole('button', { name: 'Open support chat, 1 unread message' }).textContent).toContain(
        '1',
      ),
    );
    widget.open();
    expect(root().querySelector('.badge')!.textContent).toBe('');
  });

  it('opens at once with open: true, and renders right to left for Arabic', async () => {
    const { ui } = start({ open: true, language: 'ar' });
    await settle();
    const dialog = await ui().findByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
  });

  it('uses the strings option for what the visitor reads', async () => {
    const { ui } = start({ strings: { open: 'Chat öffnen', human: 'Mit einem Menschen sprechen' } });
    await settle();
    ui().getByRole('button', { name: 'Chat öffnen' }).click();
    expect(await ui().findByRole('button', { name: 'Mit einem Menschen sprechen' })).toBeTruthy();
  });

  it('offers a labelled "Forget me" button that empties storage and shows a fresh chat', async () => {
    const store = memoryStorage({ 'shop:cart': '[1]' });
    const { ui, root, widget } = start({ storage: store.storage });
    await settle();
    widget.identify({ email: 'maria@example.org' });
    widget.open();
    await ui().findByRole('dialog');
    const box = root().querySelector('textarea')!;
    box.value = 'My parcel is lost';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.form!.requestSubmit();
    await waitFor(() => expect(ui().getByText('You said: My parcel is lost')).toBeTruthy());
    expect(store.map.get('supportbridge:bot_1')).toContain('maria@example.org');

    const forget = ui().getByRole('button', { name: 'Forget me' }) as HTMLButtonElement;
    expect(forget.type).toBe('button');
    expect(forget.tabIndex).toBe(0);
    forget.click();
    await settle();
    expect([...store.map.keys()]).toEqual(['shop:cart']);
    expect(ui().queryByText('My parcel is lost')).toBeNull();
    expect(ui().queryByText('You said: My parcel is lost')).toBeNull();
    expect(root().querySelectorAll('.msg.user')).toHaveLength(0);
  });

  it('lets the strings option rename "Forget me"', async () => {
    const { ui, widget } = start({ strings: { forget: 'Mich vergessen' } });
    await settle();
    widget.open();
    expect(await ui().findByRole('button', { name: 'Mich vergessen' })).toBeTruthy();
  });

  it('leaves nothing behind when removed', async () => {
    const { widget } = start();
    await settle();
    widget();
    expect(document.querySelector('supportbridge-widget')).toBeNull();
  });

  it('asks for the email inline, offers a typo fix, then shows the receipt', async () => {
    const { ui, root, widget } = start();
    const escalated = vi.fn();
    widget.on('escalated', escalated);
    await settle();
    widget.open();
    await ui().findByRole('dialog');
    ui().getByRole('button', { name: 'Talk to a human' }).click();
    const input = (await ui().findByLabelText('Where should our team reply?')) as HTMLInputElement;
    expect(root().activeElement).toBe(input);
    input.value = 'maria@hotmial.com';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
    ui().getByRole('button', { name: 'maria@hotmail.com' }).click();
    await settle();
    expect((root().querySelector('#sb-email') as HTMLInputElement).value).toBe('maria@hotmail.com');
    ui().getByRole('button', { name: 'Send to our team' }).click();
    const receipt = await ui().findByRole('status');
    expect(receipt.textContent).toContain(
      'Sent to our team as Chat #R0001.They will reply to maria@hotmail.com.',
    );
    expect(escalated).toHaveBeenCalledWith({ conversationId: 'conv_1', email: 'maria@hotmail.com' });
  });
});

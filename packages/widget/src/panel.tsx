import { render } from 'preact';
import { createClient } from './api/client.js';
import { Panel } from './components/Panel.js';
import { trapFocus } from './focus-trap.js';
import type { PanelHost, PanelInstance } from './panel-contract.js';
import { type ConversationState, createConversation } from './state/conversation.js';
import { createStore } from './state/storage.js';
import { PANEL_CSS, PHONE } from './styles.js';
import { trackViewport } from './viewport.js';

/**
 * Entry of the lazily loaded panel chunk: renders the chat into the launcher's slot and
 * re-renders on every change of the conversation. Called on the visitor's first open,
 * never on page load.
 *
 * @example
 * const panel = (await import('./panel.js')).mountPanel(host);
 * panel.setOpen(true);
 */
export function mountPanel(host: PanelHost): PanelInstance {
  const { config, slot, strings } = host;
  const chat = createConversation({
    config,
    strings,
    api: createClient({ api: config.api, fetch: config.fetch }),
    store: createStore(config.storage, config.botId, config.forgetAfter),
    events: host.events,
    setUnread: host.setUnread,
  });
  let untrack = () => {};
  let prev: ConversationState | undefined;
  // On a phone the panel covers the page: it is modal there, and Tab stays inside it.
  const phone = globalThis.matchMedia?.(PHONE);
  const modal = () => phone?.matches ?? false;
  const release = trapFocus(slot, modal);

  function draw(): void {
    const s = chat.state;
    render(
      <Panel state={s} chat={chat} config={config} strings={strings} modal={modal()} onClose={host.close} />,
      slot,
    );
    if (slot.hidden) return;
    // Preact's render is synchronous, so the DOM is current: grow the message box to fit.
    const box = slot.querySelector('textarea');
    if (box) {
      box.style.height = 'auto';
      box.style.height = `${box.scrollHeight + 2}px`;
    }
    if (s.messages !== prev?.messages || s.reply !== prev.reply || s.greeting !== prev.greeting) {
      const log = slot.querySelector('.log')!;
      log.scrollTop = log.scrollHeight;
    }
    // The control that was pressed went away with the old footer: hand focus to the new one.
    if (prev && (s.view !== prev.view || !s.receipt !== !prev.receipt))
      slot.querySelector<HTMLElement>('.foot :is(textarea,input,button)')?.focus();
    prev = s;
  }
  host.addCss(PANEL_CSS);
  chat.subscribe(draw);
  // Message times are relative ("2 min ago"): keep them true while the panel is open.
  const tick = setInterval(() => !slot.hidden && draw(), 30_000);
  // A phone turned sideways, or a window made narrow, changes what modal means.
  phone?.addEventListener?.('change', draw);
  draw();

  return {
    setOpen(open: boolean): void {
      untrack();
      untrack = open ? trackViewport(slot) : () => {};
      chat.setOpen(open);
      if (!open) return;
      prev = undefined;
      draw();
      (slot.querySelector('textarea') ?? slot.querySelector<HTMLElement>('.foot :is(input,button)'))?.focus();
    },
    identify: chat.identify,
    destroy(): void {
      clearInterval(tick);
      untrack();
      release();
      phone?.removeEventListener?.('change', draw);
      chat.destroy();
      render(null, slot);
    },
  };
}

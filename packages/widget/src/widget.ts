import { resolveConfig } from './config.js';
import { createEmitter } from './emitter.js';
import type { LoadLocale } from './i18n.js';
import { createLauncher } from './launcher.js';
import type { LoadPanel, PanelInstance } from './panel-contract.js';
import { LAUNCHER_STRINGS, type LauncherStrings, type Strings } from './strings.js';
import { hostCss } from './styles.js';
import type { MountedWidget, VisitorContact, WidgetEvents, WidgetOptions } from './types.js';

const SLOT_ID = 'sb-panel';

/**
 * Puts the launcher on the page and wires the JS API; the panel is loaded with
 * `loadPanel` the first time the visitor opens it, with the texts of the visitor's language
 * (`loadLocale`; at once for a language other than English, which the launcher speaks
 * itself). Until the first open nothing is fetched from the API and nothing is stored. A
 * panel that fails to load (offline) leaves a notice with a retry, and is retried by itself
 * when the browser is back online.
 *
 * @example
 * const widget = createWidget({ botId: 'bot_1' }, () => import('./panel.js'), (l) => import(`./locales/${l}.js`));
 * widget.open();
 */
export function createWidget(
  options: WidgetOptions,
  loadPanel: LoadPanel,
  loadLocale: LoadLocale,
): MountedWidget {
  const config = resolveConfig(options);
  const events = createEmitter<WidgetEvents>();
  const host = document.createElement('supportbridge-widget');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  const slot = document.createElement('div');
  const launcher = createLauncher(
    config,
    { ...LAUNCHER_STRINGS, ...config.strings } as LauncherStrings,
    SLOT_ID,
    () => api.toggle(),
    () => api.open(),
  );
  let isOpen = false;
  let failed = false;
  let texts: Promise<Strings> | undefined;
  let ready = false;
  let removed = false;
  let panel: PanelInstance | undefined;
  let loading: Promise<PanelInstance> | undefined;
  let queued: VisitorContact | undefined;

  if (config.nonce) style.nonce = config.nonce;
  style.textContent = hostCss(config);
  slot.id = SLOT_ID;
  slot.className = 'slot';
  slot.hidden = true;
  root.append(style, slot, launcher.failure, launcher.el);
  // Escape closes from anywhere inside the widget, launcher included.
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && isOpen) {
      e.stopPropagation();
      close(true);
    }
  });
  // Fetch the panel code (not the API) as soon as the visitor shows intent.
  launcher.el.addEventListener(
    'pointerenter',
    () => void Promise.all([loadPanel(), ensureTexts()]).catch(() => {}),
    { once: true },
  );
  const onOnline = () => failed && api.open();
  globalThis.addEventListener?.('online', onOnline);

  /** The visitor's texts with the host's overrides over them; the launcher relabels itself. */
  function ensureTexts(): Promise<Strings> {
    texts ??= loadLocale(config.language).then(({ locale }) => {
      const t = { ...locale, ...config.strings };
      launcher.setStrings(t);
      return t;
    });
    texts.catch(() => {
      texts = undefined;
    });
    return texts;
  }
  if (config.language !== 'en') ensureTexts().catch(() => {});

  function attach(): void {
    if (removed) return;
    (config.target ?? document.body).append(host);
    ready = true;
    performance.mark?.('supportbridge:launcher');
    events.emit('ready', undefined);
    if (config.open) api.open();
  }
  // An async script in <head> can run before <body> exists.
  if (config.target || document.body) queueMicrotask(attach);
  else document.addEventListener('DOMContentLoaded', attach, { once: true });

  function ensurePanel(): Promise<PanelInstance> {
    loading ??= Promise.all([loadPanel(), ensureTexts()]).then(([module, strings]) => {
      if (removed) throw new Error('SupportBridge: the widget was removed');
      failed = false;
      launcher.setFailed(false);
      panel = module.mountPanel({
        config,
        strings,
        root,
        slot,
        events,
        close: () => close(true),
        setUnread: launcher.setUnread,
        addCss: (css) => style.append(css),
      });
      if (queued) panel.identify(queued);
      queued = undefined;
      return panel;
    });
    loading.catch((err) => {
      loading = undefined;
      console.error('SupportBridge: could not load the chat panel.', err);
      failed = true;
      launcher.setFailed(true);
      close(false);
    });
    return loading;
  }

  function close(returnFocus: boolean): void {
    if (!isOpen) return;
    isOpen = false;
    // Move focus back only when it was inside the panel: a programmatic close() must not steal it.
    const inside = returnFocus || slot.contains(root.activeElement);
    slot.hidden = true;
    panel?.setOpen(false);
    launcher.setOpen(false);
    if (inside) launcher.el.focus();
    events.emit('close', undefined);
  }

  const api = {
    open(): void {
      if (isOpen || removed) return;
      isOpen = true;
      launcher.setOpen(true);
      launcher.setUnread(0);
      events.emit('open', undefined);
      ensurePanel().then(
        (p) => {
          if (!isOpen) return;
          slot.hidden = false;
          p.setOpen(true);
        },
        () => {},
      );
    },
    close: () => close(false),
    toggle(): void {
      if (isOpen) close(false);
      else api.open();
    },
    identify(contact: VisitorContact): void {
      if (panel) panel.identify(contact);
      else queued = { ...queued, ...contact };
    },
    on<K extends keyof WidgetEvents>(type: K, fn: (data: WidgetEvents[K]) => void): () => void {
      const off = events.on(type, fn);
      // `ready` is a state, not a moment: a late listener still hears it.
      if (type === 'ready' && ready) queueMicrotask(() => fn(undefined as WidgetEvents[K]));
      return off;
    },
  };

  function unmount(): void {
    removed = true;
    isOpen = false;
    globalThis.removeEventListener?.('online', onOnline);
    panel?.destroy();
    events.clear();
    host.remove();
  }
  return Object.assign(unmount, api);
}

import type { Strings } from './strings.js';

/** Where the launcher sits. */
export type WidgetPosition = 'bottom-right' | 'bottom-left';

/** `auto` follows the visitor's `prefers-color-scheme`. */
export type WidgetTheme = 'light' | 'dark' | 'auto';

/**
 * Everything `mount()` accepts. The script tag maps its `data-*` attributes onto the
 * same names (`data-bot` → `botId`).
 *
 * @example
 * const options: WidgetOptions = { botId: 'bot_123', color: '#0f766e', position: 'bottom-left' };
 */
export interface WidgetOptions {
  /** The bot the visitor talks to (`bot_…`). Required. */
  botId: string;
  /**
   * Base URL of the SupportBridge API. Defaults to `location.origin + '/api/v1'`; the
   * script tag defaults to the script's own origin + `/api/v1`.
   */
  api?: string;
  /** Title of the chat panel. Defaults to the bot's name, then `strings.title`. */
  title?: string;
  /** First message shown in the panel. Defaults to the bot's greeting, then `strings.greeting`. */
  greeting?: string;
  /** Accent colour as `#rrggbb` or `#rgb`. Text on it is black or white, whichever reads better. Defaults to `#4f46e5`. */
  color?: string;
  /** Defaults to `bottom-right`. */
  position?: WidgetPosition;
  /** Defaults to `light`. */
  theme?: WidgetTheme;
  /** BCP 47 language of the panel; `ar`, `he`, `fa` and `ur` render right to left. Defaults to the page's `<html lang>`. */
  language?: string;
  /** Open the panel as soon as the widget mounts. Defaults to `false`. */
  open?: boolean;
  /**
   * Minutes without activity after which the token and the visitor's details stored in this
   * browser are dropped, when the widget next loads them; also how long the receipt of a
   * finished chat is kept. Defaults to `30`.
   */
  forgetAfterMinutes?: number;
  /** Replaces any of the user-facing texts. Defaults to `DEFAULT_STRINGS`. */
  strings?: Partial<Strings>;
  /** CSP nonce put on the widget's single `<style>` element. Defaults to none. */
  nonce?: string;
  /** Element the widget is appended to. Defaults to `document.body`. */
  target?: HTMLElement;
  /** Storage for the conversation and the draft; `null` keeps nothing across reloads. Defaults to `localStorage`. */
  storage?: Storage | null;
  /** The `fetch` used for API calls. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** The visitor's details as the host page knows them. @example { name: 'Maria Garcia', email: 'maria@example.org' } */
export interface VisitorContact {
  name?: string;
  email?: string;
  /**
   * The host server's hex `HMAC-SHA256(identitySecret, email)`, passed through as it is: with
   * it the team sees the email as verified; a bot with `identityRequired` refuses an email
   * without it.
   */
  signature?: string;
}

/**
 * Payload of each event `on()` can listen to.
 *
 * @example
 * const onMessage = (m: WidgetEvents['message']) => console.log(m.type, m.text);
 */
export interface WidgetEvents {
  /** The launcher is on the page. Listeners added later are called at once. */
  ready: undefined;
  open: undefined;
  close: undefined;
  /** A message was added to the conversation: the visitor's as sent, the bot's once complete. */
  message: { id: string; type: 'user' | 'bot'; text: string };
  /** Contact details reached the server (from `identify()` or the email form). */
  contact: VisitorContact;
  /** The conversation was handed to the support team. */
  escalated: { conversationId: string; email?: string };
  /** The conversation completed: the visitor ended it, or it went idle. */
  ended: { conversationId: string; reason: string };
}

/** @example const name: WidgetEventName = 'escalated'; */
export type WidgetEventName = keyof WidgetEvents;

/**
 * The JavaScript API, as `window.SupportBridge` and on the handle `mount()` returns.
 *
 * @example
 * SupportBridge.identify({ name: 'Maria Garcia', email: 'maria@example.org' });
 * const off = SupportBridge.on('escalated', ({ email }) => console.log('handed over', email));
 */
export interface SupportBridgeApi {
  open(): void;
  close(): void;
  toggle(): void;
  /** Tells the support team who the visitor is. Sent once a conversation exists; never creates one. */
  identify(contact: VisitorContact): void;
  /** Listens to a widget event; returns the function that stops listening. */
  on<K extends WidgetEventName>(event: K, listener: (data: WidgetEvents[K]) => void): () => void;
}

/**
 * What `mount()` returns: call it to remove the widget; it also carries the JS API.
 *
 * @example
 * const widget = mount({ botId: 'bot_123' });
 * widget.open();
 * widget(); // removes the widget and its listeners
 */
export interface MountedWidget extends SupportBridgeApi {
  (): void;
}

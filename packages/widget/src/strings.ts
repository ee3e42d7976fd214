import type { Locale, Plural } from './locales/en.js';

/** The English texts: the defaults, and the shape every language fills. @example DEFAULT_STRINGS.send // 'Send' */
export { locale as DEFAULT_STRINGS } from './locales/en.js';

/**
 * Every text the visitor can see or hear, in one language: the shape of `locales/en.ts`.
 * Override any of them with the `strings` option or the script tag's `data-strings` (JSON).
 *
 * @example
 * mount({ botId, strings: { title: 'Hilfe', placeholder: 'Nachricht schreiben…' } });
 */
export type Strings = Locale;

/**
 * The launcher's own texts, in English: they ship in widget.js, so the button has a name
 * before (or without) any locale chunk. The visitor's locale replaces them once loaded.
 *
 * @example
 * LAUNCHER_STRINGS.open // 'Open support chat'
 */
export const LAUNCHER_STRINGS = {
  open: 'Open support chat',
  close: 'Close chat',
  unread: { one: '{n} unread message', other: '{n} unread messages' } as Plural,
  loadFailed: 'The chat could not load.',
  retry: 'Try again',
} satisfies Partial<Strings>;

/** What the launcher can count on: its own texts, with whatever the locale and the host gave. */
export type LauncherStrings = typeof LAUNCHER_STRINGS & Partial<Strings>;

import { parseColor, textOn } from './color.js';
import { type Language, pickLanguage } from './i18n.js';
import type { Strings } from './strings.js';
import type { WidgetOptions, WidgetPosition, WidgetTheme } from './types.js';

const DEFAULT_ACCENT = '#4f46e5';
const DEFAULT_FORGET_MINUTES = 30;
const RTL = /^(ar|he|fa|ur)\b/i;

/**
 * Options resolved once, at mount: defaults applied, colours checked, direction derived.
 * Everything downstream reads this and never the raw options.
 *
 * @example
 * const config: Config = resolveConfig({ botId: 'bot_1' });
 */
export interface Config {
  botId: string;
  api: string;
  title?: string;
  greeting?: string;
  accent: string;
  onAccent: string;
  position: WidgetPosition;
  theme: WidgetTheme;
  /** The visitor's language tag as chosen (`de-AT`), for `lang`, `Intl` and the API. */
  lang: string;
  /** The language whose texts are shown (`de`). */
  language: Language;
  dir: 'ltr' | 'rtl';
  open: boolean;
  /** `forgetAfterMinutes` in ms: stored details idle this long are dropped on the next load. */
  forgetAfter: number;
  /** The host's overrides of any text, laid over the chosen language's. */
  strings: Partial<Strings>;
  nonce?: string;
  target?: HTMLElement;
  /** `undefined` means localStorage, looked up only when the panel opens. */
  storage?: Storage | null;
  fetch: typeof fetch;
}

/** Warns once that an option is refused, saying what it should be, and returns the default. */
function fallback<T>(name: string, value: unknown, rule: string, def: T): T {
  console.warn(`SupportBridge: ${name} "${value}" is not ${rule}; using ${def}.`);
  return def;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], def: T, name: string): T {
  if (value === undefined || value === '' || (allowed as readonly string[]).includes(value))
    return (value || def) as T;
  return fallback(name, value, `one of ${allowed.join(', ')}`, def);
}

function defaultApi(): string {
  return `${globalThis.location?.origin ?? ''}/api/v1`;
}

/**
 * Validates and completes the options. A missing `botId` throws with the fix; a bad
 * colour, position, theme or `forgetAfterMinutes` warns once and falls back to the default.
 *
 * @example
 * resolveConfig({ botId: 'bot_1', color: '#facc15' }).onAccent // '#000'
 */
export function resolveConfig(options: WidgetOptions): Config {
  if (!options?.botId) {
    throw new Error(
      'SupportBridge: botId is missing. Add data-bot="bot_…" to the script tag, or pass { botId } to mount().',
    );
  }
  let color = options.color?.trim() || DEFAULT_ACCENT;
  if (!parseColor(color)) color = fallback('color', color, '#rrggbb', DEFAULT_ACCENT);
  let forget = options.forgetAfterMinutes ?? DEFAULT_FORGET_MINUTES;
  if (!(forget > 0)) forget = fallback('forgetAfterMinutes', forget, 'above 0', DEFAULT_FORGET_MINUTES);
  // The site's choice, else the page's language, else the visitor's browser languages.
  const [lang, language] = pickLanguage([
    options.language,
    globalThis.document?.documentElement.lang,
    ...(globalThis.navigator?.languages ?? []),
  ]);
  return {
    botId: options.botId,
    api: (options.api || defaultApi()).replace(/\/+$/, ''),
    title: options.title || undefined,
    greeting: options.greeting || undefined,
    accent: color,
    onAccent: textOn(parseColor(color)!),
    position: oneOf(options.position, ['bottom-right', 'bottom-left'], 'bottom-right', 'position'),
    theme: oneOf(options.theme, ['light', 'dark', 'auto'], 'light', 'theme'),
    lang,
    language,
    dir: RTL.test(lang) ? 'rtl' : 'ltr',
    open: options.open ?? false,
    forgetAfter: forget * 60_000,
    strings: { ...options.strings },
    nonce: options.nonce,
    target: options.target,
    storage: options.storage,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

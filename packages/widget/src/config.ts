import { parseColor, textOn } from './color.js';
import { LAUNCHER_STRINGS, type Strings } from './strings.js';
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
  lang: string;
  dir: 'ltr' | 'rtl';
  open: boolean;
  /** `forgetAfterMinutes` in ms: stored details idle this long are dropped on the next load. */
  forgetAfter: number;
  /**
   * The launcher's texts with the host's overrides (of any text) over them. The panel
   * merges this over its own texts, so the launcher's ship once, in widget.js.
   */
  strings: typeof LAUNCHER_STRINGS & Partial<Strings>;
  nonce?: string;
  target?: HTMLElement;
  /** `undefined` means localStorage, looked up only when the panel opens. */
  storage?: Storage | null;
  fetch: typeof fetch;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  console.warn(`SupportBridge: ${name} "${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
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
  if (!parseColor(color)) {
    console.warn(`SupportBridge: color "${color}" is not #rrggbb; using ${DEFAULT_ACCENT}.`);
    color = DEFAULT_ACCENT;
  }
  let forget = options.forgetAfterMinutes ?? DEFAULT_FORGET_MINUTES;
  if (!(forget > 0)) {
    console.warn(
      `SupportBridge: forgetAfterMinutes "${forget}" is not above 0; using ${DEFAULT_FORGET_MINUTES}.`,
    );
    forget = DEFAULT_FORGET_MINUTES;
  }
  const lang = options.language || globalThis.document?.documentElement.lang || 'en';
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
    dir: RTL.test(lang) ? 'rtl' : 'ltr',
    open: options.open ?? false,
    forgetAfter: forget * 60_000,
    strings: { ...LAUNCHER_STRINGS, ...options.strings },
    nonce: options.nonce,
    target: options.target,
    storage: options.storage,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

import type { WidgetOptions } from './types.js';

/**
 * Reads the widget's options from its script tag: `data-bot`, `data-api`, `data-title`,
 * `data-greeting`, `data-color`, `data-position`, `data-theme`, `data-language`,
 * `data-open`, `data-forget-after-minutes`, `data-strings` (JSON of texts to override, e.g.
 * `{"title":"Hilfe"}`) and the tag's CSP `nonce`. The API defaults
 * to the script's own origin + `/api/v1`, so one tag works on any page of any site.
 *
 * @example
 * optionsFromScript(document.currentScript as HTMLScriptElement)
 * // { botId: 'bot_…', api: 'https://support.example/api/v1', … }
 */
export function optionsFromScript(script: HTMLScriptElement): WidgetOptions {
  const d = script.dataset;
  return {
    botId: d.bot ?? '',
    api: d.api || `${new URL(script.src, location.href).origin}/api/v1`,
    title: d.title,
    greeting: d.greeting,
    color: d.color,
    position: d.position as WidgetOptions['position'],
    theme: d.theme as WidgetOptions['theme'],
    language: d.language,
    open: d.open !== undefined && d.open !== 'false',
    // Left undefined when absent, so the default applies; anything else is checked at resolve.
    forgetAfterMinutes: d.forgetAfterMinutes ? +d.forgetAfterMinutes : undefined,
    nonce: script.nonce || undefined,
    strings: d.strings ? strings(d.strings) : undefined,
  };
}

function strings(json: string): WidgetOptions['strings'] {
  try {
    return JSON.parse(json);
  } catch {
    console.warn('SupportBridge: data-strings is not JSON; the default texts are used.');
  }
}

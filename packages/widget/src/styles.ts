import { contrast, parseColor } from './color.js';
import type { Config } from './config.js';

// All CSS lives in the shadow root's single <style>. Sizes are px/em, never rem: rem
// follows the host page's root font size. Colours are custom properties on :host, so a
// host page can still theme us on purpose (`supportbridge-widget { --sb-accent: … }`).

// Every current browser knows system-ui; the fallbacks for older ones are gone.
const FONT = 'system-ui,sans-serif';
const Z = 2147483000;

/**
 * Below this width the panel fills the screen and is modal (`aria-modal`, focus kept inside).
 *
 * @example
 * matchMedia(PHONE).matches
 */
export const PHONE = '(max-width:639.98px)';

// bg, fg, muted, line, field (input borders, 3:1), soft (bot bubbles), danger. Text pairs reach 4.5:1.
const LIGHT = ['#fff', '#1f2328', '#5b6470', '#e3e6ea', '#8a939e', '#f1f3f6', '#b42318'];
const DARK = ['#17181c', '#eceef2', '#a9b0bb', '#2f3239', '#767e8a', '#26282e', '#ff9f94'];
const NAMES = ['bg', 'fg', 'muted', 'line', 'field', 'soft', 'danger'];

function vars(palette: string[], accent: string, scheme: string): string {
  // A focus ring needs 3:1 against the panel (WCAG 2.2); a pale accent on white does not get it.
  const focus = contrast(parseColor(accent)!, parseColor(palette[0]!)!) >= 3 ? accent : palette[1];
  return `${palette.map((c, i) => `--sb-${NAMES[i]}:${c};`).join('')}--sb-focus:${focus};--sb-scheme:${scheme}`;
}

function side(config: Config): string {
  return config.position === 'bottom-left' ? 'left' : 'right';
}

/**
 * The CSS the launcher needs on page load: theme variables and the launcher button.
 *
 * @example
 * style.textContent = hostCss(resolveConfig({ botId: 'bot_1' }));
 */
export function hostCss(config: Config): string {
  const light = vars(LIGHT, config.accent, 'light');
  const dark = vars(DARK, config.accent, 'dark');
  const themed =
    config.theme === 'dark'
      ? `:host{${dark}}`
      : `:host{${light}}${config.theme === 'auto' ? `@media (prefers-color-scheme:dark){:host{${dark}}}` : ''}`;
  // `all: initial !important` on :host: for important declarations the shadow tree wins
  // over the page, so no page rule (`* { … !important }` included) reaches inside.
  return `:host{all:initial!important;--sb-accent:${config.accent};--sb-on-accent:${config.onAccent};--sb-font:${FONT}}${themed}
*{box-sizing:border-box}
button{font:inherit;color:inherit;cursor:pointer;border:0;padding:0;background:none}
svg{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.launcher,.slot,.fail{position:fixed;${side(config)}:20px}
.launcher{z-index:${Z};bottom:20px;width:56px;height:56px;border-radius:50%;background:var(--sb-accent);color:var(--sb-on-accent);display:grid;place-items:center;box-shadow:0 6px 24px #0f172a3d,0 1px 3px #0f172a29;transition:transform .15s}
.launcher:hover{transform:scale(1.06)}
.launcher:focus-visible{outline:3px solid #101828;outline-offset:2px;box-shadow:0 0 0 2px #fff}
.launcher svg{width:26px;height:26px}
.badge{position:absolute;top:-3px;right:-3px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;border:2px solid #fff;background:#d92d20;color:#fff;font:700 11px/18px var(--sb-font);text-align:center}
.badge:empty{display:none}
.slot[hidden],.fail[hidden]{display:none}
.fail{bottom:88px;z-index:${Z};max-width:min(320px,calc(100vw - 40px));margin:0;padding:10px 14px;border-radius:12px;background:#fff;color:#b42318;box-shadow:0 6px 24px #0f172a3d;font:14px/1.4 var(--sb-font)}
.fail button{font-weight:600;text-decoration:underline}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}`;
}

/**
 * The CSS of the open panel, appended when the panel chunk loads. The slot's side comes
 * with the launcher's CSS, so this is the same for every configuration.
 *
 * @example
 * style.append(PANEL_CSS);
 */
export const PANEL_CSS = `
.slot{z-index:${Z + 1};bottom:92px;width:384px;max-width:calc(100vw - 40px);height:min(640px,calc(100vh - 112px))}
.dialog{display:flex;flex-direction:column;height:100%;overflow:hidden;border-radius:16px;background:var(--sb-bg);color:var(--sb-fg);color-scheme:var(--sb-scheme);font:15px/1.45 var(--sb-font);text-align:start;box-shadow:0 12px 48px #0f172a40;animation:sb-in .2s}
@keyframes sb-in{from{opacity:0;transform:translateY(12px)}}
input,textarea{font:inherit;color:inherit}
h2,p{margin:0}
:focus-visible{outline:2px solid var(--sb-focus);outline-offset:2px}
.head,.chips,.row,.composer{display:flex;gap:8px}
.head{align-items:center;gap:12px;padding:14px 10px 14px 16px}
.head,.send,.primary{background:var(--sb-accent);color:var(--sb-on-accent)}
.head :focus-visible{outline-color:currentColor}
.avatar,.icon,.send,.ok{flex:none;display:grid;place-items:center;width:40px;height:40px;border-radius:50%}
.avatar,.icon:hover{background:color-mix(in srgb,currentColor 16%,#0000);font-weight:700}
.who{flex:1;min-width:0}
.title{font-size:16px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.sub,.chip,.hint,.notice,.forget{font-size:13px}
.forget{padding:8px 4px}
.log{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:18px 16px 8px;display:flex;flex-direction:column;gap:10px}
.msg{display:flex;flex-direction:column;align-items:start;max-width:84%}
.user{align-self:end;align-items:end}
.b{padding:9px 13px;border-radius:18px 18px 18px 6px;background:var(--sb-soft);white-space:pre-wrap;overflow-wrap:anywhere}
.user .b{border-radius:18px 18px 6px;background:var(--sb-accent);color:var(--sb-on-accent)}
.b>*+*{margin-top:6px}
ul,ol{margin:0;padding-inline-start:20px}
code{font:13px ui-monospace,monospace;padding:0 3px;border-radius:4px;background:color-mix(in srgb,currentColor 10%,#0000)}
.msg>span,.msg>button,time,.added{margin-top:3px;font-size:12px;color:var(--sb-muted)}
.added{align-self:center}
.msg button,.err,.notice{color:var(--sb-danger)}
.msg button,.link{font-weight:600;text-decoration:underline}
.b a{color:inherit}
.dots{display:flex;gap:4px;padding:15px 14px}
.dots i{width:7px;height:7px;border-radius:50%;background:var(--sb-muted);animation:sb-dot 1.2s infinite}
.dots i+i{animation-delay:.2s}.dots i+i+i{animation-delay:.4s}
@keyframes sb-dot{0%,60%,to{opacity:.3}30%{opacity:1}}
.notice{margin:4px 16px;padding:8px 12px;border-radius:10px;background:color-mix(in srgb,currentColor 9%,var(--sb-bg))}
.foot{border-top:1px solid var(--sb-line);padding:10px 12px 12px}
.chips{margin-bottom:10px}
.composer{align-items:end}
.chip,.ghost{padding:5px 12px;border:1px solid var(--sb-field);border-radius:99px}
.chip:hover,.ghost:hover{background:var(--sb-soft)}
textarea,input{flex:1;width:100%;min-height:44px;margin:0;padding:10px 14px;border:1px solid var(--sb-field);border-radius:22px;background:var(--sb-bg);font-size:16px;line-height:22px}
textarea{display:block;resize:none;max-height:144px}
input{border-radius:10px}
::placeholder{color:var(--sb-muted);opacity:1}
.send{width:44px;height:44px}
.send:disabled{background:var(--sb-soft);color:var(--sb-muted)}
.card{display:flex;flex-direction:column;gap:10px}
.card>p,label,.primary,.ghost{font-weight:600}
.primary,.ghost{min-height:40px;padding:8px 16px;border-radius:10px}
.receipt{align-items:center;text-align:center;margin-top:6px;padding:14px;border-radius:14px;border:1px solid var(--sb-line)}
.ok{background:color-mix(in srgb,var(--sb-accent) 14%,var(--sb-bg))}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
@media ${PHONE}{.slot{inset:var(--sb-top,0) 0 auto;width:100%;max-width:none;height:var(--sb-vh,100dvh)}.dialog{border-radius:0}.foot{padding-bottom:max(12px,env(safe-area-inset-bottom))}.launcher[aria-expanded=true]{display:none}}`;

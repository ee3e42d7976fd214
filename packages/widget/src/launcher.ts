import type { Config } from './config.js';
import { say } from './i18n.js';
import type { LauncherStrings } from './strings.js';

const CHAT = 'M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z';
const CLOSE = 'M6 9l6 6 6-6';

function icon(d: string): SVGSVGElement {
  // Built node by node, not with innerHTML: pages enforcing Trusted Types refuse innerHTML.
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

/**
 * The round button that opens the chat, and the notice shown in the panel's place when the
 * panel could not load (offline on first open), with its retry. Plain DOM, so the page pays
 * for Preact only once the visitor opens the panel.
 *
 * @example
 * const launcher = createLauncher(config, strings, 'sb-panel', () => widget.toggle(), () => widget.open());
 * root.append(launcher.failure, launcher.el);
 * launcher.setUnread(2);
 */
export function createLauncher(
  config: Config,
  strings: LauncherStrings,
  controls: string,
  onClick: () => void,
  onRetry: () => void,
) {
  let t = strings;
  const el = document.createElement('button');
  const badge = document.createElement('span');
  const failure = document.createElement('p');
  const retry = document.createElement('button');
  let open = false;
  let unread = 0;
  let failed = false;
  el.type = retry.type = 'button';
  el.className = 'launcher';
  el.setAttribute('aria-controls', controls);
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true');
  failure.className = 'fail';
  failure.setAttribute('role', 'alert');
  failure.lang = config.lang;
  failure.dir = config.dir;
  el.addEventListener('click', onClick);
  retry.addEventListener('click', onRetry);

  function render(): void {
    el.replaceChildren(icon(open ? CLOSE : CHAT), badge);
    el.setAttribute('aria-expanded', String(open));
    const label = open ? t.close : t.open;
    el.setAttribute('aria-label', unread ? `${label}, ${say(config.lang, t.unread, { n: unread })}` : label);
    badge.textContent = unread ? String(Math.min(unread, 99)) : '';
    retry.textContent = t.retry;
    failure.hidden = !failed;
    failure.replaceChildren(`${t.loadFailed} `, retry);
  }
  render();

  return {
    el,
    failure,
    setOpen(value: boolean): void {
      open = value;
      render();
    },
    setUnread(n: number): void {
      unread = n;
      render();
    },
    /** The panel failed to load (true) or loaded (false). */
    setFailed(value: boolean): void {
      failed = value;
      render();
    },
    /** The visitor's locale arrived: relabel. */
    setStrings(next: LauncherStrings): void {
      t = next;
      render();
    },
  };
}

/** @example const l: Launcher = createLauncher(config, strings, 'sb-panel', toggle, open); */
export type Launcher = ReturnType<typeof createLauncher>;

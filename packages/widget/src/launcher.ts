import type { Config } from './config.js';

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
 * The round button that opens the chat. Plain DOM, so the page pays for Preact only
 * once the visitor opens the panel.
 *
 * @example
 * const launcher = createLauncher(config, 'sb-panel', () => widget.toggle());
 * root.append(launcher.el);
 * launcher.setUnread(2);
 */
export function createLauncher(config: Config, controls: string, onClick: () => void) {
  const t = config.strings;
  const el = document.createElement('button');
  const badge = document.createElement('span');
  let open = false;
  let unread = 0;
  el.type = 'button';
  el.className = 'launcher';
  el.setAttribute('aria-controls', controls);
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true');
  el.addEventListener('click', onClick);

  function render(): void {
    el.replaceChildren(icon(open ? CLOSE : CHAT), badge);
    el.setAttribute('aria-expanded', String(open));
    const label = open ? t.close : t.open;
    el.setAttribute('aria-label', unread ? `${label}, ${t.unread.replace('{n}', String(unread))}` : label);
    badge.textContent = unread ? String(Math.min(unread, 99)) : '';
  }
  render();

  return {
    el,
    setOpen(value: boolean): void {
      open = value;
      render();
    },
    setUnread(n: number): void {
      unread = n;
      render();
    },
  };
}

/** @example const l: Launcher = createLauncher(config, 'sb-panel', toggle); */
export type Launcher = ReturnType<typeof createLauncher>;

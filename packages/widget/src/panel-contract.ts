import type { Config } from './config.js';
import type { Emitter } from './emitter.js';
import type { Strings } from './strings.js';
import type { VisitorContact, WidgetEvents } from './types.js';

/**
 * What the always-loaded launcher hands to the lazily loaded panel.
 *
 * @example
 * const panel = module.mountPanel({ config, strings, root, slot, events, close, setUnread, addCss });
 */
export interface PanelHost {
  config: Config;
  /** The visitor's texts, the host's overrides included. */
  strings: Strings;
  root: ShadowRoot;
  /** The element the panel renders into; the launcher's `aria-controls` points at it. */
  slot: HTMLElement;
  events: Emitter<WidgetEvents>;
  /** Closes the panel the way the visitor would (focus back to the launcher). */
  close(): void;
  setUnread(n: number): void;
  /** Appends to the shadow root's one `<style>`. */
  addCss(css: string): void;
}

/** The mounted panel, driven by the launcher. @example panel.setOpen(true) */
export interface PanelInstance {
  setOpen(open: boolean): void;
  identify(contact: VisitorContact): void;
  destroy(): void;
}

/** The panel chunk's surface. @example const { mountPanel }: PanelModule = await import('./panel.js'); */
export interface PanelModule {
  mountPanel(host: PanelHost): PanelInstance;
}

/** Loads the panel chunk: a relative import in the ESM build, a URL beside widget.js on the CDN. @example () => import('./panel.js') */
export type LoadPanel = () => Promise<PanelModule>;

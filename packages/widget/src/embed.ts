import type { PanelModule } from './panel-contract.js';
import { optionsFromScript } from './script-options.js';
import type { SupportBridgeApi } from './types.js';
import { createWidget } from './widget.js';

declare global {
  interface Window {
    SupportBridge?: SupportBridgeApi;
  }
}

// The script-tag entry: `<script src=".../widget.js" data-bot="bot_…" async>`.
// document.currentScript is only set while this file first runs, so read it right away.
const script = (document.currentScript ??
  document.querySelector('script[data-bot][src]')) as HTMLScriptElement | null;

/** The panel and locale chunks are emitted beside widget.js; their names are fixed at build time. */
declare const __PANEL_FILE__: string;
declare const __LOCALE_HASH__: string;

performance.mark?.('supportbridge:script');
if (window.SupportBridge) {
  console.warn('SupportBridge: widget.js is included twice; the second copy does nothing.');
} else if (!script) {
  console.error(
    'SupportBridge: cannot find the widget script tag; use mount() from @supportbridge/widget instead.',
  );
} else {
  const panelUrl = new URL(__PANEL_FILE__, script.src).href;
  try {
    const { open, close, toggle, identify, on } = createWidget(
      optionsFromScript(script),
      () => import(/* @vite-ignore */ panelUrl) as Promise<PanelModule>,
      (language) =>
        import(
          /* @vite-ignore */ new URL(`widget-locale-${language}-${__LOCALE_HASH__}.js`, script.src).href
        ),
    );
    window.SupportBridge = { open, close, toggle, identify, on };
  } catch (err) {
    console.error(err);
  }
}

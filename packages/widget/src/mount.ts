import { loadLocale } from './locale-loaders.js';
import type { MountedWidget, WidgetOptions } from './types.js';
import { createWidget } from './widget.js';

/**
 * Mounts the widget for bundler users. Pure: no globals, nothing on `window`; the panel
 * code and each language's texts are separate chunks your bundler loads when needed.
 * Returns a function that removes the widget and also carries the JS API.
 *
 * @example
 * import { mount } from '@supportbridge/widget';
 * const widget = mount({ botId: 'bot_123', api: 'https://support.example.com/api/v1' });
 * widget.identify({ name: 'Maria Garcia', email: 'maria@example.org' });
 * // later: widget();
 */
export function mount(options: WidgetOptions): MountedWidget {
  return createWidget(options, () => import('./panel.js'), loadLocale);
}

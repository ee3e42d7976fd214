export { mount } from './mount.js';
export { DEFAULT_STRINGS, type Strings } from './strings.js';
export type {
  MountedWidget,
  SupportBridgeApi,
  VisitorContact,
  WidgetEventName,
  WidgetEvents,
  WidgetOptions,
  WidgetPosition,
  WidgetTheme,
} from './types.js';

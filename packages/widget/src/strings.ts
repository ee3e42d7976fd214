/**
 * The launcher's texts: they ship in widget.js itself. `{n}` is the unread count.
 *
 * @example
 * LAUNCHER_STRINGS.open // 'Open support chat'
 */
export const LAUNCHER_STRINGS = {
  open: 'Open support chat',
  close: 'Close chat',
  unread: '{n} unread',
};

/**
 * The panel's texts: they ship in the panel chunk, loaded on first open. `{email}` is
 * filled in at render.
 *
 * @example
 * PANEL_STRINGS.human // 'Talk to a human'
 */
export const PANEL_STRINGS = {
  title: 'Support',
  subtitle: 'AI assistant · our team can take over',
  greeting: 'Hi! How can we help you today?',
  log: 'Conversation',
  placeholder: 'Write a message…',
  send: 'Send',
  typing: 'Typing…',
  sending: 'Sending…',
  notSent: 'Not sent — retry',
  human: 'Talk to a human',
  end: 'End chat',
  endConfirm: 'End this chat? Our team will get a summary.',
  cancel: 'Cancel',
  emailAsk: 'Where should our team reply?',
  emailSubmit: 'Send to our team',
  emailSave: 'Save email',
  emailInvalid: 'Please enter a valid email, like name@example.com.',
  didYouMean: 'Did you mean',
  sentTo: 'Sent to our team — they will reply to {email}',
  handedOver: 'Sent to our team.',
  ended: 'Chat ended. Thanks for reaching out!',
  idle: 'This chat was closed after a quiet while.',
  addEmail: 'Want a reply by email? Add your address',
  changeEmail: 'Not your address? Change it',
  newChat: 'Start a new chat',
  forget: 'Forget me',
  loading: 'Connecting…',
  offline: 'You are offline. We will send your message when you are back.',
  busy: 'Too many messages. Please wait a moment.',
  tooLong: 'That message is too long.',
  blocked: 'Chat is not available on this site.',
  failed: 'Something went wrong. Please try again.',
};

/**
 * Every text the visitor can see or hear. Override any of them with the `strings` option.
 *
 * @example
 * mount({ botId, strings: { title: 'Hilfe', placeholder: 'Nachricht schreiben…' } });
 */
// Pure call, not a spread: a bundle that never reads it (widget.js) drops it and the panel texts.
export const DEFAULT_STRINGS = /* @__PURE__ */ Object.assign({}, LAUNCHER_STRINGS, PANEL_STRINGS);

/** @example const t: Strings = { ...DEFAULT_STRINGS, send: 'Go' }; */
export type Strings = typeof DEFAULT_STRINGS;

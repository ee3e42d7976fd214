/** Plural forms by `Intl.PluralRules` category; `other` is required. `{n}` is the count. */
export type Plural = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

/** English — the widget's texts and the shape every locale fills. */
export const locale = {
  open: 'Open support chat',
  close: 'Close chat',
  unread: { one: '{n} unread message', other: '{n} unread messages' } as Plural,
  loadFailed: 'The chat could not load.',
  retry: 'Try again',
  title: 'Support',
  subtitle: 'AI assistant · our team answers by email',
  greeting: 'Hi! How can we help you today?',
  log: 'Conversation',
  placeholder: 'Write a message…',
  addMore: 'Add something for our team…',
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
  didYouMean: 'Did you mean {email}?',
  handedOver: 'Sent to our team as {ref}.',
  sentTo: 'They will reply to {email}.',
  replyTime: 'Expected reply: {time}.',
  passedOn: 'This chat was passed to our team. Anything you write here reaches them too.',
  added: 'Added to your request — our team will see it.',
  ended: 'Chat ended. Thanks for reaching out!',
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

/** Every locale has the same keys; plural entries carry the forms their language needs. */
export type Locale = { [K in keyof typeof locale]: (typeof locale)[K] extends Plural ? Plural : string };

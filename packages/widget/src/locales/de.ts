import type { Locale } from './en.js';

/**
 * German. Register: formal „Sie“ — the default of German support chats and shop help
 * centres (Amazon.de, most chat vendors); a site on „du“ can override single strings.
 */
export const locale: Locale = {
  open: 'Support-Chat öffnen',
  close: 'Chat schließen',
  unread: { one: '{n} ungelesene Nachricht', other: '{n} ungelesene Nachrichten' },
  loadFailed: 'Der Chat konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  title: 'Support',
  subtitle: 'KI-Assistent · unser Team antwortet per E-Mail',
  greeting: 'Hallo! Wie können wir Ihnen heute helfen?',
  log: 'Chatverlauf',
  placeholder: 'Nachricht schreiben …',
  addMore: 'Noch etwas für unser Team ergänzen …',
  send: 'Senden',
  typing: 'Schreibt …',
  sending: 'Wird gesendet …',
  notSent: 'Nicht gesendet – erneut versuchen',
  human: 'Mit einer echten Person sprechen',
  end: 'Chat beenden',
  endConfirm: 'Chat beenden? Unser Team erhält eine Zusammenfassung.',
  cancel: 'Abbrechen',
  emailAsk: 'An welche E-Mail-Adresse darf unser Team antworten?',
  emailSubmit: 'An unser Team senden',
  emailSave: 'E-Mail-Adresse speichern',
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
  didYouMean: 'Meinten Sie {email}?',
  handedOver: 'Ihre Anfrage wurde unter {ref} an unser Team weitergeleitet.',
  sentTo: 'Die Antwort geht an {email}.',
  replyTime: 'Voraussichtliche Antwortzeit: {time}.',
  passedOn:
    'Dieser Chat wurde an unser Team übergeben. Alles, was Sie hier schreiben, kommt dort ebenfalls an.',
  added: 'Zu Ihrer Anfrage hinzugefügt – unser Team sieht es.',
  ended: 'Chat beendet. Danke, dass Sie sich gemeldet haben!',
  addEmail: 'Antwort per E-Mail gewünscht? Adresse hinzufügen',
  changeEmail: 'Nicht Ihre Adresse? Ändern',
  newChat: 'Neuen Chat starten',
  forget: 'Mich vergessen',
  loading: 'Verbindung wird hergestellt …',
  offline: 'Sie sind offline. Wir senden Ihre Nachricht, sobald Sie wieder online sind.',
  busy: 'Zu viele Nachrichten. Bitte warten Sie einen Moment.',
  tooLong: 'Diese Nachricht ist zu lang.',
  blocked: 'Der Chat ist auf dieser Website nicht verfügbar.',
  failed: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
};

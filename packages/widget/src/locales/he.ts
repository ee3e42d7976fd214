import type { Locale } from './en.js';

/**
 * Hebrew. Register: friendly and gender-neutral, as Israeli sites increasingly write:
 * infinitives for actions (שליחה, לנסות שוב), impersonal forms (אפשר, יש להזין) and words
 * spelled the same for either gender (שלך, רוצה). One and two are written out in words.
 */
export const locale: Locale = {
  open: 'פתיחת צ׳אט התמיכה',
  close: 'סגירת הצ׳אט',
  unread: { one: 'הודעה אחת שלא נקראה', two: 'שתי הודעות שלא נקראו', other: '{n} הודעות שלא נקראו' },
  loadFailed: 'לא ניתן לטעון את הצ׳אט.',
  retry: 'לנסות שוב',
  title: 'תמיכה',
  subtitle: 'עוזר AI · הצוות שלנו עונה במייל',
  greeting: 'שלום! במה נוכל לעזור היום?',
  log: 'שיחה',
  placeholder: 'כתיבת הודעה…',
  addMore: 'אפשר להוסיף כאן משהו לצוות שלנו…',
  send: 'שליחה',
  typing: 'מקליד…',
  sending: 'בשליחה…',
  notSent: 'לא נשלחה — לנסות שוב',
  human: 'לדבר עם נציג',
  end: 'סיום הצ׳אט',
  endConfirm: 'לסיים את הצ׳אט? הצוות שלנו יקבל סיכום.',
  cancel: 'ביטול',
  emailAsk: 'לאיזו כתובת מייל הצוות שלנו ישלח תשובה?',
  emailSubmit: 'שליחה לצוות שלנו',
  emailSave: 'שמירת כתובת המייל',
  emailInvalid: 'יש להזין כתובת מייל תקינה, למשל name@example.com.',
  didYouMean: 'האם התכוונת לכתובת {email}?',
  handedOver: 'הפנייה הועברה לצוות שלנו. מספר פנייה: {ref}.',
  sentTo: 'התשובה תישלח אל {email}.',
  replyTime: 'זמן מענה משוער: {time}.',
  passedOn: 'הצ׳אט הועבר לצוות שלנו. כל מה שכותבים כאן מגיע גם אליו.',
  added: 'נוסף לפנייה — הצוות שלנו יראה את זה.',
  ended: 'הצ׳אט הסתיים. תודה שפנית אלינו!',
  addEmail: 'רוצה לקבל תשובה במייל? אפשר להוסיף כתובת',
  changeEmail: 'זו לא הכתובת שלך? אפשר לשנות',
  newChat: 'התחלת צ׳אט חדש',
  forget: 'לשכוח אותי',
  loading: 'מתחבר…',
  offline: 'אין חיבור לאינטרנט. ההודעה תישלח כשהחיבור יחזור.',
  busy: 'יותר מדי הודעות. נא להמתין רגע.',
  tooLong: 'ההודעה ארוכה מדי.',
  blocked: 'הצ׳אט לא זמין באתר הזה.',
  failed: 'משהו השתבש. נא לנסות שוב.',
};

import type { Locale } from './en.js';

/**
 * Polish. Register: informal "ty" (imperatives, "Ci", "Twój" capitalised as in direct
 * address), as mainstream Polish shops and chats use (Allegro, InPost). No gendered verb forms.
 */
export const locale: Locale = {
  open: 'Otwórz czat pomocy',
  close: 'Zamknij czat',
  unread: {
    one: '{n} nieprzeczytana wiadomość',
    few: '{n} nieprzeczytane wiadomości',
    many: '{n} nieprzeczytanych wiadomości',
    other: '{n} nieprzeczytanej wiadomości',
  },
  loadFailed: 'Nie udało się załadować czatu.',
  retry: 'Spróbuj ponownie',
  title: 'Pomoc',
  subtitle: 'Asystent AI · nasz zespół odpowiada e-mailem',
  greeting: 'Cześć! W czym możemy Ci dziś pomóc?',
  log: 'Rozmowa',
  placeholder: 'Napisz wiadomość…',
  addMore: 'Dopisz coś dla naszego zespołu…',
  send: 'Wyślij',
  typing: 'Pisze…',
  sending: 'Wysyłanie…',
  notSent: 'Nie wysłano — spróbuj ponownie',
  human: 'Porozmawiaj z konsultantem',
  end: 'Zakończ czat',
  endConfirm: 'Zakończyć czat? Nasz zespół otrzyma podsumowanie rozmowy.',
  cancel: 'Anuluj',
  emailAsk: 'Na jaki adres e-mail nasz zespół ma odpowiedzieć?',
  emailSubmit: 'Wyślij do naszego zespołu',
  emailSave: 'Zapisz adres e-mail',
  emailInvalid: 'Podaj prawidłowy adres e-mail, np. name@example.com.',
  didYouMean: 'Czy chodziło Ci o {email}?',
  handedOver: 'Zgłoszenie {ref} przekazano naszemu zespołowi.',
  sentTo: 'Odpowiedź otrzymasz na adres {email}.',
  replyTime: 'Przewidywany czas odpowiedzi: {time}.',
  passedOn:
    'Ten czat został przekazany naszemu zespołowi. Wszystko, co tu napiszesz, również do niego trafi.',
  added: 'Dodano do Twojego zgłoszenia — nasz zespół to zobaczy.',
  ended: 'Czat zakończony. Dziękujemy za kontakt!',
  addEmail: 'Chcesz otrzymać odpowiedź e-mailem? Podaj swój adres',
  changeEmail: 'To nie Twój adres? Zmień go',
  newChat: 'Rozpocznij nowy czat',
  forget: 'Zapomnij o mnie',
  loading: 'Łączenie…',
  offline: 'Jesteś offline. Wyślemy Twoją wiadomość, gdy znów będziesz online.',
  busy: 'Zbyt wiele wiadomości. Poczekaj chwilę.',
  tooLong: 'Ta wiadomość jest za długa.',
  blocked: 'Czat nie jest dostępny na tej stronie.',
  failed: 'Coś poszło nie tak. Spróbuj ponownie.',
};

import { describe, expect, it } from 'vitest';
import { type ChatTurn, extractContact } from '../src/extraction/extract-contact.js';

// Behaviours the per-language data and the general rules must keep. The sentences are the
// team's own, written for these tests; quality is measured apart, by `pnpm bench:extract`.

/** "B: …" is a bot turn, "U: …" a visitor turn. */
const chat = (...turns: string[]): ChatTurn[] =>
  turns.map((turn) => ({ type: turn.startsWith('B:') ? 'bot' : 'user', text: turn.slice(3) }));

describe('names in other languages and scripts', () => {
  it.each([
    ['German "ich heiße"', chat('U: Hallo, ich heiße Jonas Albrecht und mein Paket fehlt'), 'Jonas Albrecht'],
    [
      'French "ici" after a greeting',
      chat('U: Bonjour, ici Élodie Marchand, ma commande est en retard'),
      'Élodie Marchand',
    ],
    ['Portuguese "chamo-me"', chat('U: Olá, chamo-me Tiago Fonseca e preciso de ajuda'), 'Tiago Fonseca'],
    ['Russian "меня зовут"', chat('U: Здравствуйте, меня зовут Игорь Лебедев'), 'Игорь Лебедев'],
    ['Greek "ονομάζομαι"', chat('U: Καλημέρα, ονομάζομαι Νίκος Καραγιάννης'), 'Νίκος Καραγιάννης'],
    ['Arabic "اسمي"', chat('U: مرحبا، اسمي كريم حداد، لدي سؤال'), 'كريم حداد'],
    ['Hebrew "שמי"', chat('U: שלום, שמי נועה לוי ויש לי שאלה'), 'נועה לוי'],
    ['Chinese "我叫"', chat('U: 你好，我叫王芳，我的订单还没到'), '王芳'],
    [
      'Japanese "と申します"',
      chat('U: はじめまして、中村一郎と申します。注文について質問があります。'),
      '中村一郎',
    ],
    ['Korean "입니다"', chat('U: 안녕하세요, 박서준입니다. 환불 문의드려요'), '박서준'],
    [
      'a Dutch answer to a Dutch question',
      chat('B: Hoe mag ik u noemen?', 'U: Femke de Graaf'),
      'Femke de Graaf',
    ],
    [
      'a German "Nachname, Vorname" answer',
      chat('B: Wie ist Ihr Name?', 'U: Brandt, Sophie'),
      'Sophie Brandt',
    ],
  ])('reads %s', (_case, messages, name) => {
    expect(extractContact(messages).name).toBe(name);
  });

  it.each([
    ['a refusal in Spanish', chat('B: ¿Cómo te llamas?', 'U: prefiero no decirlo')],
    ['a question back in Korean', chat('B: 성함을 알려주시겠어요?', 'U: 왜요?')],
    ['Arabic "from" that is not Persian "I"', chat('U: أرجو إرسال نسخة من العقد.')],
    ['"I\'m" before a German noun', chat('U: Mein Kollege ist im Urlaub, wo ist meine Bestellung?')],
    ['a place after Portuguese "sou"', chat('U: Sou de Lisboa e quero devolver isto')],
  ])('reads no name from %s', (_case, messages) => {
    expect(extractContact(messages).name).toBeUndefined();
  });
});

describe('signatures and pasted mail', () => {
  it('reads a name above a job title and a company, after a closing and a blank line', () => {
    const text =
      'U: Hi, the invoice is wrong.\n\nKind regards,\n\nDr. Meera Iyer, MBA\nHead of Finance\nAcme Ltd';
    expect(extractContact(chat(text)).name).toBe('Meera Iyer');
  });

  it('takes the name of the visitor’s own forwarded mail, not of the shop’s', () => {
    const own =
      'U: see below\n\nFrom: Ines Koller <ines.koller@gmx.at>\nSubject: Rechnung\n\nBitte korrigieren.';
    expect(extractContact(chat(own))).toEqual({ name: 'Ines Koller', email: 'ines.koller@gmx.at' });
    const shop =
      'U: got this\n\nFrom: Kundenservice <kundenservice@shop.de>\nSubject: Retoure\n\nMit freundlichen Grüßen\nLena Vogt';
    expect(extractContact(chat(shop))).toEqual({});
  });
});

describe('addresses', () => {
  it.each([
    [
      'spelled with German words',
      'U: jonas punkt albrecht klammeraffe web punkt de',
      'jonas.albrecht@web.de',
    ],
    [
      'in full-width characters',
      'U: ｔａｒｏ．ｙａｍａｄａ＠ｇｍａｉｌ．ｃｏｍ です',
      'taro.yamada@gmail.com',
    ],
    ['with spaces around the dots', 'U: kim . osei @ outlook . com', 'kim.osei@outlook.com'],
    ['letter by letter', 'U: j o n a s 7 @ g m x . d e', 'jonas7@gmx.de'],
  ])('reads an address %s', (_case, turn, address) => {
    expect(extractContact(chat('B: What is your email?', turn)).email).toBe(address);
  });

  it.each([
    ['a new top-level domain', ['U: sam.lee@outlook.com', 'U: sorry, .de not .com'], 'sam.lee@outlook.de'],
    ['a mistyped provider', ['U: sam.lee@gmial.com', 'U: oops, gmail'], 'sam.lee@gmail.com'],
    [
      'a yes to the bot’s suggestion',
      ['U: sam.lee@outlok.com', 'B: Did you mean outlook.com?', 'U: yes'],
      'sam.lee@outlook.com',
    ],
  ])('applies %s', (_case, turns, address) => {
    expect(extractContact(chat('B: What is your email?', ...turns)).email).toBe(address);
  });

  it.each([
    ['doubt between two', 'U: it is either sam@gmx.de or sam.lee@gmx.de, not sure which'],
    ['a correction cut off', 'U: sam@gmx.de no wait it is sam.lee@'],
    ['a relative’s, named just before', 'U: it’s my husband’s, tom.lee@gmx.de, he set it up'],
    ['a shop mailbox in another language', 'U: ya escribí a atencion@tienda.es'],
    ['a broken one', 'U: sam at gmail'],
  ])('reads none from %s', (_case, turn) => {
    expect(extractContact(chat('B: What is your email?', turn)).email).toBeUndefined();
  });
});

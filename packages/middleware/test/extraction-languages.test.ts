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

describe('more languages, lower-case introductions and formal letters', () => {
  it.each([
    [
      'Vietnamese "tên tôi là"',
      chat('U: Chào shop, tên tôi là Phạm Quỳnh Anh, đơn hàng bị trễ'),
      'Phạm Quỳnh Anh',
    ],
    ['Hindi "मेरा नाम … है"', chat('U: नमस्ते, मेरा नाम राजेश कुमार है और मेरा रिफंड नहीं आया'), 'राजेश कुमार'],
    [
      'Indonesian "nama saya"',
      chat('U: Halo kak, nama saya Rina Wulandari, pesanan saya belum sampai'),
      'Rina Wulandari',
    ],
    ['Urdu "میں … ہوں"', chat('U: السلام علیکم، میں فیصل قریشی ہوں'), 'فیصل قریشی'],
    [
      'a lower-case name no dictionary knows',
      chat('U: hey im tanvir hossain, my parcel is late'),
      'Tanvir Hossain',
    ],
    [
      'an aside between cue and name',
      chat('U: Die Lieferung fehlt. Ich heiße übrigens Hanna Vogt.'),
      'Hanna Vogt',
    ],
    [
      '"the undersigned" in a formal letter',
      chat('U: Il sottoscritto Marco Bellini chiede la fattura.'),
      'Marco Bellini',
    ],
    [
      'a Japanese name said again in full',
      chat('B: お名前を教えていただけますか？', 'U: 森です。森由紀子です。'),
      '森由紀子',
    ],
    [
      'a name said again in full after "it\'s"',
      chat('B: What is your name?', "U: it's Tomas. Tomas Lindqvist"),
      'Tomas Lindqvist',
    ],
  ])('reads %s', (_case, messages, name) => {
    expect(extractContact(messages).name).toBe(name);
  });

  it.each([
    ['Hindi "I am fine"', chat('U: नमस्ते, मैं ठीक हूँ, बस ऑर्डर के बारे में पूछना था')],
    ['a Dutch everyday noun after "ik ben"', chat('U: Ik ben Klant bij jullie en mijn pakket is zoek')],
    ['a Russian everyday noun after "я"', chat('U: Я Клиент вашего магазина')],
    ['a keyboard run as the answer', chat('B: What is your name?', 'U: asdf')],
    [
      'a user name inside a spelled address',
      chat('B: Sure, which address?', "U: it's tunde_ade99 at hotmail"),
    ],
  ])('reads no name from %s', (_case, messages) => {
    expect(extractContact(messages).name).toBeUndefined();
  });
});

describe('signatures without capitals or closings', () => {
  it.each([
    [
      'a lower-case name after a closing',
      'U: Can I return it? It is too small.\n\ncheers\nowen pryce',
      'Owen Pryce',
    ],
    [
      'a name alone under a blank line',
      'U: Where is my order? It was due Monday.\n\nNadia Kowalczyk',
      'Nadia Kowalczyk',
    ],
    [
      'a post-nominal after a comma, not taken for a given name',
      'U: Please confirm receipt.\n\nWarm regards,\nMrs. Adaeze Okafor, FCA\nFinance Director',
      'Adaeze Okafor',
    ],
  ])('reads %s', (_case, turn, name) => {
    expect(extractContact(chat(turn)).name).toBe(name);
  });
});

describe('whose address it is', () => {
  it.each([
    [
      'the address claimed in words over one written to',
      'U: Ho scritto a marco.verdi@negozio.it, la mia email è luca.b@libero.it',
      'luca.b@libero.it',
    ],
    [
      'an address after one a cue was about',
      'U: Ya escribí a atencion@mueblesnorte.es desde nerea.ortiz@gmail.com y nada',
      'nerea.ortiz@gmail.com',
    ],
    [
      'the visitor’s after the shop’s outbox',
      'U: you emailed me from orders@greenleaf.com so you have it: femi.ade@yahoo.com',
      'femi.ade@yahoo.com',
    ],
    [
      'the recipient of a quoted reply, not its sender or the sender’s colleague',
      'U: See the thread below.\n\nThanks,\nIngrid\n\n-----Original Message-----\nFrom: Paul Grant <paul.grant@routerco.com>\nTo: ingrid.holm@gmail.com\nSubject: RE: swap\n\nHi Ingrid, I will call you.\nPaul Grant\nsupport lead, paul.g2@routerco.com',
      'ingrid.holm@gmail.com',
    ],
  ])('reads %s', (_case, turn, address) => {
    const contact = extractContact(chat('B: What is your email?', turn));
    expect(contact.email).toBe(address);
    expect(contact.name).not.toBe('Paul Grant');
  });
});

describe('more signature layouts and address spellings', () => {
  it.each([
    [
      'a nickname in brackets inside the name',
      'U: Hi, can I move the delivery?\n\nThanks,\nKatarina (Kat) Novak-Lind\nMobile: 07700 900 111',
      'Katarina Novak-Lind',
    ],
    [
      'a name above a German quoted reply',
      'U: Hallo,\n\ndas Gerät lädt nicht.\n\nViele Grüße\nJonas Riedel\n\nAm 02.05.2024 um 10:14 schrieb Shop Service <service@shop.de>:\n> Hallo Herr Riedel,\n> Freundliche Grüße\n> Petra Sommer',
      'Jonas Riedel',
    ],
    [
      'several titles before and a post-nominal after',
      'U: Dzień dobry,\n\nproszę o fakturę.\n\nZ poważaniem\nDr hab. Ewa Nowicka-Lis, prof. UJ\nWydział Fizyki',
      'Ewa Nowicka-Lis',
    ],
    [
      'a Japanese signature block with a department line',
      'U: お世話になっております。\n請求書をお願いいたします。\n\nよろしくお願いいたします。\n株式会社テスト商事\n経理部 山田 花子',
      '山田 花子',
    ],
  ])('reads %s', (_case, turn, name) => {
    expect(extractContact(chat(turn)).name).toBe(name);
  });

  it.each([
    ['glued Chinese words for "@" and "."', 'U: li.wei艾特qq点com', 'li.wei@qq.com'],
    ['a bracketed "@" and "."', 'U: nora.berg [@] gmail [.] com', 'nora.berg@gmail.com'],
    ['"at the rate"', 'U: arjun.rao at the rate gmail dot com', 'arjun.rao@gmail.com'],
    ['a stray space before the dot', 'U: nora.berg@gmail .com', 'nora.berg@gmail.com'],
  ])('reads an address written with %s', (_case, turn, address) => {
    expect(extractContact(chat('B: What is your email?', turn)).email).toBe(address);
  });

  it('fixes the part of the address a starred word nearly spells', () => {
    const turns = chat('B: Your email?', 'U: my email is tobais.k@yahoo.com', 'U: tobias* typo');
    expect(extractContact(turns).email).toBe('tobias.k@yahoo.com');
  });

  it.each([
    ['Spanish', 'U: no no, ¿con dos r? ay no sé, creo que lo registré distinto'],
    ['Hebrew', 'U: רגע, אני לא זוכר אם זה dana.levi או dana_levi'],
  ])('gives up an address doubted in %s', (_case, turn) => {
    const turns = chat('B: Your email?', 'U: dana.levi@gmail.com', 'B: Noted: dana.levi@gmail.com', turn);
    expect(extractContact(turns).email).toBeUndefined();
  });

  it('gives up an address the visitor doubts after a read-back', () => {
    const turns = chat(
      'B: Your email?',
      'U: kemi.o@icloud.com',
      'B: Noted: kemi.o@icloud.com',
      "U: hmm actually I don't remember if it's icloud or me.com",
    );
    expect(extractContact(turns).email).toBeUndefined();
  });
});

describe('names set off after a greeting, and addresses sent on', () => {
  it.each([
    [
      'a Russian full name after a greeting',
      'U: Добрый день, Ольга Смирнова. Подскажите, где мой заказ?',
      'Ольга Смирнова',
    ],
    [
      'a German full name after "Moin!"',
      'U: Moin! Hauke Petersen, liefert ihr auch nach Föhr?',
      'Hauke Petersen',
    ],
    ['Korean "…인데요"', 'U: 여보세요, 김서연인데요, 주문 확인 부탁드려요', '김서연'],
    ['Chinese "我姓…，叫…"', 'U: 你好，我姓陈，叫陈思远，我的订单还没到', '陈思远'],
    [
      'a Japanese name after its company and の',
      'U: お世話になっております。株式会社テスト商事の山本一郎です。',
      '山本一郎',
    ],
  ])('reads %s', (_case, turn, name) => {
    expect(extractContact(chat(turn)).name).toBe(name);
  });

  it.each([
    ['a full name greeted with "Dear"', 'U: Dear John Smith, I need help with my order'],
    ['a placeholder name as the answer', 'B: What is your name?', 'U: John Doe'],
    ['a spelled address as the answer', 'B: What is your email?', 'U: julien arobase gmail'],
  ])('reads no name from %s', (_case, ...turns) => {
    expect(extractContact(chat(...turns)).name).toBeUndefined();
  });

  it.each([
    [
      'a gift card sent on to a relative',
      'U: The gift is for my niece, please send the e-card to lily.c@icloud.com',
    ],
    ['an Arabic address with the owner glued to a preposition', 'U: البريد الخاص بزوجي هو omar.h@gmail.com'],
  ])('reads no address of the visitor from %s', (_case, turn) => {
    expect(extractContact(chat(turn)).email).toBeUndefined();
  });
});

describe('name questions in more wordings', () => {
  it.each([
    [
      'a German question with a dative',
      ['B: Darf ich kurz nach Ihrem Namen fragen?', 'U: klar, Jana Roth, Kundennr 4471'],
      'Jana Roth',
    ],
    [
      'a French "vous êtes ?"',
      ['B: Bonjour, vous êtes ?', 'U: Mme Odile Ferrand, cliente 2231'],
      'Odile Ferrand',
    ],
    [
      '"Nombre y apellidos" answered surname first',
      ['B: ¿Nombre y apellidos?', 'U: Ibarra Soler, Nuria'],
      'Nuria Ibarra Soler',
    ],
    ['an answer after "fine."', ['B: What is your name?', 'U: fine. Joost Bakker'], 'Joost Bakker'],
  ])('reads the answer to %s', (_case, turns, name) => {
    expect(extractContact(chat(...turns)).name).toBe(name);
  });
});

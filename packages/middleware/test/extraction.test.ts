import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChatTurn, type Contact, extractContact } from '../src/extraction/extract-contact.js';

// Transcripts are written as "B: ..." (bot) and "U: ..." (user) lines for readability.
function chat(...lines: string[]): ChatTurn[] {
  return lines.map((line) => ({
    type: line.startsWith('B:') ? 'bot' : 'user',
    text: line.slice(2).trimStart(),
  }));
}

type Case = [title: string, messages: ChatTurn[], expected: Contact];

function table(cases: readonly Case[]): void {
  for (const [title, messages, expected] of cases) {
    it(title, () => {
      expect(extractContact(messages)).toEqual(expected);
    });
  }
}

describe('extractContact: names from the bot’s questions', () => {
  table([
    [
      'reads a lower-case answer to "what is your name?" as a name',
      chat("B: What's your name?", 'U: maria garcia'),
      { name: 'Maria Garcia' },
    ],
    [
      'title-cases an all-caps answer',
      chat('B: Your full name, please?', 'U: KWAME MENSAH'),
      { name: 'Kwame Mensah' },
    ],
    [
      'keeps the visitor’s own mixed casing',
      chat("B: What's your name?", 'U: Rachel McDonald'),
      { name: 'Rachel McDonald' },
    ],
    [
      'keeps lower-case particles of a mixed-case name',
      chat("B: What's your name?", 'U: Pieter van der Berg'),
      { name: 'Pieter van der Berg' },
    ],
    [
      'keeps particles lower-case when title-casing',
      chat("B: What's your name?", 'U: ludwig van beethoven'),
      { name: 'Ludwig van Beethoven' },
    ],
    [
      'title-cases apostrophes and hyphens',
      chat("B: What's your name?", "U: o'neil jean-luc"),
      { name: "O'Neil Jean-Luc" },
    ],
    [
      'joins a first and a last name asked separately',
      chat("B: What's your first name?", 'U: Maria', 'B: And your last name?', 'U: Garcia'),
      { name: 'Maria Garcia' },
    ],
    [
      'joins a single given name with a surname asked later',
      chat("B: What's your name?", 'U: Marco', 'B: Thanks Marco! And your surname?', 'U: rossi'),
      { name: 'Marco Rossi' },
    ],
    [
      'sets greetings and fillers aside',
      chat('B: Could I get your name?', "U: oh sorry. it's Ingrid"),
      { name: 'Ingrid' },
    ],
    [
      'reads the name before an address in one answer',
      chat('B: Name and email?', 'U: Tom Fletcher, tom.f@bt.com'),
      { name: 'Tom Fletcher', email: 'tom.f@bt.com' },
    ],
    [
      'reads a name written on its own line',
      chat("B: What's your name?", 'U: Sophie\nsophie.m@gmail.com'),
      { name: 'Sophie', email: 'sophie.m@gmail.com' },
    ],
    [
      'waits for the answer after a "one sec"',
      chat("B: What's your name?", 'U: one sec', 'U: Ben Carter'),
      { name: 'Ben Carter' },
    ],
    ['drops a title', chat("B: What's your name?", 'U: Ms. Aisha Bello'), { name: 'Aisha Bello' }],
  ]);
});

describe('extractContact: names the visitor announces', () => {
  table([
    ['reads "I\'m X"', chat('U: Hi, I’m Olu, having trouble resetting my password'), { name: 'Olu' }],
    ['reads a single given name after "I\'m"', chat("U: I'm Raj and my laptop won't boot"), { name: 'Raj' }],
    [
      'reads "my name is X" in lower case',
      chat('U: my name is amara okafor and my order is late'),
      { name: 'Amara Okafor' },
    ],
    ['reads "this is X"', chat('U: hi, this is Elena from the Riverside store'), { name: 'Elena' }],
    ['reads "call me X"', chat('U: you can call me Bex'), { name: 'Bex' }],
    ['reads "name: X"', chat('U: Name: Oluwaseun Adeyemi\nIssue: refund'), { name: 'Oluwaseun Adeyemi' }],
    ['reads "X here"', chat('U: Hamid here, quick question about VAT invoices'), { name: 'Hamid' }],
    [
      'reads "X is my name"',
      chat("B: What's your name?", 'U: Hiroshi Tanaka is my name'),
      { name: 'Hiroshi Tanaka' },
    ],
    [
      'reads announcements in other languages',
      chat('U: Hola, me llamo Valentina Ríos. Tengo un problema.'),
      { name: 'Valentina Ríos' },
    ],
    [
      'reads a sign-off after "Thanks,"',
      chat('U: Charged twice.\nThanks,\nMeera Iyer'),
      { name: 'Meera Iyer' },
    ],
    [
      'reads a sign-off after a dash',
      chat('U: The checkout keeps failing.\n\n— Ahmed Khan'),
      { name: 'Ahmed Khan' },
    ],
    ['reads "Cheers,\\nTom"', chat('U: The link is broken.\n\nCheers,\nTom'), { name: 'Tom' }],
    ['reads "thanks, Maria" at the end', chat('U: Great, thanks, Maria'), { name: 'Maria' }],
    [
      'prefers an announced name to a sign-off',
      chat('U: I am Anna Berg', 'U: ok thanks!\n— Anna'),
      { name: 'Anna Berg' },
    ],
  ]);
});

describe('extractContact: words that are not names', () => {
  table([
    [
      'ignores "I\'m having trouble", "I\'m sorry", "I\'m fine"',
      chat("U: I'm having trouble, I'm sorry, I'm fine otherwise"),
      {},
    ],
    ['ignores "this is urgent" and "this is ridiculous"', chat('U: this is urgent! this is ridiculous'), {}],
    ['ignores "I\'m Canadian" and "I\'m new here"', chat("U: I'm Canadian and im new here"), {}],
    ['returns nothing for a greeting given as a name', chat("B: What's your name?", 'U: hello there'), {}],
    ['returns nothing for "thanks" given as a name', chat('B: May I have your name?', 'U: thanks'), {}],
    [
      'returns nothing for a sentence given as a name',
      chat("B: What's your name?", 'U: I just want to know where my order is'),
      {},
    ],
    [
      'returns nothing for a refusal',
      chat("B: What's your name?", 'U: why do you need it?', 'B: To address you.', 'U: skip'),
      {},
    ],
    ['does not take a product model for a name', chat("B: What's your name?", 'U: Jordan 4'), {}],
    ['does not take a product for a name', chat("B: What's your name?", 'U: alexa speaker'), {}],
    ['does not take "call me back" for a name', chat('U: please call me back tomorrow'), {}],
    [
      'does not take a possessive for the visitor',
      chat("U: I'm John's assistant, calling about his order"),
      {},
    ],
    ['does not take a company for a name', chat("U: This is Acme Corp, we'd like a quote"), {}],
    [
      'does not take a person the visitor mentions',
      chat('U: can you tell me if Maria Garcia already called?'),
      {},
    ],
    [
      'does not take "Sent from my iPhone" for a signature',
      chat('U: where is my order\n\nSent from my iPhone'),
      {},
    ],
    ['does not take a product line after a hyphen for a signature', chat('U: Item: Lamp - Brass'), {}],
    ['does not take "Thanks Leo" for a signature: it addresses Leo', chat('U: Thanks Leo'), {}],
    ['does not take "Hi Ava" for an answer: it addresses Ava', chat("B: What's your name?", 'U: Hi Ava'), {}],
    [
      'does not take an adjective after "I\'m" for a name',
      chat("B: What's your name?", "U: I'm Premium"),
      {},
    ],
    ['does not take a place for a name', chat("B: What's your name?", 'U: London'), {}],
    ['does not take a brand for a name', chat("B: What's your name?", 'U: Samsung Galaxy'), {}],
  ]);
});

describe('extractContact: the bot’s own name', () => {
  table([
    [
      'never returns the bot’s name given as an answer',
      chat("B: Hi, I'm Ava! What's your name?", 'U: Ava'),
      {},
    ],
    [
      'never returns the bot’s name thanked in a sign-off',
      chat("B: Hello! I'm Iris, the assistant.", 'U: Order 45512?\nThanks,\nIris'),
      {},
    ],
    ['ignores "thanks Kai" when Kai is the bot', chat("B: Kai here, Acme's assistant.", 'U: cheers Kai'), {}],
    [
      'ignores a sign-off naming an agent the bot mentioned',
      chat("B: I'll connect you with Sarah from our team.", 'U: thanks Sarah'),
      {},
    ],
    [
      'still reads the visitor’s name next to the bot’s',
      chat("B: Hi, I'm Ava!", "U: Thanks Ava. I'm Liam O'Brien"),
      { name: "Liam O'Brien" },
    ],
  ]);
});

describe('extractContact: international names', () => {
  table([
    ['keeps diacritics', chat('B: Tell me your name?', 'U: José Álvarez'), { name: 'José Álvarez' }],
    [
      'title-cases Vietnamese names',
      chat("B: What's your name?", 'U: nguyễn văn an'),
      { name: 'Nguyễn Văn An' },
    ],
    [
      'reads hyphenated Korean names',
      chat('B: Can I get your name?', 'U: Park Ji-hoon'),
      { name: 'Park Ji-hoon' },
    ],
    [
      'reads Arabic particles',
      chat("B: What's your name?", 'U: fatima al-hassan'),
      { name: 'Fatima al-Hassan' },
    ],
    ['reads Spanish particles', chat('B: Your name?', 'U: María de la Cruz'), { name: 'María de la Cruz' }],
    ['reads Irish apostrophes', chat('U: Hi, I’m Siobhán O’Connor'), { name: 'Siobhán O’Connor' }],
    ['reads Japanese names', chat("B: What's your name?", 'U: 田中太郎'), { name: '田中太郎' }],
    ['reads Chinese announcements', chat('B: 请问怎么称呼您？', 'U: 我叫王伟'), { name: '王伟' }],
    ['reads Cyrillic names', chat('U: Меня зовут Анна Смирнова'), { name: 'Анна Смирнова' }],
    [
      'reads names with Scandinavian letters',
      chat('U: Hi, Søren Kierkegaard here.'),
      { name: 'Søren Kierkegaard' },
    ],
  ]);
});

describe('extractContact: corrections', () => {
  table([
    [
      'lets a corrected email win',
      chat("B: What's your email?", 'U: maria.g@x.con', 'U: sorry, typo: maria.g@x.com'),
      { email: 'maria.g@x.com' },
    ],
    [
      'reads "actually it\'s ..."',
      chat('B: Email?', 'U: a.ng@gmail.com', "U: actually it's alex.ng@gmail.com"),
      { email: 'alex.ng@gmail.com' },
    ],
    [
      'reads "no wait, my email is ..."',
      chat('B: Email?', 'U: raj.p@gmail.com', 'U: no wait, my email is rajp@gmail.com'),
      { email: 'rajp@gmail.com' },
    ],
    [
      'reads a correction inside one message',
      chat('B: Email?', "U: it's lucas@gmial.com, sorry I meant lucas@gmail.com"),
      { email: 'lucas@gmail.com' },
    ],
    [
      'lets a corrected name win',
      chat("B: What's your name?", 'U: Micheal Brown', 'U: sorry, typo: Michael Brown'),
      { name: 'Michael Brown' },
    ],
    [
      'corrects only the surname',
      chat('B: First name?', 'U: Anna', 'B: Last name?', 'U: Kowalsky', 'U: sorry, Kowalski'),
      { name: 'Anna Kowalski' },
    ],
    [
      'reads "I meant my name is ..."',
      chat("B: What's your name?", 'U: Emma', 'U: sorry I meant my name is Emily'),
      { name: 'Emily' },
    ],
  ]);
});

describe('extractContact: addresses that are not the visitor’s', () => {
  table([
    [
      'skips a colleague on cc',
      chat('U: please cc my colleague anna@firma.de. my email is peter@firma.de'),
      { email: 'peter@firma.de' },
    ],
    ['skips the shop’s support address', chat('U: I wrote to support@shop.com and heard nothing'), {}],
    [
      'skips an address the bot gave',
      chat('B: You can reach our team at help@shop.com.', "U: ok, I'll write to help@shop.com"),
      {},
    ],
    ['skips an old address the visitor rules out', chat("U: my old email was a@b.com, don't use it"), {}],
    [
      'skips "not a@b.com"',
      chat("U: not a@b.com, that's my son's. mine is karen@gmail.com"),
      { email: 'karen@gmail.com' },
    ],
    [
      'skips a wife’s address',
      chat("U: my wife's email is linda@gmail.com, mine is greg@gmail.com"),
      { email: 'greg@gmail.com' },
    ],
    ['skips a no-reply sender', chat('U: I got an email from noreply@shop.com saying it was cancelled'), {}],
    [
      'keeps "I emailed you from ..."',
      chat('U: I emailed you from jo@gmail.com yesterday'),
      { email: 'jo@gmail.com' },
    ],
    [
      'prefers the address to reply to',
      chat('U: writing from j@corp.com, but reply to jane@gmail.com please'),
      { email: 'jane@gmail.com' },
    ],
    [
      'keeps an address things were sent to',
      chat('U: the confirmation was sent to ann@x.com'),
      { email: 'ann@x.com' },
    ],
    [
      'skips an address the visitor lost access to',
      chat('U: I used ann@x.com but I no longer have access'),
      {},
    ],
    [
      'skips "I used to use ..."',
      chat('U: I used to use ann@old.com, now it is ann@new.com'),
      { email: 'ann@new.com' },
    ],
    [
      'reads a parenthesised address with the words before it',
      chat('U: reply to me not to my husband (tom@x.com). mine is ann@x.com'),
      { email: 'ann@x.com' },
    ],
  ]);
});

describe('extractContact: address formats', () => {
  table([
    [
      'reads "dot" and "at" spelled out',
      chat('B: Email?', 'U: maria dot garcia at gmail dot com'),
      { email: 'maria.garcia@gmail.com' },
    ],
    ['reads [at] and [dot]', chat('U: maria [at] gmail [dot] com'), { email: 'maria@gmail.com' }],
    ['reads (at) and (dot)', chat('U: maria (at) example (dot) org'), { email: 'maria@example.org' }],
    ['lower-cases addresses', chat('U: MARIA.GARCIA@HOTMAIL.COM'), { email: 'maria.garcia@hotmail.com' }],
    ['drops trailing punctuation', chat("U: it's h.tanaka@example.org."), { email: 'h.tanaka@example.org' }],
    [
      'unwraps <...> and mailto:',
      chat('U: <rachel@gmail.com>', 'U: mailto:rachel@gmail.com'),
      { email: 'rachel@gmail.com' },
    ],
    ['rejects an address without a top-level domain', chat('B: Email?', 'U: sam@localhost'), {}],
    [
      'does not read "me at" as an address',
      chat('U: email me at kate.s@gmail.com'),
      { email: 'kate.s@gmail.com' },
    ],
    [
      'does not read "at" before a domain as an address without an email context',
      chat('U: we met at example.com'),
      {},
    ],
    [
      'reads "at" before a domain when the bot asked for the email',
      chat('B: Email?', 'U: kim at kimlee.dev'),
      { email: 'kim@kimlee.dev' },
    ],
    [
      'reads "at" and "dot" spelled out without being asked',
      chat('U: ann.lee at gmail dot com'),
      { email: 'ann.lee@gmail.com' },
    ],
  ]);
});

describe('extractContact: phone numbers', () => {
  table([
    [
      'reads an international number as E.164',
      chat('U: call me on +44 7911 123456'),
      { phone: '+447911123456' },
    ],
    [
      'reads 00 as the international prefix',
      chat('U: my phone is 0044 7911 123456'),
      { phone: '+447911123456' },
    ],
    [
      'reads a national number with the email’s country',
      chat('U: tom@firma.co.uk', 'B: And your phone?', 'U: 07911 123456'),
      { email: 'tom@firma.co.uk', phone: '+447911123456' },
    ],
    ['ignores a national number without a country', chat('U: my number is 07911 123456'), {}],
    [
      'does not take an order number for a phone',
      chat('B: Phone number?', 'U: order number +1 415 555 2671'),
      {},
    ],
    ['skips a colleague’s number', chat("U: my colleague's number is +44 7911 123456"), {}],
  ]);
});

describe('extractContact: robustness', () => {
  it('never throws on malformed input', () => {
    const junk = [
      { type: 'user', text: null },
      { type: 'bot' },
      null,
      { type: 'user', text: 42 },
    ] as unknown as ChatTurn[];
    expect(extractContact(junk)).toEqual({});
    expect(extractContact([])).toEqual({});
  });

  it('is deterministic', () => {
    const messages = chat("B: What's your name?", 'U: maria garcia', 'B: Email?', 'U: maria@x.com');
    expect(extractContact(messages)).toEqual(extractContact(messages));
  });

  it('stays fast on a message with thousands of addresses', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `cc my colleague user${i}@example.com`).join(', ');
    const started = performance.now();
    expect(extractContact(chat(`U: ${text} and my email is me@example.org`))).toEqual({
      email: 'me@example.org',
    });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  // Its speed is measured by `pnpm bench:extract`; a pathological slowdown fails the test's timeout.
  it('reads a name at the end of a very long message', () => {
    const long = `${'my order is late and nobody answers. '.repeat(2_000)}I'm Maria`;
    expect(extractContact(chat(`U: ${long}`))).toEqual({ name: 'Maria' });
  });
});

interface Labelled {
  id: string;
  messages: ChatTurn[];
  expected: { name?: string; email?: string };
}

describe('extractContact: the labelled conversations', () => {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const labelled: Labelled[] = readdirSync(fixtures)
    .filter((file) => /^conversations.*\.json$/.test(file))
    .flatMap((file) => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Labelled[]);

  it('holds at least 300 conversations with unique ids', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    expect(new Set(labelled.map(({ id }) => id)).size).toBe(labelled.length);
  });

  it('meets the target rates: email ≥ 0.99, name ≥ 0.95, false names ≤ 1 %', () => {
    let email = 0;
    let name = 0;
    let falseNames = 0;
    for (const { messages, expected } of labelled) {
      const got = extractContact(messages);
      if ((got.email ?? null) === (expected.email ?? null)) email++;
      if ((got.name ?? null) === (expected.name ?? null)) name++;
      else if (got.name !== undefined) falseNames++;
    }
    expect(email / labelled.length).toBeGreaterThanOrEqual(0.99);
    expect(name / labelled.length).toBeGreaterThanOrEqual(0.95);
    expect(falseNames / labelled.length).toBeLessThanOrEqual(0.01);
  });
});

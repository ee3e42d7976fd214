import type { BotCreate } from '@supportbridge/shared';

/** The demo shop's bot: the built-in intake engine with a small, believable knowledge list. */
export const DEMO_BOT: BotCreate = {
  name: 'Ava',
  description: 'Support assistant of the Northwind Coffee Roasters demo shop',
  model: 'intake',
  greeting: "Hi, I'm Ava from Northwind Coffee. Ask me about orders, shipping or returns — or anything else.",
  replyTime: 'within one business day',
  backstory:
    'You are Ava, the support assistant of Northwind Coffee Roasters, a small online coffee shop. Answer from the ' +
    "shop's knowledge. Politely collect the customer's full name and email address so our team can follow up.",
  meta: { demo: true },
  knowledge: [
    {
      question: 'How long does shipping take?',
      answer:
        'Orders placed before 1 pm ship the same working day. Delivery takes 1–2 working days in Germany and 3–5 in the rest of the EU.',
    },
    {
      question: 'How much is shipping?',
      answer: 'Shipping is €4.90 per order, and free on orders over €39.',
    },
    {
      question: 'Do you ship outside the EU?',
      answer:
        'We ship to the UK, Switzerland and Norway (5–8 working days, €12.90). We do not ship outside Europe yet.',
    },
    {
      question: 'What is your return policy?',
      answer:
        'Unopened bags can be returned within 30 days for a full refund. Opened coffee we replace if you are not happy with it — just tell us what went wrong.',
    },
    {
      question: 'How do I get a refund?',
      answer:
        'Refunds go back to the original payment method within 5 working days after we receive the return. For a damaged or wrong item, our team refunds without a return.',
    },
    {
      question: 'What are your opening hours?',
      answer:
        'Our shop in Hamburg is open Monday to Friday 8 am–6 pm and Saturday 9 am–2 pm. Support answers emails on working days.',
    },
    {
      question: 'How do I track my order?',
      answer:
        'You get a tracking link by email as soon as your order ships. If it has not arrived, tell me your order number and our team will check with the carrier.',
    },
    {
      question: 'Do you sell decaf or ground coffee?',
      answer:
        'Yes: our Swiss Water decaf comes as beans or ground, and every coffee can be ground for espresso, filter or French press.',
    },
    {
      question: 'Can I change or cancel my order?',
      answer:
        'Orders can be changed or cancelled until they ship, usually the same day before 1 pm. Our team does it for you.',
    },
    {
      question: 'Do you have a subscription?',
      answer:
        'Yes: a bag every 2 or 4 weeks with 10% off, and you can pause or cancel it any time from your account.',
    },
  ],
};

import type { ConversationSummary } from '@supportbridge/shared';
import type { Transporter } from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ComposeInput,
  composeEmail,
  fallbackSummary,
  messageIdFor,
  ticketToken,
} from '../src/delivery/email.js';
import { createTransport } from '../src/delivery/transport.js';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from './helpers/smtp.js';

const summary: ConversationSummary = {
  title: 'Maria Garcia: refund for order 48213',
  request: 'Maria wants a refund for order 48213, which arrived damaged.',
  facts: [
    { kind: 'order', value: '48213' },
    { kind: 'amount', value: '€49.90' },
  ],
  botAnswer: 'Refunds take 5 business days once approved.',
  escalation: { reason: 'The visitor asked for a human' },
};

function input(overrides: Partial<ComposeInput> = {}): ComposeInput {
  return {
    from: 'Acme Support <support-bot@acme.test>',
    to: 'help@acme.test',
    conversation: { id: 'conv_abc', createdAt: Date.UTC(2025, 0, 31, 9, 0, 0), endReason: 'escalated' },
    integrationId: 'sup_xyz',
    botName: 'Ava',
    contact: { name: 'Maria Garcia', email: 'maria@example.com', phone: '+34 600 123 456' },
    summary,
    messages: [
      {
        type: 'user',
        text: 'Hi, my order 48213 arrived damaged.',
        createdAt: Date.UTC(2025, 0, 31, 9, 0, 5),
      },
      { type: 'bot', text: 'Sorry! What is your name and email?', createdAt: Date.UTC(2025, 0, 31, 9, 0, 7) },
      {
        type: 'user',
        text: 'Maria Garcia, maria@example.com\nI want a human please.',
        createdAt: Date.UTC(2025, 0, 31, 9, 1, 0),
      },
    ],
    messageId: messageIdFor('conv_abc', 'sup_xyz', 1, 'acme.test'),
    ticket: ticketToken('conv_abc'),
    ...overrides,
  };
}

let sink: SmtpSink;
let transport: Transporter;

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = createTransport(sink.url);
});
afterAll(async () => {
  transport.close();
  await sink.stop();
});
beforeEach(() => {
  sink.messages.length = 0;
});

async function roundTrip(values: ComposeInput): Promise<ReceivedMail> {
  await transport.sendMail(composeEmail(values));
  const [mail] = await sink.waitFor(1);
  return mail!;
}

describe('composeEmail through a real SMTP server', () => {
  it('sets Reply-To to the customer with name, and a subject with ticket, who and what', async () => {
    const { parsed, envelope } = await roundTrip(input());
    expect(parsed.replyTo?.value).toEqual([{ name: 'Maria Garcia', address: 'maria@example.com' }]);
    expect(parsed.subject).toBe(`[Chat #${ticketToken('conv_abc')}] Maria Garcia: refund for order 48213`);
    expect(parsed.from?.value).toEqual([{ name: 'Acme Support', address: 'support-bot@acme.test' }]);
    expect(envelope.to).toEqual(['help@acme.test']);
  });

  it('carries customer details, the summary and the timed transcript in both parts', async () => {
    const { parsed } = await roundTrip(input());
    for (const part of [parsed.text ?? '', parsed.html || '']) {
      expect(part).toContain('maria@example.com');
      expect(part).toContain('+34 600 123 456');
      expect(part).toContain('Maria wants a refund for order 48213');
      expect(part).toContain('48213');
      expect(part).toContain('€49.90');
      expect(part).toContain('Refunds take 5 business days');
      expect(part).toContain('The visitor asked for a human');
      expect(part).toContain('2025-01-31 09:00:05');
      expect(part).toContain('2025-01-31 09:01:00');
      expect(part).toContain('Ava (bot)');
    }
    expect(parsed.text).toContain('TRANSCRIPT (times in UTC)');
    expect(parsed.text).toContain('  \u2068I want a human please.\u2069');
  });

  it('isolates right-to-left names and text, and shows where the visitor chatted from', async () => {
    const { parsed } = await roundTrip(
      input({
        conversation: {
          id: 'conv_abc',
          createdAt: Date.UTC(2025, 0, 31, 9, 0, 0),
          language: 'ar-EG',
          visitor: {
            page: 'https://shop.acme.test/cart',
            timeZone: 'Africa/Cairo',
            browser: 'Chrome 140 · Android',
          },
        },
        contact: { name: 'سارة المصري', email: 'sara@example.com' },
        messages: [{ type: 'user', text: 'طلبي 48213 لم يصل', createdAt: Date.UTC(2025, 0, 31, 9, 0, 5) }],
      }),
    );
    const text = parsed.text ?? '';
    // The time stays left of the name however a mail client lays out right-to-left text.
    expect(text).toContain('2025-01-31 09:00:05  \u2068سارة المصري\u2069');
    expect(text).toContain('  \u2068طلبي 48213 لم يصل\u2069');
    expect(text).toMatch(
      /VISITOR\nPage: +https:\/\/shop\.acme\.test\/cart\nLanguage: +Arabic \(Egypt\) · ar-EG\n/,
    );
    expect(text).toMatch(/Time zone: +Africa\/Cairo\nBrowser: +Chrome 140 · Android/);
    const html = parsed.html || '';
    expect(html).toContain('<bdi>سارة المصري</bdi>');
    expect(html).toContain('<div dir="auto" style="margin-top:2px;');
    expect(html).toContain('Arabic (Egypt) · ar-EG');
  });

  it('writes the transcript times in the requested time zone', async () => {
    const { parsed } = await roundTrip(input({ timeZone: 'Europe/Berlin' }));
    expect(parsed.text).toContain('2025-01-31 10:00:05');
    expect(parsed.text).toContain('times in Europe/Berlin');
  });

  it('uses the deterministic Message-ID and the X-SupportBridge headers', async () => {
    const { parsed } = await roundTrip(input());
    expect(parsed.messageId).toBe(messageIdFor('conv_abc', 'sup_xyz', 1, 'acme.test'));
    expect(parsed.headers.get('x-supportbridge-conversation')).toBe('conv_abc');
    expect(parsed.headers.get('x-supportbridge-integration')).toBe('sup_xyz');
  });

  it('never marks the email as automated (no Auto-Submitted, Precedence or List-*)', async () => {
    const { parsed, raw } = await roundTrip(input());
    const headerBlock = raw.split(/\r?\n\r?\n/)[0];
    const names = [...parsed.headers.keys()];
    expect(
      names.filter((n) => /^(auto-submitted|precedence|list-|x-auto-response-suppress)/.test(n)),
    ).toEqual([]);
    expect(headerBlock).not.toMatch(/^(Auto-Submitted|Precedence|List-)/im);
  });

  it('threads a later forward under the first with In-Reply-To and References', async () => {
    const first = messageIdFor('conv_abc', 'sup_xyz', 1, 'acme.test');
    const second = messageIdFor('conv_abc', 'sup_xyz', 2, 'acme.test');
    const { parsed } = await roundTrip(input({ messageId: second, inReplyTo: first }));
    expect(parsed.messageId).toBe(second);
    expect(parsed.inReplyTo).toBe(first);
    expect([parsed.references].flat()).toEqual([first]);
  });

  it('keeps a unicode subject intact', async () => {
    const title = 'José Müller: 退款 für Bestellung 🙂';
    const { parsed } = await roundTrip(input({ summary: { ...summary, title } }));
    expect(parsed.subject).toBe(`[Chat #${ticketToken('conv_abc')}] ${title}`);
  });

  it('sets no Reply-To when no valid email was collected', async () => {
    const { parsed } = await roundTrip(input({ contact: { name: 'Maria', email: 'maria at example' } }));
    expect(parsed.replyTo).toBeUndefined();
    expect(parsed.text).not.toContain('Reply to this email');
  });
});

describe('composeEmail against injection', () => {
  it('cannot be made to add headers or recipients through CR/LF in a name or title', async () => {
    const { parsed, envelope, raw } = await roundTrip(
      input({
        contact: { name: 'Maria\r\nBcc: evil@attacker.test', email: 'maria@example.com' },
        summary: { ...summary, title: 'Maria: refund\r\nX-Injected: yes\n\nbody' },
      }),
    );
    expect(envelope.to).toEqual(['help@acme.test']);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.headers.has('x-injected')).toBe(false);
    const headerBlock = raw.split(/\r?\n\r?\n/)[0];
    expect(headerBlock).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(parsed.subject).toBe(`[Chat #${ticketToken('conv_abc')}] Maria: refund X-Injected: yes body`);
    expect(parsed.replyTo?.value).toEqual([
      { name: 'Maria Bcc: evil@attacker.test', address: 'maria@example.com' },
    ]);
  });

  it('quotes a name holding quotes, commas and brackets as one Reply-To address', async () => {
    const name = 'Evil", Other <evil@attacker.test>';
    const { parsed } = await roundTrip(input({ contact: { name, email: 'maria@example.com' } }));
    expect(parsed.replyTo?.value).toEqual([{ name, address: 'maria@example.com' }]);
  });

  it('delivers markup from the visitor as inert text in the HTML part', async () => {
    const { parsed } = await roundTrip(
      input({
        contact: { name: '<script>alert(1)</script>', email: 'maria@example.com' },
        summary: { ...summary, title: '<b>x</b>: <i>y</i>', request: '<a href="http://evil.test">click</a>' },
        messages: [
          { type: 'user', text: '<img src=x onerror=alert(1)> & "quotes"', createdAt: Date.UTC(2025, 0, 1) },
        ],
      }),
    );
    const html = parsed.html || '';
    expect(html).not.toMatch(/<script|<img|<a href="http:\/\/evil|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(parsed.text).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('helpers', () => {
  it('derives the Message-ID from conversation, integration and forward only', () => {
    const a = messageIdFor('conv_1', 'sup_1', 1, 'Acme.test');
    expect(a).toBe(messageIdFor('conv_1', 'sup_1', 1, 'acme.test'));
    expect(a).toMatch(/^<sb\.[0-9a-f]{24}\.1@acme\.test>$/);
    expect(
      new Set([
        a,
        messageIdFor('conv_1', 'sup_1', 2, 'acme.test'),
        messageIdFor('conv_1', 'sup_2', 1, 'acme.test'),
      ]).size,
    ).toBe(3);
  });

  it('makes a stable five-character Crockford ticket token', () => {
    expect(ticketToken('conv_1')).toBe(ticketToken('conv_1'));
    expect(ticketToken('conv_1')).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(ticketToken('conv_1')).not.toBe(ticketToken('conv_2'));
  });

  it('builds a who-and-what title when a conversation has no summary', () => {
    const s = fallbackSummary({ email: 'maria@example.com' }, [
      { type: 'bot', text: 'Hi!' },
      { type: 'user', text: 'Refund\nplease' },
    ]);
    expect(s.title).toBe('maria@example.com: Refund please');
  });
});

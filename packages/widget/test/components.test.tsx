import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '../src/components/Composer.js';
import { EmailForm } from '../src/components/EmailForm.js';
import { MessageList } from '../src/components/MessageList.js';
import { Receipt } from '../src/components/Receipt.js';
import { type ConversationState, initialState } from '../src/state/conversation.js';
import { DEFAULT_STRINGS as t } from '../src/strings.js';

afterEach(cleanup);

const base: ConversationState = initialState('Ava', 'Hi!');

describe('MessageList', () => {
  it('links web addresses in bot messages, and nothing else', () => {
    const { container } = render(
      <MessageList
        state={{
          ...base,
          messages: [
            {
              id: '1',
              type: 'bot',
              text: 'Track it at https://track.example/48213. Or javascript:alert(1)',
              createdAt: 0,
            },
          ],
        }}
        strings={t}
        lang="en"
        onRetry={() => {}}
      />,
    );
    const links = container.querySelectorAll('a');
    expect([...links].map((a) => a.getAttribute('href'))).toEqual(['https://track.example/48213']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.textContent).toContain('Or javascript:alert(1)');
  });

  it('offers a retry on a message that was not sent', () => {
    const onRetry = vi.fn();
    const { getByRole } = render(
      <MessageList
        state={{
          ...base,
          messages: [{ id: '1', type: 'user', text: 'Hello', createdAt: 0, state: 'failed' }],
        }}
        strings={t}
        lang="en"
        onRetry={onRetry}
      />,
    );
    fireEvent.click(getByRole('button', { name: 'Not sent — retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('streams the reply right below the message it answers and marks the log busy', () => {
    const { getByRole } = render(
      <MessageList
        state={{
          ...base,
          messages: [
            { id: 'a', type: 'user', text: 'first', createdAt: 0 },
            { id: 'b', type: 'user', text: 'second', createdAt: 0, state: 'sending' },
          ],
          replyTo: 'a',
          reply: 'Thinking about fi',
        }}
        strings={t}
        lang="en"
        onRetry={() => {}}
      />,
    );
    const log = getByRole('log');
    expect(log.getAttribute('aria-busy')).toBe('true');
    expect([...log.querySelectorAll('.msg p')].map((p) => p.textContent)).toEqual([
      'Hi!',
      'first',
      'Thinking about fi',
      'second',
    ]);
  });
});

describe('Composer', () => {
  it('sends on Enter but not on Shift+Enter or while an IME is composing', () => {
    const onSend = vi.fn();
    const { getByRole } = render(
      <Composer placeholder={t.placeholder} value="Hallo" strings={t} onInput={() => {}} onSend={onSend} />,
    );
    const box = getByRole('textbox');
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('Hallo');
  });

  it('does not send an empty message', () => {
    const onSend = vi.fn();
    const { getByRole } = render(
      <Composer placeholder={t.placeholder} value="   " strings={t} onInput={() => {}} onSend={onSend} />,
    );
    fireEvent.keyDown(getByRole('textbox'), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    expect((getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('EmailForm', () => {
  it('labels the field, shows the error and offers the typo fix', () => {
    const onInput = vi.fn();
    const props = {
      strings: t,
      submitLabel: t.emailSubmit,
      busy: false,
      onInput,
      onSubmit() {},
      onCancel() {},
    };
    const { getByLabelText, getByRole, rerender } = render(
      <EmailForm {...props} form={{ value: 'maria', error: t.emailInvalid }} />,
    );
    const input = getByLabelText(t.emailAsk);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe(
      t.emailInvalid,
    );
    rerender(<EmailForm {...props} form={{ value: 'maria@gmial.com', hint: 'maria@gmail.com' }} />);
    fireEvent.click(getByRole('button', { name: 'maria@gmail.com' }));
    expect(onInput).toHaveBeenCalledWith('maria@gmail.com');
  });
});

describe('Receipt', () => {
  it("names the reference of the team's email, where and when they will reply", () => {
    const { getByRole } = render(
      <Receipt
        receipt={{ reason: 'escalated', email: 'maria@example.org', reference: '7KQ2M', forwarded: true }}
        replyTime="within one business day"
        lang="en"
        strings={t}
      />,
    );
    expect(getByRole('status').textContent).toBe(
      'Sent to our team as Chat #7KQ2M.They will reply to maria@example.org.Expected reply: within one business day.',
    );
    // The address is isolated: a right-to-left name or address cannot reorder the sentence.
    expect(getByRole('status').querySelector('bdi')?.textContent).toBe('Chat #7KQ2M');
  });

  it('tells an idle chat was passed on, and that writing reaches the team', () => {
    const { getByRole } = render(
      <Receipt receipt={{ reason: 'idle', reference: 'AB12C', forwarded: true }} lang="en" strings={t} />,
    );
    expect(getByRole('status').textContent).toContain(t.passedOn);
    expect(getByRole('status').textContent).toContain('Chat #AB12C');
  });

  it('says the chat ended when it never reached the team', () => {
    const { getByRole } = render(
      <Receipt receipt={{ reason: 'ended', forwarded: false }} lang="en" strings={t} />,
    );
    expect(getByRole('status').textContent).toBe(t.ended);
  });
});

describe('Markdown in bot messages', () => {
  const show = (text: string) =>
    render(
      <MessageList
        state={{ ...base, greeting: '', messages: [{ id: '1', type: 'bot', text, createdAt: Date.now() }] }}
        strings={t}
        lang="en"
        onRetry={() => {}}
      />,
    ).container.querySelector('.b')!;

  it('renders paragraphs, lists, bold, italic, code and links', () => {
    const b = show(
      'Our **opening hours**:\n- Mon–Fri *9–18*\n- Sat `10–14`\n\n1. Order\n2. Pay at [our shop](https://shop.example/pay)',
    );
    expect(b.querySelector('p strong')?.textContent).toBe('opening hours');
    expect([...b.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'Mon–Fri 9–18',
      'Sat 10–14',
    ]);
    expect(b.querySelector('ul em')?.textContent).toBe('9–18');
    expect(b.querySelector('ul code')?.textContent).toBe('10–14');
    expect([...b.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual([
      'Order',
      'Pay at our shop',
    ]);
    const a = b.querySelector('ol a')!;
    expect([a.getAttribute('href'), a.getAttribute('rel')]).toEqual([
      'https://shop.example/pay',
      'noopener noreferrer',
    ]);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '**<script>alert(1)</script>**',
    '<a href="https://evil.example">hi</a>',
    '`<b>code</b>`',
  ])('never turns %j into markup or a non-web link', (text) => {
    const b = show(text);
    expect(b.querySelector('img, script, b, [onerror]')).toBeNull();
    for (const a of b.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(b.textContent).toContain(text.includes('](') ? text.slice(1, text.indexOf(']')) : '');
  });

  it('shows each sent message with its time, the full time for screen readers', () => {
    const at = Date.now() - 3 * 60_000;
    const { container } = render(
      <MessageList
        state={{ ...base, messages: [{ id: '1', type: 'user', text: 'Hi', createdAt: at }] }}
        strings={t}
        lang="de"
        onRetry={() => {}}
      />,
    );
    const time = container.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe(new Date(at).toISOString());
    expect(time.querySelector('[aria-hidden]')?.textContent).toBe('vor 3 Min.');
    expect(time.querySelector('.sr')?.textContent).toBe(
      new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(at),
    );
  });
});

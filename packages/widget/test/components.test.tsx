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
    const { getByRole } = render(<Composer value="Hallo" strings={t} onInput={() => {}} onSend={onSend} />);
    const box = getByRole('textbox');
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('Hallo');
  });

  it('does not send an empty message', () => {
    const onSend = vi.fn();
    const { getByRole } = render(<Composer value="   " strings={t} onInput={() => {}} onSend={onSend} />);
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
  it('says where the team will reply, with a way to change it', () => {
    const { getByRole } = render(
      <Receipt
        receipt={{ reason: 'escalated', email: 'maria@example.org' }}
        strings={t}
        onChangeEmail={() => {}}
        onRestart={() => {}}
      />,
    );
    expect(getByRole('status').textContent).toContain(
      'Sent to our team — they will reply to maria@example.org',
    );
    expect(getByRole('button', { name: t.changeEmail })).toBeTruthy();
  });

  it('offers to add an address when none is known', () => {
    const { getByRole } = render(
      <Receipt receipt={{ reason: 'ended' }} strings={t} onChangeEmail={() => {}} onRestart={() => {}} />,
    );
    expect(getByRole('status').textContent).toContain(t.ended);
    expect(getByRole('button', { name: t.addEmail })).toBeTruthy();
  });

  it('offers no address change on a receipt read back after a reload, whose token is gone', () => {
    const { getByRole, queryByRole } = render(
      <Receipt
        receipt={{ reason: 'escalated', restored: true }}
        strings={t}
        onChangeEmail={() => {}}
        onRestart={() => {}}
      />,
    );
    expect(getByRole('status').textContent).toContain(t.handedOver);
    expect(queryByRole('button', { name: t.addEmail })).toBeNull();
    expect(getByRole('button', { name: t.newChat })).toBeTruthy();
  });
});

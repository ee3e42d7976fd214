import type { MESSAGE_MAX_LENGTH } from '@supportbridge/shared';
import type { Strings } from '../strings.js';
import { SendIcon } from './icons.js';

// Mirrors MESSAGE_MAX_LENGTH; the type ties it to the contract without bundling zod.
const MAX_LENGTH: typeof MESSAGE_MAX_LENGTH = 4000;

interface Props {
  value: string;
  strings: Strings;
  placeholder: string;
  onInput(value: string): void;
  onSend(text: string): void;
}

/**
 * The message box: Enter sends, Shift+Enter adds a line; the draft lives in the model so
 * it survives a reload. The panel grows the box to fit its text after each render.
 *
 * @example
 * <Composer value={state.draft} strings={t} placeholder={t.placeholder} onInput={chat.setDraft} onSend={chat.send} />
 */
export function Composer({ value, strings: t, placeholder, onInput, onSend }: Props) {
  const empty = !value.trim();
  const send = (e: Event) => {
    e.preventDefault();
    if (!empty) onSend(value);
  };
  return (
    <form class="composer" onSubmit={send}>
      <textarea
        rows={1}
        dir="auto"
        value={value}
        maxLength={MAX_LENGTH}
        placeholder={placeholder}
        aria-label={placeholder}
        enterkeyhint="send"
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          // isComposing: Enter also confirms an IME candidate (Japanese, Chinese…), which must not send.
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) send(e);
        }}
      />
      <button type="submit" class="send" aria-label={t.send} disabled={empty}>
        <SendIcon />
      </button>
    </form>
  );
}

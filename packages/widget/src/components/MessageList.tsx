import type { ConversationState } from '../state/conversation.js';
import type { Strings } from '../strings.js';

interface Props {
  state: ConversationState;
  strings: Strings;
  onRetry(): void;
}

const Typing = ({ label }: { label: string }) => (
  <div class="msg bot">
    <p class="dots">
      <i />
      <i />
      <i />
      <span class="sr">{label}</span>
    </p>
  </div>
);

// Web addresses in a message become links; only http(s), so no other scheme can sneak in.
const URL_IN_TEXT = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/;
const linked = (text: string) =>
  text.split(URL_IN_TEXT).map((part, i) =>
    i % 2 ? (
      <a href={part} target="_blank" rel="noopener noreferrer">
        {part}
      </a>
    ) : (
      part
    ),
  );

// dir="auto": each message follows its own script, whatever the panel's direction.
const Bot = ({ text }: { text: string }) => (
  <div class="msg bot">
    <p dir="auto">{linked(text)}</p>
  </div>
);

/**
 * The conversation log: greeting, history, the reply as it streams (right below the
 * message it answers), and a retry button on every message that did not reach the server.
 *
 * @example
 * <MessageList state={state} strings={t} onRetry={chat.retry} />
 */
export function MessageList({ state: s, strings: t, onRetry }: Props) {
  return (
    // aria-busy while streaming: screen readers announce the reply once, complete, not token by token.
    <div
      class="log"
      role="log"
      aria-live="polite"
      aria-busy={s.reply !== null || s.connecting}
      aria-label={t.log}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
    >
      {s.greeting ? <Bot text={s.greeting} /> : s.connecting && <Typing label={t.loading} />}
      {s.messages.map((m) => [
        <div key={m.id} class={`msg ${m.type}`}>
          <p dir="auto">{m.type === 'bot' ? linked(m.text) : m.text}</p>
          {m.state === 'failed' ? (
            <button type="button" onClick={onRetry}>
              {t.notSent}
            </button>
          ) : (
            m.state === 'sending' && s.replyTo !== m.id && <span>{t.sending}</span>
          )}
        </div>,
        s.replyTo === m.id &&
          s.reply !== null &&
          (s.reply ? <Bot text={s.reply} /> : <Typing label={t.typing} />),
      ])}
    </div>
  );
}

import type { ConversationState } from '../state/conversation.js';
import type { Strings } from '../strings.js';
import { Markdown } from './Markdown.js';
import { Receipt } from './Receipt.js';
import { Time } from './Time.js';

interface Props {
  state: ConversationState;
  strings: Strings;
  lang: string;
  onRetry(): void;
}

const Typing = ({ label }: { label: string }) => (
  <div class="msg bot">
    <p class="b dots">
      <i />
      <i />
      <i />
      <span class="sr">{label}</span>
    </p>
  </div>
);

const Bot = ({ text }: { text: string }) => (
  <div class="msg bot">
    <div class="b">
      <Markdown text={text} />
    </div>
  </div>
);

/**
 * The conversation log: greeting, history with each message's time, the reply as it streams
 * (right below the message it answers), a retry button on every message that did not reach
 * the server, and — once the chat completed — where it stands.
 *
 * @example
 * <MessageList state={state} strings={t} lang="en" onRetry={chat.retry} />
 */
export function MessageList({ state: s, strings: t, lang, onRetry }: Props) {
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
          {m.type === 'bot' ? (
            <div class="b">
              <Markdown text={m.text} />
            </div>
          ) : (
            // dir="auto": each message follows its own script, whatever the panel's direction.
            <p class="b" dir="auto">
              {m.text}
            </p>
          )}
          {m.state === 'failed' ? (
            <button type="button" onClick={onRetry}>
              {t.notSent}
            </button>
          ) : m.state === 'sending' ? (
            s.replyTo !== m.id && <span>{t.sending}</span>
          ) : (
            <Time at={m.createdAt} lang={lang} />
          )}
        </div>,
        s.replyTo === m.id &&
          s.reply !== null &&
          (s.reply ? <Bot text={s.reply} /> : <Typing label={t.typing} />),
      ])}
      {s.receipt && <Receipt receipt={s.receipt} replyTime={s.replyTime} lang={lang} strings={t} />}
      {s.added && (
        <p class="added" role="status">
          {t.added}
        </p>
      )}
    </div>
  );
}

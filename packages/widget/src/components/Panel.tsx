import type { Config } from '../config.js';
import type { Conversation, ConversationState } from '../state/conversation.js';
import type { Strings } from '../strings.js';
import { Composer } from './Composer.js';
import { ConfirmEnd } from './ConfirmEnd.js';
import { EmailForm } from './EmailForm.js';
import { CloseIcon } from './icons.js';
import { MessageList } from './MessageList.js';

interface Props {
  state: ConversationState;
  chat: Conversation;
  config: Config;
  strings: Strings;
  /** Full screen on a phone: the page behind is out of reach. */
  modal: boolean;
  onClose(): void;
}

/**
 * The chat panel: a header with "Forget me" and close, the log, and a footer that is the
 * composer (with "Talk to a human" and "End chat", or — once the team has the chat — "Start
 * a new chat" and the address), the email form or the end confirmation. A pure function of
 * the conversation state.
 *
 * @example
 * render(<Panel state={chat.state} chat={chat} config={config} strings={t} modal={false} onClose={close} />, slot);
 */
export function Panel({ state: s, chat, config, strings: t, modal, onClose }: Props) {
  const r = s.receipt;
  const chips = r ? (
    <>
      <button type="button" class="chip" onClick={chat.restart}>
        {t.newChat}
      </button>
      {!r.restored && (
        <button type="button" class="chip" disabled={s.busy} onClick={chat.changeEmail}>
          {r.email ? t.changeEmail : t.addEmail}
        </button>
      )}
    </>
  ) : (
    <>
      <button type="button" class="chip" disabled={s.busy} onClick={chat.escalate}>
        {t.human}
      </button>
      <button type="button" class="chip" onClick={chat.askEnd}>
        {t.end}
      </button>
    </>
  );
  let footer = (
    <>
      <div class="chips">{chips}</div>
      {/* A receipt read back without its token cannot take more: only a new chat can. */}
      {!r?.restored && (
        <Composer
          value={s.draft}
          strings={t}
          placeholder={r?.forwarded ? t.addMore : t.placeholder}
          onInput={chat.setDraft}
          onSend={chat.send}
        />
      )}
    </>
  );
  if (s.view === 'confirm')
    footer = <ConfirmEnd strings={t} busy={s.busy} onEnd={chat.end} onCancel={chat.back} />;
  if (s.view === 'email') {
    footer = (
      <EmailForm
        form={s.email}
        strings={t}
        submitLabel={s.emailFor === 'escalate' ? t.emailSubmit : t.emailSave}
        busy={s.busy}
        onInput={chat.setEmail}
        onSubmit={chat.submitEmail}
        onCancel={chat.back}
      />
    );
  }

  return (
    <div
      class="dialog"
      role="dialog"
      aria-labelledby="sb-title"
      // Say so to screen readers only where the page behind is really out of reach.
      aria-modal={modal || undefined}
      // A click on text keeps focus in the panel, so Escape and the phone's focus trap still apply.
      tabIndex={-1}
      lang={config.lang}
      dir={config.dir}
    >
      <div class="head">
        <span class="avatar" aria-hidden="true">
          {s.title.charAt(0).toUpperCase()}
        </span>
        <div class="who">
          <h2 id="sb-title" class="title">
            <bdi>{s.title}</bdi>
          </h2>
          <p class="sub">{t.subtitle}</p>
        </div>
        <button type="button" class="link forget" onClick={chat.forget}>
          {t.forget}
        </button>
        <button type="button" class="icon" aria-label={t.close} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <MessageList state={s} strings={t} lang={config.lang} onRetry={chat.retry} />
      {s.notice && (
        <p class="notice" role="alert">
          {s.notice}
        </p>
      )}
      <div class="foot">{footer}</div>
    </div>
  );
}

import type { ConversationState } from '../state/conversation.js';
import type { Strings } from '../strings.js';

interface Props {
  form: ConversationState['email'];
  strings: Strings;
  submitLabel: string;
  busy: boolean;
  onInput(value: string): void;
  onSubmit(): void;
  onCancel(): void;
}

/**
 * The small inline form asking where the team should reply. Validation and the typo
 * suggestion (gmial.com → gmail.com) live in the model; this only shows them.
 *
 * @example
 * <EmailForm form={state.email} strings={t} submitLabel={t.emailSubmit} busy={false} onInput={chat.setEmail} onSubmit={chat.submitEmail} onCancel={chat.back} />
 */
export function EmailForm({ form, strings: t, submitLabel, busy, onInput, onSubmit, onCancel }: Props) {
  return (
    <form
      class="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label for="sb-email">{t.emailAsk}</label>
      <input
        id="sb-email"
        type="email"
        autocomplete="email"
        placeholder="name@example.com"
        value={form.value}
        aria-invalid={form.error ? 'true' : undefined}
        aria-describedby="sb-email-hint"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div id="sb-email-hint" class={form.error ? 'hint err' : 'hint'} aria-live="polite">
        {form.error ||
          (form.hint && (
            <>
              {t.didYouMean.split('{email}')[0]}
              <button type="button" class="link" onClick={() => onInput(form.hint!)}>
                <bdi>{form.hint}</bdi>
              </button>
              {t.didYouMean.split('{email}')[1]}
            </>
          ))}
      </div>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" class="ghost" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

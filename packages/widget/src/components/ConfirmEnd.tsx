import type { Strings } from '../strings.js';

interface Props {
  strings: Strings;
  busy: boolean;
  onEnd(): void;
  onCancel(): void;
}

/**
 * Asks before ending: ending hands the transcript to the team and cannot be undone.
 *
 * @example
 * <ConfirmEnd strings={t} busy={false} onEnd={chat.end} onCancel={chat.back} />
 */
export function ConfirmEnd({ strings: t, busy, onEnd, onCancel }: Props) {
  return (
    <div class="card">
      <p id="sb-confirm">{t.endConfirm}</p>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={onEnd} aria-describedby="sb-confirm">
          {t.end}
        </button>
        <button type="button" class="ghost" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

import type { Receipt as ReceiptData } from '../state/conversation.js';
import type { Strings } from '../strings.js';
import { CheckIcon } from './icons.js';

interface Props {
  receipt: ReceiptData;
  strings: Strings;
  onChangeEmail(): void;
  onRestart(): void;
}

/**
 * The hand-over receipt: where the team will reply, a way to correct that address (not
 * after a reload: the token is gone by then), and a way to start over.
 *
 * @example
 * <Receipt receipt={{ reason: 'escalated', email: 'maria@example.org' }} strings={t} onChangeEmail={…} onRestart={…} />
 */
export function Receipt({ receipt, strings: t, onChangeEmail, onRestart }: Props) {
  const [before, after] = t.sentTo.split('{email}');
  const text = receipt.email ? (
    <>
      {before}
      <strong>{receipt.email}</strong>
      {after}
    </>
  ) : receipt.reason === 'idle' ? (
    t.idle
  ) : receipt.reason === 'escalated' ? (
    t.handedOver
  ) : (
    t.ended
  );
  return (
    <div class="card receipt" role="status">
      <span class="ok">
        <CheckIcon />
      </span>
      <p>{text}</p>
      {!receipt.restored && (
        <button type="button" class="link" onClick={onChangeEmail}>
          {receipt.email ? t.changeEmail : t.addEmail}
        </button>
      )}
      <button type="button" class="primary" onClick={onRestart}>
        {t.newChat}
      </button>
    </div>
  );
}

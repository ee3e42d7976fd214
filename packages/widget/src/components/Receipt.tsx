import type { ComponentChildren } from 'preact';
import { say } from '../i18n.js';
import type { Receipt as ReceiptData } from '../state/conversation.js';
import type { Strings } from '../strings.js';
import { CheckIcon } from './icons.js';

interface Props {
  receipt: ReceiptData;
  replyTime?: string;
  lang: string;
  strings: Strings;
}

/** `{email}` or `{ref}` in a text becomes the value, bidi-isolated and in bold. */
function fill(text: string, key: string, value: ComponentChildren) {
  const [before, after] = text.split(`{${key}}`);
  return (
    <>
      {before}
      <bdi>
        <strong>{value}</strong>
      </bdi>
      {after}
    </>
  );
}

/**
 * Where the chat stands once it completed, at the end of the log: passed to the team as
 * `Chat #…` (the reference in their email), where they will reply, when (the bot's
 * `replyTime`), and — the composer staying open — that what the visitor writes now reaches
 * them too. A chat that ended without reaching the team just says it ended.
 *
 * @example
 * <Receipt receipt={{ reason: 'escalated', email: 'maria@example.org', reference: '7KQ2M', forwarded: true }} lang="en" strings={t} />
 */
export function Receipt({ receipt: r, replyTime, lang, strings: t }: Props) {
  const lines: ComponentChildren[] = [];
  // Until the server says otherwise, a hand-over is taken to have reached the team.
  if (r.forwarded ?? r.reason === 'escalated') {
    if (r.reason === 'idle') lines.push(t.passedOn);
    lines.push(fill(t.handedOver, 'ref', r.reference ? `Chat #${r.reference}` : '…'));
    if (r.email) lines.push(fill(t.sentTo, 'email', r.email));
    if (replyTime) lines.push(say(lang, t.replyTime, { time: replyTime }));
  } else lines.push(t.ended);
  return (
    <div class="card receipt" role="status">
      <span class="ok">
        <CheckIcon />
      </span>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
    </div>
  );
}

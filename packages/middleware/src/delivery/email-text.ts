import type { EmailView } from './email-view.js';

/**
 * The plain-text part: what a helpdesk shows when it strips HTML, and what a terminal mail
 * client reads. Sections in capitals, labels aligned, each message indented under its
 * time and speaker so a multi-line message stays readable.
 *
 * @example
 * const text = renderText(buildView(input));
 */
export function renderText(view: EmailView): string {
  const lines: string[] = [`Chat #${view.ticket} · ${isolate(view.title)}`];
  if (view.endLabel) lines.push(view.endLabel);
  lines.push('', 'CUSTOMER', ...table(view.customer.map(([label, value]) => [label, isolate(value)])));
  if (view.context.length > 0) lines.push('', 'VISITOR', ...table(view.context));
  if (view.canReply) lines.push('', `Reply to this email to answer ${isolate(view.who)} directly.`);
  const summary: [string, string][] = [['Request', view.request], ...view.facts];
  if (view.botAnswer) summary.push(["Bot's answer", view.botAnswer]);
  if (view.escalation) summary.push(['Escalation', view.escalation]);
  lines.push('', 'SUMMARY', ...table(summary));
  lines.push(
    '',
    `${view.earlier > 0 ? 'NEW SINCE THE LAST EMAIL' : 'TRANSCRIPT'} (times in ${view.timeZone})`,
  );
  if (view.earlier > 0) lines.push(`${earlierNote(view)}`);
  for (const message of view.transcript) {
    lines.push('', `${message.time}  ${isolate(message.speaker)}`, ...indent(message.text));
  }
  if (view.transcript.length === 0) lines.push('', '(no messages)');
  // "-- " is the signature delimiter: mail clients leave what follows out of a quoted reply.
  lines.push('', '-- ', `Conversation ${view.conversationId} · started ${view.startedAt} ${view.timeZone}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The pointer a follow-up gives to what it leaves out.
 *
 * @example earlierNote(view) // "4 earlier messages are in the first email of Chat #7KQ2M."
 */
export function earlierNote(view: EmailView): string {
  const n = view.earlier;
  return `${n} earlier message${n === 1 ? ' is' : 's are'} in the first email of Chat #${view.ticket}.`;
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.flatMap(([label, value]) => {
    const [first = '', ...rest] = value.split(/\r\n|\r|\n/);
    return [`${`${label}:`.padEnd(width)}${first}`, ...rest.map((line) => `${' '.repeat(width)}${line}`)];
  });
}

/** Each line isolated too: a right-to-left line must not reorder the indent or the next line. */
function indent(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => `  ${isolate(line)}`);
}

/**
 * Wraps visitor text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: an Arabic or Hebrew
 * name keeps its own direction without reordering the times, numbers and words around it.
 */
function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}

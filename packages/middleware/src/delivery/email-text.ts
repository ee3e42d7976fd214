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
  const lines: string[] = [`Chat #${view.ticket} · ${view.title}`];
  if (view.endLabel) lines.push(view.endLabel);
  lines.push('', 'CUSTOMER', ...table(view.customer));
  if (view.canReply) lines.push('', `Reply to this email to answer ${view.who} directly.`);
  const summary: [string, string][] = [['Request', view.request], ...view.facts];
  if (view.botAnswer) summary.push(["Bot's answer", view.botAnswer]);
  if (view.escalation) summary.push(['Escalation', view.escalation]);
  lines.push('', 'SUMMARY', ...table(summary));
  lines.push('', `TRANSCRIPT (times in ${view.timeZone})`);
  for (const message of view.transcript) {
    lines.push('', `${message.time}  ${message.speaker}`, ...indent(message.text));
  }
  if (view.transcript.length === 0) lines.push('', '(no messages)');
  // "-- " is the signature delimiter: mail clients leave what follows out of a quoted reply.
  lines.push('', '-- ', `Conversation ${view.conversationId} · started ${view.startedAt} ${view.timeZone}`);
  return `${lines.join('\n')}\n`;
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.flatMap(([label, value]) => {
    const [first = '', ...rest] = value.split(/\r\n|\r|\n/);
    return [`${`${label}:`.padEnd(width)}${first}`, ...rest.map((line) => `${' '.repeat(width)}${line}`)];
  });
}

function indent(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => `  ${line}`);
}

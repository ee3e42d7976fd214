import { isEmail } from '@supportbridge/shared';
import { earlierNote } from './email-text.js';
import type { EmailView } from './email-view.js';
import { escapeHtml } from './text.js';

// Inline styles only: Gmail, Outlook and helpdesk viewers drop <style> blocks and never
// load external CSS or images, so the layout is tables with styles on each element.
const FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const MUTED = 'color:#656d76;font-size:12px;';
const CELL = 'padding:16px 24px;border-top:1px solid #e3e5e8;';
const HEADING =
  'margin:0 0 8px;font-size:13px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:#656d76;';

/**
 * The HTML part: one centred card, at most 640 px wide, with the customer, the summary and
 * the transcript. Every string from the view is escaped here, the only place markup is
 * made, so nothing a visitor types can become a tag, a link or a script.
 *
 * @example
 * const html = renderHtml(buildView(input));
 */
export function renderHtml(view: EmailView): string {
  const sections = [
    header(view),
    customer(view),
    visitor(view),
    summary(view),
    transcript(view),
    footer(view),
  ];
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`Chat #${view.ticket}`)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;background:#ffffff;border:1px solid #e3e5e8;border-radius:8px;font-family:${FONT};font-size:14px;line-height:1.5;color:#1f2328;text-align:left;">
${sections.join('\n')}
</table>
</td></tr></table>
</body></html>
`;
}

/** Escapes, then keeps the visitor's line breaks visible. */
function para(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

/** Escaped and bidi-isolated: a right-to-left name cannot reorder the text around it. */
function inline(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

function rows(pairs: [string, string][]): string {
  const cells = pairs.map(
    ([label, value]) =>
      `<tr><td style="padding:2px 16px 2px 0;vertical-align:top;white-space:nowrap;color:#656d76;">${escapeHtml(label)}</td><td style="padding:2px 0;vertical-align:top;word-break:break-word;">${value}</td></tr>`,
  );
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="font-size:14px;">${cells.join('')}</table>`;
}

function header(view: EmailView): string {
  const meta = [`Chat #${view.ticket}`, view.endLabel].filter(Boolean).join(' · ');
  return `<tr><td style="padding:20px 24px;">
<div style="${MUTED}">${escapeHtml(meta)}</div>
<div dir="auto" style="margin-top:4px;font-size:18px;font-weight:600;word-break:break-word;">${escapeHtml(view.title)}</div>
</td></tr>`;
}

function customer(view: EmailView): string {
  const pairs = view.customer.map(([label, value]): [string, string] => [
    label,
    label === 'Email' && isEmail(value)
      ? `<a href="mailto:${escapeHtml(value)}" style="color:#0969da;">${inline(value)}</a>`
      : `<bdi>${para(value)}</bdi>`,
  ]);
  const hint = view.canReply
    ? `<p style="margin:8px 0 0;${MUTED}">Reply to this email to answer ${inline(view.who)} directly.</p>`
    : '';
  return `<tr><td style="${CELL}"><h2 style="${HEADING}">Customer</h2>${rows(pairs)}${hint}</td></tr>`;
}

function visitor(view: EmailView): string {
  if (view.context.length === 0) return '';
  const pairs = view.context.map(([label, value]): [string, string] => [label, inline(value)]);
  return `<tr><td style="${CELL}"><h2 style="${HEADING}">Visitor</h2>${rows(pairs)}</td></tr>`;
}

function summary(view: EmailView): string {
  const pairs: [string, string][] = view.facts.map(([label, value]) => [label, para(value)]);
  if (view.botAnswer) pairs.push(["Bot's answer", para(view.botAnswer)]);
  if (view.escalation) pairs.push(['Escalation', para(view.escalation)]);
  const details = pairs.length > 0 ? `<div style="margin-top:8px;">${rows(pairs)}</div>` : '';
  return `<tr><td style="${CELL}"><h2 style="${HEADING}">Summary</h2><p dir="auto" style="margin:0;">${para(view.request)}</p>${details}</td></tr>`;
}

function transcript(view: EmailView): string {
  const messages = view.transcript.map((m) => {
    const background = m.fromVisitor ? '#eef4ff' : '#f6f8fa';
    return `<div style="margin:0 0 10px;">
<div style="${MUTED}"><span style="font-weight:600;color:#1f2328;">${inline(m.speaker)}</span> · ${escapeHtml(m.time)}</div>
<div dir="auto" style="margin-top:2px;padding:8px 12px;background:${background};border-radius:6px;word-break:break-word;">${para(m.text)}</div>
</div>`;
  });
  const none = view.earlier > 0 ? 'No new messages.' : 'No messages.';
  const note =
    view.earlier > 0 ? `<p style="margin:0 0 10px;${MUTED}">${escapeHtml(earlierNote(view))}</p>` : '';
  const body = `${note}${messages.length > 0 ? messages.join('\n') : `<p style="margin:0;${MUTED}">${none}</p>`}`;
  return `<tr><td style="${CELL}"><h2 style="${HEADING}">${view.earlier > 0 ? 'New since the last email' : 'Transcript'} <span style="font-weight:400;text-transform:none;letter-spacing:0;">(times in ${escapeHtml(view.timeZone)})</span></h2>
${body}</td></tr>`;
}

function footer(view: EmailView): string {
  return `<tr><td style="${CELL}${MUTED}">Conversation ${escapeHtml(view.conversationId)} · started ${escapeHtml(view.startedAt)} ${escapeHtml(view.timeZone)}</td></tr>`;
}

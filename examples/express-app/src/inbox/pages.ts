import type { InboxMessage } from './store.js';

/** How often the list reloads itself, so a new escalation shows up without a click. */
const REFRESH_SECONDS = 5;

const STYLE = `
body{margin:0;background:#f4f5f7;color:#1f2328;font:14px/1.5 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}
main{max-width:960px;margin:0 auto;padding:24px 16px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:24px 0 8px}
.muted{color:#656d76;font-size:13px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e3e5e8;border-radius:8px}
th,td{text-align:left;padding:8px 12px;border-top:1px solid #e3e5e8;vertical-align:top;word-break:break-word}
th{border-top:0;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#656d76}
th[scope=row]{border-top:1px solid #e3e5e8;width:8em;white-space:nowrap;text-transform:none;letter-spacing:0;font-size:13px}
td.when{white-space:nowrap;color:#656d76}
.headers tr:first-child>*{border-top:0}
a{color:#0969da}
pre{background:#fff;border:1px solid #e3e5e8;border-radius:8px;padding:12px;white-space:pre-wrap;word-break:break-word;margin:0}
iframe{width:100%;height:70vh;border:1px solid #e3e5e8;border-radius:8px;background:#fff}
.empty{background:#fff;border:1px dashed #d0d7de;border-radius:8px;padding:24px;text-align:center}
`;

/** Escapes text for HTML, attribute values included: every string here came in by email. */
function esc(value: string | undefined): string {
  return (value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${head}
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>
`;
}

/** `2025-01-31 09:05:00 UTC`: unambiguous for anyone reading the demo. */
function when(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * The inbox list: sender, subject and time, newest first; reloads every few seconds.
 *
 * @example
 * res.type('html').send(listPage(store.list(), req.baseUrl));
 */
export function listPage(messages: InboxMessage[], base: string): string {
  const rows = messages.map(
    (m) => `<tr><td>${esc(m.from || m.envelope.from)}</td>
<td><a href="${esc(`${base}/${m.id}`)}">${esc(m.subject) || '(no subject)'}</a></td>
<td class="when"><time datetime="${new Date(m.receivedAt).toISOString()}">${when(m.receivedAt)}</time></td></tr>`,
  );
  const list =
    rows.length > 0
      ? `<table><thead><tr><th>From</th><th>Subject</th><th>Received</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
      : `<p class="empty">No emails yet. Chat with the bot on the shop page, give a name and an email, then end the chat or ask for a human.</p>`;
  const count = `${messages.length} ${messages.length === 1 ? 'email' : 'emails'}`;
  return page(
    'Support inbox',
    `<h1>Support inbox</h1>
<p class="muted">${count} received by the demo's local mail server · refreshes every ${REFRESH_SECONDS} s · <a href="${esc(base || '/')}">Refresh</a></p>
${list}`,
    `<meta http-equiv="refresh" content="${REFRESH_SECONDS}">`,
  );
}

/**
 * One email: its headers (Reply-To, Message-ID and the threading headers included), the
 * HTML part in a sandboxed frame that can run no script, and the text part.
 *
 * @example
 * res.type('html').send(messagePage(message, req.baseUrl));
 */
export function messagePage(m: InboxMessage, base: string): string {
  const headers: [string, string | undefined][] = [
    ['From', m.from],
    ['To', m.to],
    ['Reply-To', m.replyTo],
    ['Subject', m.subject],
    ['Date', m.date],
    ['Message-ID', m.messageId],
    ['In-Reply-To', m.inReplyTo],
    ['References', m.references.join(' ') || undefined],
    ['Envelope', `${m.envelope.from} → ${m.envelope.to.join(', ')}`],
  ];
  const rows = headers
    .filter(([, value]) => value)
    .map(([name, value]) => `<tr><th scope="row">${esc(name)}</th><td>${esc(value)}</td></tr>`)
    .join('\n');
  // srcdoc holds the email's HTML as an attribute value: escaped once here, parsed by the
  // browser into a frame with an opaque origin, no scripts, no forms and no top navigation.
  const html = m.html
    ? `<h2>HTML part</h2><iframe sandbox srcdoc="${esc(m.html)}" title="HTML part of the email" referrerpolicy="no-referrer"></iframe>`
    : '';
  const text = m.text ? `<h2>Text part</h2><pre>${esc(m.text)}</pre>` : '';
  return page(
    m.subject || 'Email',
    `<p class="muted"><a href="${esc(base || '/')}">← Support inbox</a> · <a href="${esc(`${base}/${m.id}.json`)}">JSON</a> · received ${when(m.receivedAt)}</p>
<h1>${esc(m.subject) || '(no subject)'}</h1>
<table class="headers">${rows}</table>
${html}
${text}
<h2>All headers</h2><details><summary class="muted">${m.headers.length} header lines</summary><pre>${esc(m.headers.join('\n'))}</pre></details>`,
  );
}

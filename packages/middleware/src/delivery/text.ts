/**
 * Escapes a string for HTML text and attribute values. Every visitor-supplied string
 * goes through here before it reaches an email or a page: a name such as
 * `<img src=x onerror=…>` must arrive as text, not markup.
 *
 * @example
 * escapeHtml('<b>"Tom" & Jerry</b>') // "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;"
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes a visitor string safe for a mail header: line breaks (CR, LF and the Unicode line
 * separators) and other control characters become one space, so "Maria\r\nBcc: x@evil"
 * can never start a header of its own; runs of whitespace collapse and the ends are trimmed.
 *
 * @example
 * headerText('Maria\r\nBcc: evil@example.com') // "Maria Bcc: evil@example.com"
 */
export function headerText(value: string, maxLength = 200): string {
  const flat = value
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > maxLength ? `${[...flat].slice(0, maxLength - 1).join('')}…` : flat;
}

/**
 * Formats a timestamp as `YYYY-MM-DD HH:mm:ss` in a time zone (default UTC), the form an
 * agent scans quickly in a transcript and that sorts as text.
 *
 * @example
 * formatTime(Date.UTC(2025, 0, 31, 9, 5), 'Europe/Berlin') // "2025-01-31 10:05:00"
 */
export function formatTime(ms: number, timeZone = 'UTC'): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and the zone set is tiny, so each is built once. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

import type { ComponentChildren } from 'preact';

// One pass over the text: **bold** or __bold__, `code`, [label](https://…), a bare web
// address, *italic* or _italic_. Links are http(s) only, so no other scheme can sneak in, and
// everything else stays text: Preact escapes it, nothing here makes HTML from a string.
const INLINE =
  /\*\*(.+?)\*\*|__(.+?)__|`([^`\n]+)`|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])|\*([^*\s](?:[^*\n]*[^*\s])?)\*|\b_([^_\s](?:[^_\n]*[^_\s])?)_\b/g;
const BULLET = /^\s*[-*•]\s+/;
const NUMBER = /^\s*(\d+)[.)]\s+/;

const link = (href: string, label: ComponentChildren) => (
  <a href={href} target="_blank" rel="noopener noreferrer">
    {label}
  </a>
);

function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    const [all, bold = m[2], , code, label, href, url, italic = m[8]] = m;
    out.push(
      text.slice(at, m.index),
      bold ? (
        <strong>{inline(bold)}</strong>
      ) : code ? (
        <code>{code}</code>
      ) : href ? (
        link(href, inline(label!))
      ) : url ? (
        link(url, url)
      ) : (
        <em>{inline(italic!)}</em>
      ),
    );
    at = m.index + all.length;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * A bot message in the Markdown that LLM bots write: paragraphs, line breaks, bullet and
 * numbered lists, bold, italic, inline code and links. Anything else shows as typed.
 *
 * @example
 * <Markdown text={'**Opening hours**\n- Mon–Fri 9–18\n- Sat 10–14'} />
 */
export function Markdown({ text }: { text: string }) {
  const blocks: { kind: string; lines: string[] }[] = [];
  let last: { kind: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    const kind = !line.trim() ? '' : BULLET.test(line) ? 'ul' : NUMBER.test(line) ? 'ol' : 'p';
    if (kind && kind === last?.kind) last.lines.push(line);
    else {
      last = kind ? { kind, lines: [line] } : undefined;
      if (last) blocks.push(last);
    }
  }
  return (
    <>
      {blocks.map(({ kind, lines }) =>
        kind === 'p' ? (
          <p dir="auto">{inline(lines.join('\n'))}</p>
        ) : kind === 'ul' ? (
          <ul dir="auto">
            {lines.map((l) => (
              <li>{inline(l.replace(BULLET, ''))}</li>
            ))}
          </ul>
        ) : (
          <ol dir="auto" start={+NUMBER.exec(lines[0]!)![1]!}>
            {lines.map((l) => (
              <li>{inline(l.replace(NUMBER, ''))}</li>
            ))}
          </ol>
        ),
      )}
    </>
  );
}

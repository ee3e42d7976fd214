/**
 * When a message was sent, relative ("2 min ago", "now") in the visitor's language, with the
 * full date and time for screen readers and on hover. Past a day, the date and time.
 *
 * @example
 * <Time at={Date.now() - 120_000} lang="de" /> // "vor 2 Min."
 */
export function Time({ at, lang }: { at: number; lang: string }) {
  const s = (Date.now() - at) / 1000;
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
  const full = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const text =
    s < 45
      ? rtf.format(0, 'second')
      : s < 3600
        ? rtf.format(-Math.round(s / 60), 'minute')
        : s < 86_400
          ? rtf.format(-Math.round(s / 3600), 'hour')
          : new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' }).format(at);
  return (
    <time dateTime={new Date(at).toISOString()} title={full}>
      <span aria-hidden="true">{text}</span>
      <span class="sr">{full}</span>
    </time>
  );
}

/** What `pnpm bench` collected: each bench's JSON, merged by its top-level key. */
export type Summary = Record<string, unknown>;

type Figures = Record<string, Record<string, unknown>>;
const COLUMNS: [key: string, title: string][] = [
  ['pglite', 'PGlite'],
  ['pglite-main-thread', 'PGlite on the main thread'],
  ['postgres', 'PostgreSQL'],
];

/**
 * The headline figures as one Markdown table: each store beside the bare Express baseline
 * measured in the same run. Figures a bench did not produce are left out.
 *
 * @example
 * console.log(summaryTable({ http, escalation, startUp }));
 */
export function summaryTable(summary: Summary): string {
  const http = (summary.http ?? {}) as Figures;
  const escalation = (summary.escalation ?? {}) as Figures & { count?: number; concurrency?: number };
  const startUp = summary.startUp as Record<string, number> | undefined;
  const columns = COLUMNS.filter(([key]) => http[key] || escalation[key]);
  const get = (figures: unknown, ...path: string[]): number | undefined => {
    let value = figures;
    for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
    return typeof value === 'number' ? value : undefined;
  };
  const rows: string[][] = [];
  const row = (title: string, bare: string, cell: (key: string) => string) =>
    rows.push([title, bare, ...columns.map(([key]) => cell(key))]);
  const show = (value: number | undefined, unit = '') => (value === undefined ? '—' : `${value}${unit}`);

  // The baseline is measured beside each store: its column shows the range over those runs.
  const bareRange = (...path: string[]) => {
    const values = columns.map(([key]) => get(http[key], ...path)).filter((v) => v !== undefined);
    if (values.length === 0) return '—';
    const [low, high] = [Math.min(...values), Math.max(...values)];
    return low === high ? `${low}` : `${low}–${high}`;
  };
  if (columns.some(([key]) => http[key])) {
    row(
      `chat replies/s (\`/conversation/{id}/complete\`, ${http.connections} connections)`,
      bareRange('chat', 'bare', 'requestsPerSecond'),
      (key) =>
        http[key]
          ? `${get(http[key], 'chat', 'requestsPerSecond')} (${get(http[key], 'chat', 'vsBare')}×), p99 ${get(http[key], 'chat', 'latencyP99Ms')} ms`
          : '—',
    );
    row('server CPU per reply (+ PostgreSQL)', `${bareRange('chat', 'bare', 'cpuMsPerRequest')} ms`, (key) =>
      show(get(http[key], 'chat', 'cpuMsPerReply'), ' ms'),
    );
    row('event-loop delay under the chat load, p99 (max)', '—', (key) =>
      http[key]
        ? `${get(http[key], 'chat', 'eventLoopDelayMs', 'p99')} (${get(http[key], 'chat', 'eventLoopDelayMs', 'max')}) ms`
        : '—',
    );
    row('reply CPU at message 150 ÷ message 2', '—', (key) =>
      http[key]
        ? `${get(http[key], 'replyCostByLength', 'ratio')}× (${get(http[key], 'replyCostByLength', 'cpuMsPerReplyAtMessage2')} → ${get(http[key], 'replyCostByLength', 'cpuMsPerReplyAtMessage150')} ms)`
        : '—',
    );
    row('list page 1 req/s', bareRange('listPage1', 'bare', 'requestsPerSecond'), (key) =>
      http[key]
        ? `${get(http[key], 'listPage1', 'requestsPerSecond')} (${get(http[key], 'listPage1', 'vsBare')}×)`
        : '—',
    );
  }
  if (escalation.count) {
    row(`escalations/s (${escalation.count} \`end\`s, ${escalation.concurrency} at a time)`, '—', (key) =>
      show(get(escalation[key], 'escalationsPerSecond')),
    );
    row('`end` → SMTP accepted, p50 (p99)', '—', (key) =>
      escalation[key]
        ? `${get(escalation[key], 'endToSmtpAcceptedMs', 'p50')} (${get(escalation[key], 'endToSmtpAcceptedMs', 'p99')}) ms`
        : '—',
    );
  }
  if (startUp) {
    row('`pnpm start` until the page answers, new · existing data dir', '—', (key) =>
      key === 'pglite' ? `${startUp.newDataDirSeconds} · ${startUp.existingDataDirSeconds} s` : '—',
    );
  }
  const header = ['figure', 'bare Express', ...columns.map(([, title]) => title)];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

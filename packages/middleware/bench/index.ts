import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type Summary, summaryTable } from './summary.js';

// `pnpm bench`: every benchmark of the middleware, each in its own process so one's
// warm caches and open handles cannot colour the next one's figures. Each prints JSON;
// the HTTP, escalation and start-up figures are then set side by side in one table.
const BENCHES = ['extract', 'engines', 'list', 'http', 'delivery', 'escalation', 'start-up'];

let failed = false;
const summary: Summary = {};
for (const name of BENCHES) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@supportbridge/source', join(import.meta.dirname, `${name}.ts`)],
    { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) {
    console.error(`bench ${name} failed (exit ${result.status})`);
    failed = true;
    continue;
  }
  try {
    Object.assign(summary, JSON.parse(result.stdout));
  } catch {
    // Not one JSON document (a bench printing a report): shown above, not summarised.
  }
}
console.log(summaryTable(summary));
process.exitCode = failed ? 1 : 0;

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// `pnpm bench`: every benchmark of the middleware, each in its own process so one's
// warm caches and open handles cannot colour the next one's figures. Each prints JSON.
const BENCHES = ['extract', 'engines', 'list', 'http', 'delivery', 'escalation'];

let failed = false;
for (const name of BENCHES) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@supportbridge/source', join(import.meta.dirname, `${name}.ts`)],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(`bench ${name} failed (exit ${result.status})`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './load.js';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * `corepack pnpm start` from the command to the demo page answering 200 with its bot in it
 * (the page is served before the store is ready, empty until then), with a new data
 * directory and then with that one again. The widget is built beforehand when needed, so
 * both runs measure the start a developer meets on the second day, not the first build.
 * `BENCH_START_COMMAND` measures another command (e.g. the old one that always built).
 *
 * @example
 * const { newDataDirSeconds, existingDataDirSeconds } = await benchStartUp();
 */
export async function benchStartUp(
  command = process.env.BENCH_START_COMMAND ?? 'corepack pnpm start',
): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-start-'));
  try {
    await run('node scripts/build-widget-if-changed.mjs', {});
    const env = { DATA_DIR: join(dir, 'data') };
    const fresh = await timeToPage(command, env);
    const existing = await timeToPage(command, env);
    return {
      command,
      newDataDirSeconds: fresh.seconds,
      existingDataDirSeconds: existing.seconds,
      // On a busy machine the wall clock mostly measures the neighbours: CPU time says what
      // the start itself costs (every process of the command, ended ones included).
      cpuSeconds: { newDataDir: fresh.cpuSeconds, existingDataDir: existing.cpuSeconds },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts `command`, polls the page every 25 ms, stops the whole process group at the first full page. */
async function timeToPage(
  command: string,
  env: Record<string, string>,
): Promise<{ seconds: number; cpuSeconds: number }> {
  const port = await freePort();
  const smtpPort = await freePort();
  const started = performance.now();
  const child = spawn('sh', ['-c', command], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), SMTP_PORT: String(smtpPort) },
    stdio: 'ignore',
    detached: true,
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  try {
    const deadline = started + 120_000;
    while (performance.now() < deadline && !exited) {
      const page = await fetch(`http://127.0.0.1:${port}/`)
        .then(async (res) => (res.status === 200 ? res.text() : ''))
        .catch(() => '');
      if (/data-bot="bot_/.test(page)) {
        return {
          seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
          cpuSeconds: child.pid ? groupCpuSeconds(child.pid) : Number.NaN,
        };
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${command}: no page within 120 s${exited ? ' (it exited)' : ''}`);
  } finally {
    if (!exited && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
}

/** CPU time of every process in group `pgid`, and of the children they already reaped. */
function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      // utime, stime, cutime, cstime (fields 14–17 of stat), in clock ticks of 10 ms.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return Number((ticks / 100).toFixed(2));
}

function run(command: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ startUp: await benchStartUp() }, null, 2));
}

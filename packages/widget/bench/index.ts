/// <reference types="node" />
// The widget's cost to a host page: bytes over the wire, time from script execution to a
// painted launcher, and main-thread long tasks while loading; plus what the first open costs.
// Run with `pnpm bench` after `pnpm build`; prints JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LONG_TASKS, launchBrowser, routePage, startStatic, widgetPage } from '../test/e2e/harness.js';

const RUNS = Number(process.env.RUNS ?? 15);
const CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

const gz = (file: string) => gzipSync(readFileSync(CDN + file), { level: 9 }).length;
const files = readdirSync(CDN);
const launcher = gz('widget.js');
const panel = files.filter((f) => f.startsWith('widget-panel')).reduce((sum, f) => sum + gz(f), 0);

// Stamps the first animation frame in which the launcher has a size, i.e. is painted.
const PAINT_PROBE = `
  (function probe() {
    const button = document.querySelector('supportbridge-widget')?.shadowRoot?.querySelector('.launcher');
    if (button && button.getBoundingClientRect().width > 0) window.__launcherPainted = performance.now();
    else requestAnimationFrame(probe);
  })();
`;

interface Sample {
  toLauncher: number;
  toPaint: number;
  longTasks: { start: number; duration: number }[];
  open: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};

const [browser, target] = await Promise.all([launchBrowser(), startStatic()]);
const samples: Sample[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(LONG_TASKS + PAINT_PROBE);
    await page.goto(await routePage(page, target, '/bench.html', widgetPage(target)));
    await page.waitForFunction(`'SupportBridge' in window && window.__launcherPainted`);
    await page.waitForTimeout(500);
    // Evaluated as strings: tsx's transform would wrap inline functions in a helper the page lacks.
    const load: Omit<Sample, 'open'> = await page.evaluate(`(() => {
      const mark = (name) => performance.getEntriesByName(name)[0].startTime;
      return {
        toLauncher: mark('supportbridge:launcher') - mark('supportbridge:script'),
        toPaint: window.__launcherPainted - mark('supportbridge:script'),
        longTasks: window.__longTasks,
      };
    })()`);
    // First open: fetch the panel chunk, render, focus the input (the API here answers 503, which does not block it).
    const opened: number = await page.evaluate(`(async () => {
      const root = document.querySelector('supportbridge-widget').shadowRoot;
      const start = performance.now();
      root.querySelector('.launcher').click();
      while (root.activeElement?.tagName !== 'TEXTAREA') await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    })()`);
    samples.push({ ...load, open: opened });
    await context.close();
  }
} finally {
  await browser.close();
  await target.close();
}

const longTasks = samples.flatMap((s) => s.longTasks);
console.log(
  JSON.stringify(
    {
      gzipBytes: { launcher, panel, total: launcher + panel, budget: 15 * 1024 },
      chromium: {
        runs: RUNS,
        scriptToLauncherInDomMs: median(samples.map((s) => s.toLauncher)),
        scriptToLauncherPaintedMs: median(samples.map((s) => s.toPaint)),
        longTasksOnLoad: {
          count: longTasks.length,
          totalMs: Math.round(longTasks.reduce((a, t) => a + t.duration, 0)),
        },
        firstOpenToFocusedInputMs: median(samples.map((s) => s.open)),
      },
    },
    null,
    2,
  ),
);

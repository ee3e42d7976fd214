// `pnpm start` builds the widget only when what goes into it changed since the last build:
// a hash of its sources, its build configuration, the shared sources it bundles and the
// lockfile, compared with the stamp the last build left in packages/widget/dist. The build
// takes 4 s; this check takes a few milliseconds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const widget = join(root, 'packages/widget');
const stampFile = join(widget, 'dist/.build-stamp');
const INPUTS = [
  'packages/widget/src',
  'packages/widget/vite.config.ts',
  'packages/widget/package.json',
  'packages/widget/tsconfig.json',
  'packages/widget/tsconfig.build.json',
  'packages/shared/src',
  'packages/shared/package.json',
  'tsconfig.base.json',
  'pnpm-lock.yaml',
];
// What the demo serves and the ESM entry: a stamp beside a half-deleted dist means nothing.
const OUTPUTS = ['dist/cdn/widget.js', 'dist/esm/index.js'];

/** `path` if it is a file, else every file under it, sorted so the hash ignores listing order. */
function files(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    for (const file of files(path)) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

const hash = inputsHash();
const built = OUTPUTS.every((output) => existsSync(join(widget, output)));
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (built && stamp === hash) {
  console.log('widget: up to date, not rebuilt');
} else {
  console.log(built ? 'widget: sources changed, building' : 'widget: no build yet, building');
  execFileSync('corepack', ['pnpm', '--filter', '@supportbridge/widget', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  // The hash taken before the build: a source edited while it ran is built next time.
  writeFileSync(stampFile, `${hash}\n`);
}

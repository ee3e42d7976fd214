/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

// One `vite build`, three outputs:
//   dist/cdn/widget-panel-<hash>.js  the panel as an ES module with Preact inside, loaded on first open
//   dist/cdn/widget.js               the script-tag loader (IIFE, no Preact): launcher + JS API
//   dist/esm/                        `mount()` for bundlers, Preact left to the host's bundler
// The panel is built first so the loader can carry its hashed name: a new release never
// pairs a fresh widget.js with a stale cached panel.

// The config module is evaluated once per environment, so the panel's name travels
// through the process environment rather than a module variable.
const PANEL_FILE = 'SUPPORTBRIDGE_PANEL_FILE';
/**
 * The languages with texts: one chunk each, `widget-locale-<language>-<hash>.js`, where the
 * hash is one for all of them (of their sources), so widget.js carries it once, not a name per
 * language.
 */
const LOCALES = new URL('src/locales/', import.meta.url);
const LANGUAGES = readdirSync(LOCALES)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const LOCALE_HASH = createHash('sha256')
  .update(LANGUAGES.map((l) => readFileSync(new URL(`${l}.ts`, LOCALES), 'utf8')).join('\0'))
  .digest('base64url')
  .slice(0, 8);

const panelName: Plugin = {
  name: 'supportbridge:panel-file',
  applyToEnvironment: (env) => env.name === 'cdn',
  transform: (code) =>
    code.includes('__PANEL_FILE__')
      ? code
          .replaceAll('__PANEL_FILE__', JSON.stringify(process.env[PANEL_FILE]))
          .replaceAll('__LOCALE_HASH__', JSON.stringify(LOCALE_HASH))
      : null,
};

// Classic JSX on Preact's own h(), already in the core that render() needs: the
// automatic runtime would ship a second vnode factory. Only .tsx files get the import.
const classicJsx: Plugin = {
  name: 'supportbridge:preact-h',
  enforce: 'pre',
  transform: (code, id) => (id.endsWith('.tsx') ? `import { h, Fragment } from 'preact';${code}` : null),
};

// styles.ts keeps one CSS rule per line to stay readable; the browser needs none of those
// line breaks. Only template literal text is touched, never code or comments.
const cssLines: Plugin = {
  name: 'supportbridge:css-lines',
  transform(code, id) {
    if (!id.endsWith('/src/styles.ts')) return null;
    const quasis: { start: number; end: number }[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as { type?: string; start: number; end: number };
      if (n.type === 'TemplateElement') quasis.push(n);
      else Object.values(node).forEach(walk);
    };
    walk(this.parse(code, { lang: 'ts' }));
    let out = '';
    let at = 0;
    // Nested templates are met after their parent's text: put them back in source order.
    for (const { start, end } of quasis.sort((a, b) => a.start - b.start)) {
      // A break after `{`, `}` or `;` (or opening the literal) separates nothing; elsewhere keep one space.
      const text = code
        .slice(start, end)
        .replace(/\n\s*/g, (_, i: number) => (/[{};`]/.test(code[start + i - 1] ?? '') ? '' : ' '));
      out += code.slice(at, start) + text;
      at = end;
    }
    return { code: out + code.slice(at), map: null };
  },
};

// Preact is MIT licensed, which asks for its notice in every copy: the panel chunk names it
// in one line, and LICENSES.txt beside it carries the full text (the npm package ships it too).
const preactPackage = createRequire(import.meta.url).resolve('preact/package.json');
const { version: PREACT_VERSION } = JSON.parse(readFileSync(preactPackage, 'utf8')) as { version: string };
const licenses: Plugin = {
  name: 'supportbridge:licenses',
  applyToEnvironment: (env) => env.name === 'panel',
  generateBundle() {
    const preact = readFileSync(new URL('LICENSE', pathToFileURL(preactPackage)), 'utf8');
    this.emitFile({
      type: 'asset',
      fileName: 'LICENSES.txt',
      source: `Third-party software in widget-panel-*.js\n\npreact ${PREACT_VERSION}\n\n${preact}`,
    });
  },
};

/**
 * The workspace's shared package is bundled from its source (a dev dependency): only the
 * zod-free `isEmail` is taken from it.
 */
const SOURCE_CONDITIONS = ['@supportbridge/source', ...defaultClientConditions];

export default defineConfig({
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  plugins: [classicJsx, panelName, cssLines, licenses],
  logLevel: 'warn',
  environments: {
    panel: {
      consumer: 'client',
      resolve: { conditions: SOURCE_CONDITIONS },
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        minify: true,
        lib: {
          entry: {
            'widget-panel': 'src/panel.tsx',
            ...Object.fromEntries(LANGUAGES.map((l) => [`widget-locale-${l}`, `src/locales/${l}.ts`])),
          },
          formats: ['es'],
          fileName: (_format, name) =>
            name === 'widget-panel' ? `${name}-[hash].js` : `${name}-${LOCALE_HASH}.js`,
        },
        // Lib mode keeps whitespace in ES output for the sake of tree-shaking; these chunks are final.
        rolldownOptions: {
          output: {
            minify: true,
            comments: false,
            postBanner: (chunk) =>
              chunk.name === 'widget-panel' ? `/*! preact ${PREACT_VERSION} | MIT | LICENSES.txt */` : '',
          },
        },
      },
    },
    cdn: {
      consumer: 'client',
      resolve: { conditions: SOURCE_CONDITIONS },
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        minify: true,
        lib: {
          entry: 'src/embed.ts',
          formats: ['iife'],
          name: 'SupportBridgeLoader',
          fileName: () => 'widget.js',
        },
        rolldownOptions: { output: { comments: false } },
      },
    },
    esm: {
      consumer: 'client',
      resolve: { conditions: SOURCE_CONDITIONS },
      build: {
        outDir: 'dist/esm',
        emptyOutDir: false,
        minify: false,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
        rolldownOptions: { external: [/^preact(\/|$)/] },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      rmSync(new URL('dist', import.meta.url), { recursive: true, force: true });
      const out = await builder.build(builder.environments.panel!);
      const chunks = (
        (Array.isArray(out) ? out[0] : out) as { output: { fileName: string; name?: string }[] }
      ).output;
      process.env[PANEL_FILE] = chunks.find((c) => c.name === 'widget-panel')!.fileName;
      await builder.build(builder.environments.cdn!);
      await builder.build(builder.environments.esm!);
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
        cwd: new URL('.', import.meta.url),
        stdio: 'inherit',
      });
    },
  },
});

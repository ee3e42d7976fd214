/// <reference types="node" />
// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/i18n.js';

// Runs on the build: `pnpm test` builds the widget before Vitest starts.
const CDN = fileURLToPath(new URL('../dist/cdn', import.meta.url));
// The product's target is 15 KB. With 16 languages, Markdown replies, message times, offline
// recovery and additions after the hand-over the build weighs ≈ 17.6 KB, and trimming code
// did not close the gap (see docs/DESIGN.md, "Widget size"). This guard holds what we ship
// now so it cannot grow unnoticed; the 15 KB target stays open.
const BUDGET = 18 * 1024;

// What a visitor downloads: the scripts. LICENSES.txt sits beside them for people, not browsers.
const files = existsSync(CDN) ? readdirSync(CDN).filter((f) => f.endsWith('.js')) : [];
const locales = files.filter((f) => f.startsWith('widget-locale-'));
const gzipped = (file: string) => gzipSync(readFileSync(join(CDN, file)), { level: 9 }).length;

describe.skipIf(!files.includes('widget.js'))('the script-tag build', () => {
  // What one visitor downloads: the launcher, the panel and the texts of their language.
  it(`weighs at most ${BUDGET} bytes gzipped: launcher, panel and the largest locale together`, () => {
    const code = files.filter((f) => !f.startsWith('widget-locale-'));
    const sizes = Object.fromEntries(code.map((f) => [f, gzipped(f)]));
    const locale = Math.max(...locales.map(gzipped));
    const total = Object.values(sizes).reduce((a, b) => a + b, locale);
    expect(total, JSON.stringify({ ...sizes, locale })).toBeLessThanOrEqual(BUDGET);
  });

  it.each(locales)('ships %s within 1,200 bytes gzipped', (file) => {
    expect(gzipped(file)).toBeLessThanOrEqual(1200);
  });

  it('ships a locale chunk for every language', () => {
    expect(locales.map((f) => /^widget-locale-(\w+)-/.exec(f)?.[1]).sort()).toEqual([...LANGUAGES].sort());
  });

  it('loads Preact only with the panel: widget.js stays a small launcher', () => {
    expect(gzipped('widget.js')).toBeLessThanOrEqual(4 * 1024);
  });

  it('is a classic script that defines no global but window.SupportBridge', () => {
    const code = readFileSync(join(CDN, 'widget.js'), 'utf8');
    // A static import or export would be a syntax error in a classic script; new Function parses like one.
    expect(() => new Function(code)).not.toThrow();
    expect(code.startsWith('(function(){')).toBe(true);
    expect(code).not.toMatch(/^var /);
  });

  it('points at a panel chunk that exists beside it', () => {
    const code = readFileSync(join(CDN, 'widget.js'), 'utf8');
    const panel = /new URL\(`(widget-panel-[\w-]+\.js)`/.exec(code)?.[1];
    expect(panel && files).toContain(panel);
  });

  it("names Preact's MIT license in the panel chunk and ships its full text beside it", () => {
    const panel = files.find((f) => f.startsWith('widget-panel-'))!;
    expect(readFileSync(join(CDN, panel), 'utf8')).toMatch(
      /^\/\*! preact [\d.]+ \| MIT \| LICENSES.txt \*\//,
    );
    expect(readFileSync(join(CDN, 'LICENSES.txt'), 'utf8')).toContain(
      'Copyright (c) 2015-present Jason Miller',
    );
  });

  it('carries no zod', () => {
    for (const file of files.filter((f) => !f.startsWith('widget-locale-')))
      expect(readFileSync(join(CDN, file), 'utf8')).not.toMatch(/ZodError|zod/i);
  });
});

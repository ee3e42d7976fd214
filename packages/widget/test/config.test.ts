import { afterEach, describe, expect, it, vi } from 'vitest';
import { contrast, parseColor, textOn } from '../src/color.js';
import { resolveConfig } from '../src/config.js';
import { hostCss } from '../src/styles.js';

afterEach(() => vi.restoreAllMocks());

describe('resolveConfig', () => {
  it('fills in the defaults', () => {
    const config = resolveConfig({ botId: 'bot_1', storage: null });
    expect(config).toMatchObject({
      botId: 'bot_1',
      api: `${location.origin}/api/v1`,
      accent: '#4f46e5',
      onAccent: '#fff',
      position: 'bottom-right',
      theme: 'light',
      dir: 'ltr',
      open: false,
    });
  });

  it('explains how to fix a missing botId', () => {
    expect(() => resolveConfig({} as never)).toThrow(/data-bot="bot_…"/);
  });

  it.each(['ar', 'he-IL', 'ar-EG'])('renders %s right to left', (language) => {
    expect(resolveConfig({ botId: 'b', language }).dir).toBe('rtl');
  });

  it('speaks the language of data-language, else of the page, else of the browser, else English', () => {
    const html = document.documentElement;
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE', 'pl', 'en']);
    html.lang = 'pt-BR';
    expect(resolveConfig({ botId: 'b', language: 'de-AT' })).toMatchObject({ lang: 'de-AT', language: 'de' });
    // A language without texts is passed over, so texts and direction always agree.
    expect(resolveConfig({ botId: 'b', language: 'fa' })).toMatchObject({ lang: 'pt-BR', language: 'pt' });
    html.lang = '';
    expect(resolveConfig({ botId: 'b' })).toMatchObject({ lang: 'pl', language: 'pl', dir: 'ltr' });
    languages.mockReturnValue(['sv-SE']);
    expect(resolveConfig({ botId: 'b' })).toMatchObject({ lang: 'en', language: 'en' });
    languages.mockRestore();
  });

  it('warns once and falls back on a colour that is not hex, so nothing can be injected into the CSS', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = resolveConfig({ botId: 'b', color: 'red;} body{display:none' });
    expect(config.accent).toBe('#4f46e5');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('falls back on an unknown position or theme with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = resolveConfig({ botId: 'b', position: 'top' as never, theme: 'neon' as never });
    expect(config.position).toBe('bottom-right');
    expect(config.theme).toBe('light');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('forgets stored details after 30 idle minutes unless told otherwise, and warns on a bad value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveConfig({ botId: 'b' }).forgetAfter).toBe(30 * 60_000);
    expect(resolveConfig({ botId: 'b', forgetAfterMinutes: 5 }).forgetAfter).toBe(5 * 60_000);
    expect(warn).not.toHaveBeenCalled();
    for (const bad of [0, -5, Number.NaN]) {
      expect(resolveConfig({ botId: 'b', forgetAfterMinutes: bad }).forgetAfter).toBe(30 * 60_000);
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenLastCalledWith(expect.stringMatching(/forgetAfterMinutes "NaN"/));
  });

  it('strips a trailing slash from the API base', () => {
    expect(resolveConfig({ botId: 'b', api: 'https://x.example/api/v1/' }).api).toBe(
      'https://x.example/api/v1',
    );
  });
});

describe('colours', () => {
  it.each(['#4f46e5', '#facc15', '#777', '#0f766e', '#ffffff', '#000000', '#7c4a2d', '#22c55e'])(
    'picks text on %s that reaches 4.5:1',
    (hex) => {
      const bg = parseColor(hex)!;
      expect(contrast(bg, parseColor(textOn(bg) === '#000' ? '#000000' : '#ffffff')!)).toBeGreaterThanOrEqual(
        4.5,
      );
    },
  );

  it('uses the text colour for focus rings when the accent is too pale to see on white', () => {
    const css = hostCss(resolveConfig({ botId: 'b', color: '#fde68a' }));
    expect(css).toContain('--sb-focus:#1f2328');
    expect(hostCss(resolveConfig({ botId: 'b', color: '#4f46e5' }))).toContain('--sb-focus:#4f46e5');
  });

  it('puts the dark palette behind prefers-color-scheme for theme auto', () => {
    const css = hostCss(resolveConfig({ botId: 'b', theme: 'auto' }));
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)\{:host\{--sb-bg:#17181c/);
  });
});

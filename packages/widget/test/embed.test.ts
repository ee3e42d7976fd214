import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { optionsFromScript } from '../src/script-options.js';
import { settle } from './fake-api.js';

function scriptTag(
  data: Record<string, string>,
  src = 'https://support.example/widget.js',
): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = src;
  Object.assign(script.dataset, data);
  return script;
}

describe('optionsFromScript', () => {
  it('maps the data attributes and defaults the API to the script origin', () => {
    const options = optionsFromScript(
      scriptTag({
        bot: 'bot_42',
        title: 'Help',
        greeting: 'Hello!',
        color: '#0f766e',
        position: 'bottom-left',
        theme: 'dark',
        language: 'he',
        open: '',
        forgetAfterMinutes: '90',
      }),
    );
    expect(options).toEqual({
      botId: 'bot_42',
      api: 'https://support.example/api/v1',
      title: 'Help',
      greeting: 'Hello!',
      color: '#0f766e',
      position: 'bottom-left',
      theme: 'dark',
      language: 'he',
      open: true,
      forgetAfterMinutes: 90,
      nonce: undefined,
    });
  });

  it('lets data-api override the API and reads data-open="false" as closed', () => {
    const options = optionsFromScript(scriptTag({ bot: 'b', api: 'https://api.example/v1', open: 'false' }));
    expect(options).toMatchObject({ api: 'https://api.example/v1', open: false });
  });

  it('leaves forgetAfterMinutes to the default without data-forget-after-minutes', () => {
    expect(optionsFromScript(scriptTag({ bot: 'b' })).forgetAfterMinutes).toBeUndefined();
    const tag = document.createElement('script');
    tag.setAttribute('data-forget-after-minutes', '5');
    tag.src = 'https://support.example/widget.js';
    expect(optionsFromScript(tag).forgetAfterMinutes).toBe(5);
  });
});

describe('the script-tag entry', () => {
  beforeEach(() => {
    vi.resetModules();
    (globalThis as { __PANEL_FILE__?: string }).__PANEL_FILE__ = 'widget-panel-test.js';
  });
  afterEach(() => {
    delete window.SupportBridge;
    for (const el of document.querySelectorAll('supportbridge-widget, script')) el.remove();
    vi.restoreAllMocks();
  });

  it('mounts from its tag and exposes only window.SupportBridge', async () => {
    document.head.append(scriptTag({ bot: 'bot_42', position: 'bottom-left', color: '#0f766e' }));
    const before = new Set(Object.keys(window));
    await import('../src/embed.js');
    await settle();
    expect(Object.keys(window).filter((k) => !before.has(k))).toEqual(['SupportBridge']);
    expect(Object.keys(window.SupportBridge!).sort()).toEqual(['close', 'identify', 'on', 'open', 'toggle']);
    const root = document.querySelector('supportbridge-widget')!.shadowRoot!;
    expect(root.querySelector('style')!.textContent).toContain('--sb-accent:#0f766e');
    expect(root.querySelector('style')!.textContent).toContain('left:20px');
  });

  it('does nothing but warn when loaded twice', async () => {
    document.head.append(scriptTag({ bot: 'bot_42' }));
    await import('../src/embed.js');
    const first = window.SupportBridge;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.resetModules();
    await import('../src/embed.js');
    await settle();
    expect(window.SupportBridge).toBe(first);
    expect(document.querySelectorAll('supportbridge-widget')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/included twice/));
  });

  it('reports a missing data-bot instead of throwing into the page', async () => {
    document.head.append(scriptTag({ bot: '' }));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await import('../src/embed.js');
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/data-bot/) }),
    );
    expect(document.querySelector('supportbridge-widget')).toBeNull();
  });
});

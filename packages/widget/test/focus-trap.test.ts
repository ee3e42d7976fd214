import { afterEach, describe, expect, it } from 'vitest';
import { trapFocus } from '../src/focus-trap.js';

// A panel-like tree inside a shadow root, as the widget renders it.
function setup(active = true) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const panel = document.createElement('div');
  panel.tabIndex = -1;
  panel.innerHTML = `
    <button id="close">Close</button>
    <div id="log" tabindex="0"><p>Hi</p><a href="https://example.org">link</a><a>no href</a></div>
    <button id="chip" disabled>Talk to a human</button>
    <div tabindex="-1" id="skip">skipped</div>
    <textarea id="box"></textarea>
    <button id="send" disabled>Send</button>`;
  root.append(panel);
  document.body.append(host);
  const state = { active };
  const release = trapFocus(panel, () => state.active);
  const el = (id: string) => root.getElementById(id) as HTMLElement;
  /** Presses Tab on the focused element; true when the trap took over from the browser. */
  const tab = (shiftKey = false) => {
    const target = (root.activeElement as HTMLElement | null) ?? panel;
    const e = new KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.dispatchEvent(e);
    return e.defaultPrevented;
  };
  return { host, root, panel, state, release, el, tab };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('trapFocus', () => {
  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    const { root, el, tab } = setup();
    el('box').focus();
    expect(tab()).toBe(true);
    expect(root.activeElement).toBe(el('close'));
    expect(tab(true)).toBe(true);
    expect(root.activeElement).toBe(el('box'));
  });

  it('leaves Tab between controls to the browser', () => {
    const { root, el, tab } = setup();
    el('close').focus();
    expect(tab()).toBe(false);
    el('log').focus();
    expect(tab(true)).toBe(false);
    expect(root.activeElement).toBe(el('log'));
  });

  it('skips disabled controls, links without href and tabindex="-1" when finding the ends', () => {
    const { root, el, tab } = setup();
    el('close').focus();
    tab(true);
    // The send button is disabled, so the message box is the last stop.
    expect(root.activeElement).toBe(el('box'));
    el('send').removeAttribute('disabled');
    el('box').focus();
    expect(tab()).toBe(false);
  });

  it('brings focus back to a control from the panel itself, whichever way', () => {
    const { root, panel, el, tab } = setup();
    panel.focus();
    expect(tab(true)).toBe(true);
    expect(root.activeElement).toBe(el('box'));
    panel.focus();
    expect(tab()).toBe(true);
    expect(root.activeElement).toBe(el('close'));
  });

  it('does nothing while inactive, for other keys, or once released', () => {
    const { root, state, release, el, tab } = setup(false);
    el('box').focus();
    expect(tab()).toBe(false);
    state.active = true;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    el('box').dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    release();
    expect(tab()).toBe(false);
    expect(root.activeElement).toBe(el('box'));
  });
});

// What Tab stops at inside the panel; the browser skips disabled controls and tabindex="-1".
const TABBABLE = ':is(button,input,textarea):not(:disabled),a[href],[tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside `el` while `active()` is true: Tab on the last control
 * wraps to the first, Shift+Tab on the first wraps to the last. From a part of `el` that
 * is no stop of its own (the container itself, after a click) it wraps the same way, so
 * focus cannot slip out to the page behind. The controls are looked up on each key press,
 * since the panel's footer changes. Returns the function that stops trapping.
 *
 * @example
 * const release = trapFocus(slot, () => phone.matches);
 * // on destroy: release();
 */
export function trapFocus(el: HTMLElement, active: () => boolean): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !active()) return;
    // Every element, then filtered: document order for sure (jsdom orders a selector list by selector).
    const stops = [...el.querySelectorAll<HTMLElement>('*')].filter((n) => n.matches(TABBABLE));
    const at = stops.indexOf(e.target as HTMLElement);
    if (at === -1 || at === (e.shiftKey ? 0 : stops.length - 1)) {
      e.preventDefault();
      stops.at(e.shiftKey ? -1 : 0)?.focus();
    }
  };
  el.addEventListener('keydown', onKeyDown);
  return () => el.removeEventListener('keydown', onKeyDown);
}

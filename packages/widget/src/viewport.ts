/**
 * Keeps the full-screen phone panel inside the visual viewport: when the on-screen
 * keyboard opens, iOS shrinks only the visual viewport, and a `100dvh` panel would hide
 * its own input behind the keyboard. The CSS reads `--sb-vh` and `--sb-top` on phones only.
 * Returns the function that stops tracking.
 *
 * @example
 * const stop = trackViewport(slot);
 * // on close: stop();
 */
export function trackViewport(el: HTMLElement): () => void {
  const vv = globalThis.visualViewport;
  if (!vv) return () => {};
  const update = () => {
    el.style.setProperty('--sb-vh', `${vv.height}px`);
    el.style.setProperty('--sb-top', `${vv.offsetTop}px`);
  };
  update();
  vv.addEventListener('resize', update);
  vv.addEventListener('scroll', update);
  return () => {
    vv.removeEventListener('resize', update);
    vv.removeEventListener('scroll', update);
  };
}

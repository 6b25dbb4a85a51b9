/**
 * The page's first paint waits for the body: index.html starts with `class="booting"` on
 * <html>, which keeps everything but the 3D canvas unpainted (base.css), and this takes the
 * class away once the first body frame is drawn, when the 3D view reports it will not draw
 * one, or at the latest `REVEAL_DEADLINE` after navigation — whichever comes first.
 *
 * Why: with software rendering (and on weak GPUs) the GPU process rasterises the page's first
 * paint — header, panel text, controls — and the WebGL context, three.js' set-up calls and the
 * first shader link all wait behind it. Measured here, the body came about 130 ms sooner with
 * the shell held back, and the shell then appears together with the body instead of flashing
 * "Loading the 3D body…" for a moment (docs/performance.md). A slower load (a first visit on a
 * slow network) still shows the shell and its loading message after the deadline.
 */
import { afterFirstFrame } from './afterFirstFrame';

/** Latest moment to show the page, in ms after navigation started (performance.now()). */
export const REVEAL_DEADLINE = 1000;

const BOOTING = 'booting';

/** Show the page after the first body frame, or at the deadline. */
export function revealAfterFirstFrame(
  root: HTMLElement = document.documentElement,
  deadline = REVEAL_DEADLINE,
): void {
  if (!root.classList.contains(BOOTING)) return;
  const timer = setTimeout(reveal, Math.max(0, deadline - performance.now()));
  function reveal(): void {
    clearTimeout(timer);
    root.classList.remove(BOOTING);
  }
  afterFirstFrame(reveal);
}
